"""The `news` endpoint: live releases, newest first, filterable by date, year, topic, kind, working
group and country. Item fields are NewsReleasePage.api_fields."""

from cms.api.base import (
    ChoiceFilter,
    CountryFilter,
    DateFilter,
    PageEndpoint,
    SlugFilter,
    TranslatedPageFilter,
    YearFilter,
)
from news.models import NewsReleasePage
from workinggroups.models import WorkingGroupPage

LISTING_FIELDS = ["publication_date", "kind", "dateline", "summary", "featured_image", "topics",
                  "working_groups", "resources"]


class NewsAPIViewSet(PageEndpoint):
    model = NewsReleasePage
    name = "news"
    select_related = ("locale", "featured_image")
    listing_default_fields = PageEndpoint.listing_default_fields + LISTING_FIELDS
    detail_only_fields = ["parent", "body"]
    filters = [
        DateFilter("date_from", "publication_date__gte", "Released on or after this date (YYYY-MM-DD)."),
        DateFilter("date_to", "publication_date__lte", "Released on or before this date (YYYY-MM-DD)."),
        YearFilter("year", "publication_date", "Released in this year."),
        SlugFilter("topic", "topics__slug", "About this topic (its slug, the same in every language)."),
        ChoiceFilter("kind", NewsReleasePage.Kind.choices, description="Only this kind of release."),
        TranslatedPageFilter("working_group", WorkingGroupPage, "working_group_links__working_group",
                             "Related to this working group (the id of the profile in any language)."),
        CountryFilter("country", "working_group_links__working_group__country",
                      "Related to a working group in this country (ISO code, e.g. CL)."),
    ]
    order_fields = {**PageEndpoint.order_fields, "publication_date": "publication_date"}
    default_order = ("-publication_date", "-pk")
