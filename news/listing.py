"""The news index listing: filters by year, topic, kind and working group (a plain GET form,
so filtered lists have shareable addresses), newest first, paginated.

Invalid filter values are ignored (the form drops them) and invalid page numbers fall back to
the nearest page: a bad address never gives an error. The listing runs a fixed number of
queries whatever the page length (topics, images and renditions are fetched in bulk).
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale

from cms.models import Topic
from cms.publishing.visibility import RULE_FIELDS, keep_public
from news.models import NewsReleasePage
from resources.facets import linked_pages, localized_topics
from resources.models import ResourcePage
from workinggroups.models import WorkingGroupPage

RELEASES_PER_PAGE = 10
# The listing's image: the template uses the same spec in {% srcset_image %}.
CARD_IMAGE_SPEC = "fill-{320x180,640x360} format-webp"
CARD_IMAGE_SPECS = Filter.expand_spec(CARD_IMAGE_SPEC)  # filter spec strings


class NewsFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    group = forms.ChoiceField(label=_("Working group"), required=False)

    def __init__(self, data, *, years, topics, groups):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]
        self.fields["topic"].choices = [("", _("All topics"))] + [(t.slug, t.name) for t in topics]
        self.fields["kind"].choices = [("", _("All kinds"))] + list(NewsReleasePage.Kind.choices)
        self.fields["group"].choices = [("", _("All working groups"))] + [(g.slug, g.title) for g in groups]

    def filters(self):
        """The valid, non-empty filter values; invalid ones are dropped rather than reported."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


def index_releases(index, request):
    """The index's live, public, non-alias releases, newest first (NewsIndexPage.releases)."""
    return index.releases(request)


class CountedPaginator(Paginator):
    """A Paginator whose count is already known (read with other figures in one query)."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count  # Paginator.count is a cached_property


def _count(queryset):
    """The number of rows, as a subquery (0 when there are none)."""
    grouped = queryset.order_by().annotate(one=Value(1)).values("one").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(grouped), 0)


def news_listing(index, request):
    """Context for the news index: the filter form, the page of releases and the paginator.

    Queries: the filter options (years come with the count: from the earliest to the latest
    release), one for the page of releases with their images, and one each for topics and renditions.
    """
    releases = index_releases(index, request)
    locale_id = index.locale_id
    # Options: a probe per topic and per group (EXISTS stops at the first release), not a scan of
    # every release. The groups are few: live, locale and alias are checked here, so that the
    # database starts from the profiles rather than from an index on every page of the locale.
    # A topic counts when a release uses it or its translation (options are by slug): the topic in
    # the index's locale is probed first, so a topic used by another locale's releases is not a
    # scan of all their links.
    used = (Exists(releases.filter(topics__slug=OuterRef("slug"), topics__locale_id=locale_id))
            | Exists(releases.filter(topics=OuterRef("pk"))))
    topics = localized_topics(Topic.objects.filter(used), locale_id)
    linked = Exists(releases.filter(working_group_links__working_group__translation_key=OuterRef("translation_key")))
    # Unordered, so that the database walks the profiles, not every page in path order; the rule
    # (cms.publishing.visibility) applied to the few profiles read.
    groups = sorted((group for group in keep_public(
                        WorkingGroupPage.objects.filter(linked).order_by()
                        .only("id", "title", "slug", "translation_key", "locale_id", *RULE_FIELDS),
                        request)
                     if group.locale_id == locale_id),
                    key=lambda group: group.title)
    form = NewsFilterForm(request.GET, years=[], topics=topics, groups=groups)
    form.is_valid()
    active = {name: value for name, value in form.cleaned_data.items() if value not in (None, "")}
    filtered = releases
    if "kind" in active:
        filtered = filtered.filter(kind=active["kind"])
    if "topic" in active:
        filtered = filtered.filter(pk__in=NewsReleasePage.objects.filter(topics__slug=active["topic"]).values("pk"))
    if "group" in active:
        group = next(g for g in groups if g.slug == active["group"])
        filtered = filtered.filter(
            Q(pk__in=NewsReleasePage.objects.filter(
                working_group_links__working_group__translation_key=group.translation_key).values("pk"))
        )
    # The years (from the earliest to the latest release) come with the counts, with and without
    # the year asked for; a year outside them is dropped, as every invalid value is.
    year = request.GET.get("year", "")
    year = int(year) if year.isdigit() and 1000 <= int(year) <= 9999 else None
    by_year = filtered.filter(publication_date__year=year) if year is not None else filtered
    # One row: the counts, and the first and last dates read from the release date index.
    # Unfiltered, the count reads the page table's covering index (NewsIndexPage.release_pages).
    counted = filtered if filtered is not releases else index.release_pages(request)
    figures = Locale.objects.filter(pk=locale_id).annotate(
        count=_count(counted), count_in_year=_count(by_year) if year is not None else Value(0),
        first=Subquery(releases.order_by("publication_date", "pk").values("publication_date")[:1]),
        last=Subquery(releases.values("publication_date")[:1]),
    ).values("count", "count_in_year", "first", "last").get()
    years = list(range(figures["last"].year, figures["first"].year - 1, -1)) if figures["first"] else []
    form = NewsFilterForm(request.GET, years=years, topics=topics, groups=groups)
    active = form.filters()
    if "year" in active:
        filtered, figures["count"] = by_year, figures["count_in_year"]

    rows = filtered.select_related("locale", "featured_image").prefetch_related(
        "topics", Prefetch("featured_image__renditions",
                           queryset=get_image_model().get_rendition_model().objects.filter(
                               filter_spec__in=CARD_IMAGE_SPECS)))
    paginator = CountedPaginator(rows, RELEASES_PER_PAGE, figures["count"])
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = list(page_obj.object_list)
    names = {t.slug: t.name for t in topics}
    for release in page_obj.object_list:
        release.topic_names = [names.get(t.slug, t.name) for t in release.topics.all()]
    return {
        "filter_form": form,
        "active_filters": active,
        "releases": page_obj.object_list,
        "page_obj": page_obj,
        "paginator": paginator,
    }


def release_context(release, request):
    """Context for a release: its topics, working groups and resources in the reader's language."""
    parent = release.get_parent()  # cached by the routing (cms.overrides.routing): no query
    return {
        "news_index_url": parent.get_url(request) if parent is not None else "",
        "topics": localized_topics(release.topics.all(), release.locale_id),
        "related_groups": linked_pages(WorkingGroupPage, release.working_group_links, "working_group",
                                       release.locale_id, request),
        "related_resources": linked_pages(ResourcePage, release.resource_links, "resource", release.locale_id,
                                          request),
    }
