"""The benchmark's cases: what is requested, resolved against the seeded database.

Query parameters follow the API and the public site as built; when one of them changes, change
it here. A case whose URL cannot be resolved (no such content) or answers 404 is reported as
"not available" and skipped.
"""

from dataclasses import dataclass, field

from bench.seed import MEASURED_RELEASE


@dataclass(frozen=True)
class Case:
    name: str
    label: str
    kind: str  # "api" or "html"
    build: object  # context -> URL path, or None when the content is missing
    headers: dict = field(default_factory=dict)
    profile: bool = False

    def url(self, context):
        try:
            return self.build(context)
        except KeyError:
            return None


CASES = [
    Case("api_news_en", "API news listing (20, all fields, en)", "api",
         lambda c: "/api/v2/news/?limit=20&fields=*", profile=True),
    Case("api_news_es", "API news listing (20, all fields, es + fallback)", "api",
         lambda c: "/api/v2/news/?limit=20&fields=*&locale=es&fallback=default"),
    Case("api_group", "API working-group detail", "api",
         lambda c: f"/api/v2/working-groups/{c['group_id']}/"),
    Case("api_resources", "API resources, two filters", "api",
         lambda c: f"/api/v2/resources/?type={c['resource_type']}&topic={c['resource_topic']}"),
    Case("home", "HTML home", "html", lambda c: c["home_url"]),
    Case("release", "HTML release", "html", lambda c: c["release_url"], profile=True),
    Case("news_page5", "HTML news index, page 5", "html", lambda c: f"{c['news_url']}?page=5"),
    Case("directory", "HTML working-group directory", "html", lambda c: c["directory_url"]),
    Case("library", "HTML library, two facets", "html",
         lambda c: f"{c['library_url']}?type={c['resource_type']}&topic={c['resource_topic']}"),
    Case("search", "HTML search", "html", lambda c: "/en/search/?q=security+risk"),
    Case("embed", "Embed card (working group)", "html", lambda c: f"/embed/working-groups/{c['group_slug']}/"),
]

FLOOR_PATH = "/bench/floor/"


def resolve_context():
    """Ids, slugs and URLs the cases need, from the English tree (the same ones at every size)."""
    from django.db.models import Count
    from wagtail.models import Locale

    from home.models import HomePage
    from news.models import NewsIndexPage, NewsReleasePage
    from resources.models import ResourceIndexPage, ResourcePage
    from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

    en = Locale.objects.get(language_code="en")
    context = {}

    def url_of(queryset, key):
        page = queryset.filter(locale=en).live().first()
        if page is not None:
            context[key] = page.get_url()
        return page

    url_of(HomePage.objects.filter(depth=2), "home_url")
    url_of(NewsIndexPage.objects.all(), "news_url")
    url_of(WorkingGroupIndexPage.objects.all(), "directory_url")
    url_of(ResourceIndexPage.objects.all(), "library_url")
    releases = NewsReleasePage.objects.filter(locale=en).live().order_by("pk")
    count = releases.count()
    if count:
        # The same release at every size (seeded in order), so growth compares like with like.
        context["release_url"] = releases[min(MEASURED_RELEASE, count) - 1].get_url()
    group = WorkingGroupPage.objects.filter(locale=en).live().order_by("pk").first()
    if group is not None:
        context["group_id"], context["group_slug"] = group.pk, group.slug
    # The most common type and the most common topic among resources: a filter that finds something.
    resources = ResourcePage.objects.filter(locale=en).live()
    top_type = resources.values("resource_type").annotate(n=Count("pk")).order_by("-n").first()
    if top_type:
        context["resource_type"] = top_type["resource_type"]
        top_topic = (resources.filter(resource_type=top_type["resource_type"]).values("topics__slug")
                     .exclude(topics__slug=None).annotate(n=Count("pk")).order_by("-n").first())
        if top_topic:
            context["resource_topic"] = top_topic["topics__slug"]
    return context
