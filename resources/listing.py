"""The resource library's listing (cms.content.listing): a keyword and facets by type, topic,
language available and year, each option showing how many resources it would give (with the other
filters applied), twelve a page, undated resources last.

The keyword uses search.query.search_pages (the one search function) when it is installed, else a
title/summary match; the options come from the whole library, so that a value stays selectable
whatever else is chosen.
"""

from django import forms
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import Filter as ImageFilter
from wagtail.models import Locale

from cms.content.listing import Filter, Listing, TopicFilter, YearFilter

RESOURCES_PER_PAGE = 12
KEYWORD_MAX_LENGTH = 200
KEYWORD_MAX_RESULTS = 1000
COVER_IMAGE_SPEC = "fill-{160x226,320x452} format-webp"  # A4 proportions; same spec as the template
COVER_IMAGE_FILTERS = ImageFilter.expand_spec(COVER_IMAGE_SPEC)  # filter spec strings


def keyword_filter(queryset, query, locale_id):
    """Resources matching the keyword, through the site search when it is there."""
    try:
        from search.query import clean_query, search_pages
    except ImportError:  # the search app is optional for the library
        condition = Q()
        for word in query.split():
            condition &= Q(title__icontains=word) | Q(summary__icontains=word)
        return queryset.filter(condition)
    if not clean_query(query):
        return queryset
    locale = Locale.objects.get(pk=locale_id)
    pks = [page.pk for page in search_pages(queryset, query, locale)[:KEYWORD_MAX_RESULTS]]
    return queryset.filter(pk__in=pks)


class KeywordFilter(Filter):
    """Words to look for (at most KEYWORD_MAX_LENGTH characters are read): narrows what the facets
    count, is no facet itself."""

    shown = counted = False

    def options(self, listing):
        return []

    def form_field(self, options):
        return forms.CharField(label=self.label, required=False, strip=True)

    def apply(self, queryset, value, listing):
        value = value[:KEYWORD_MAX_LENGTH].strip()
        if not value:
            return queryset
        # The search backend takes plain field filters (no EXISTS): it sees a primary-key filter.
        candidates = listing.model.objects.filter(pk__in=listing.items.order_by().values("pk"))
        return queryset.filter(pk__in=keyword_filter(candidates, value, listing.locale_id).values("pk"))


class LibraryListing(Listing):
    items_name = "resources"
    per_page = RESOURCES_PER_PAGE
    filters = [
        KeywordFilter("q", _("Keyword"), ""),
        Filter("type", _("Type"), _("All types"), lookup="resource_type"),
        TopicFilter("topic", _("Topic"), _("All topics")),
        Filter("language", _("Language available"), _("Any language"), lookup="language_versions__language",
               hide_empty=True),
        YearFilter("year", _("Year"), _("All years"), field="publication_date"),
    ]

    def rows(self, queryset):
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=COVER_IMAGE_FILTERS)
        return queryset.select_related("cover_image").prefetch_related(
            "language_versions", Prefetch("cover_image__renditions", queryset=renditions))

    def extra_context(self, rows):
        return {"keyword": (self.request.GET.get("q") or "")[:KEYWORD_MAX_LENGTH].strip()}
