"""The news index listing: filters by year, topic, kind and working group (a plain GET form,
so filtered lists have shareable addresses), newest first, paginated.

Invalid filter values are ignored (the form drops them) and invalid page numbers fall back to
the nearest page: a bad address never gives an error. The listing runs a fixed number of
queries whatever the page length (topics, images and renditions are fetched in bulk).
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from cms.models import Topic
from cms.visibility import private_pages_q
from news.models import NewsReleasePage
from resources.facets import localized_pages, localized_topics
from resources.models import ResourcePage
from workinggroups.models import WorkingGroupPage

RELEASES_PER_PAGE = 10
# The listing's image: the template uses the same spec in {% srcset_image %}.
CARD_IMAGE_SPEC = "fill-{320x180,640x360} format-webp"
CARD_IMAGE_FILTERS = Filter.expand_spec(CARD_IMAGE_SPEC)


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


def image_prefetch(field):
    """Prefetch a page's image with the listing's renditions: two queries for the whole page."""
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(*CARD_IMAGE_FILTERS))


def index_releases(index, request):
    """NewsIndexPage.releases() without aliases, with the view restrictions read once per request."""
    return (NewsReleasePage.objects.live().descendant_of(index).filter(alias_of__isnull=True)
            .exclude(private_pages_q(request)).order_by("-publication_date", "-pk"))


def news_listing(index, request):
    """Context for the news index: the filter form, the page of releases and the paginator."""
    releases = index_releases(index, request)
    locale_id = index.locale_id
    years = [d.year for d in releases.dates("publication_date", "year", order="DESC")]
    topic_slugs = Topic.objects.filter(releases__in=releases).values("slug")
    topics = localized_topics(topic_slugs, locale_id)
    groups = list(
        WorkingGroupPage.objects.live().exclude(private_pages_q(request))
        .filter(locale_id=locale_id, alias_of__isnull=True,
                translation_key__in=releases.values("working_group_links__working_group__translation_key"))
        .order_by("title").only("id", "title", "slug", "translation_key")
    )
    form = NewsFilterForm(request.GET, years=years, topics=topics, groups=groups)
    active = form.filters()

    if "year" in active:
        releases = releases.filter(publication_date__year=active["year"])
    if "kind" in active:
        releases = releases.filter(kind=active["kind"])
    if "topic" in active:
        releases = releases.filter(pk__in=NewsReleasePage.objects.filter(topics__slug=active["topic"]).values("pk"))
    if "group" in active:
        group = next(g for g in groups if g.slug == active["group"])
        releases = releases.filter(
            Q(pk__in=NewsReleasePage.objects.filter(
                working_group_links__working_group__translation_key=group.translation_key).values("pk"))
        )

    releases = releases.select_related("locale").prefetch_related("topics", image_prefetch("featured_image"))
    paginator = Paginator(releases, RELEASES_PER_PAGE)
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
    group_keys = [link.working_group.translation_key
                  for link in release.working_group_links.select_related("working_group")]
    resource_keys = [link.resource.translation_key for link in release.resource_links.select_related("resource")]
    topics = localized_topics([t.slug for t in release.topics.all()], release.locale_id)
    parent = release.get_parent()
    return {
        "news_index_url": parent.get_url(request) if parent is not None else "",
        "topics": topics,
        "related_groups": localized_pages(WorkingGroupPage, group_keys, release.locale_id, request),
        "related_resources": localized_pages(ResourcePage, resource_keys, release.locale_id, request),
    }
