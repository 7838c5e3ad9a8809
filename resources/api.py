"""The `resources` endpoint: live resources, newest first, filterable by type, topic, language
version and year. Item fields are ResourcePage.api_fields."""

from cms.api.base import ChoiceFilter, PageEndpoint, SlugFilter, YearFilter
from resources.models import DOCUMENT_LANGUAGE_CHOICES, ResourcePage

LISTING_FIELDS = ["summary", "resource_type", "publication_date", "topics", "cover_image",
                  "language_versions"]


class ResourcesAPIViewSet(PageEndpoint):
    model = ResourcePage
    name = "resources"
    select_related = ("locale", "cover_image")
    listing_default_fields = PageEndpoint.listing_default_fields + LISTING_FIELDS
    filters = [
        ChoiceFilter("type", ResourcePage.ResourceType.choices, "resource_type", "Only this type of resource."),
        SlugFilter("topic", "topics__slug", "About this topic (its slug, the same in every language)."),
        ChoiceFilter("language", DOCUMENT_LANGUAGE_CHOICES, "language_versions__language",
                     "Available in this language (a language version exists), e.g. fr."),
        YearFilter("year", "publication_date", "Published in this year."),
    ]
    order_fields = {**PageEndpoint.order_fields, "publication_date": "publication_date"}
    default_order = ("-publication_date", "title", "pk")
