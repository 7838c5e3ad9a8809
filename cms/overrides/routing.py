"""Page routing in a fixed number of queries: Wagtail's serve view, with the route found up front.

Replaces: wagtail.models.pages.Page.route_for_request and Page.route (for page types that keep
Wagtail's route()), by filling their per-request cache `request._wagtail_route_for_request` (a
private attribute) before calling wagtail.views.serve; also treebeard's `_cached_parent_obj`, and
Page.get_view_restrictions on the routed instance when no page of the chain is restricted.
Checked against: wagtail 8.0.1 (django-treebeard's MP_Node paths; Django 5.2.19).

Wagtail's routing looks up the active locale, the home page's specific object, then one child and
its specific object per URL segment, and the view-restriction check reads the ancestors and their
restrictions: seven to eleven queries before a page's own. Here one query reads the site root's
translations and, for each URL segment, the pages with that slug at that depth, flagged when they
(or the page they alias) carry a view restriction; the chain is then walked in Python exactly as
Page.route would, and one more query fetches the specific page with its locale and images. Wagtail's
serve view, hooks and password/login handling then run unchanged. The same query hands Wagtail its
site root paths (cms/overrides/site_root_paths.py). Falls back to Wagtail's routing when any page
type overrides route() (e.g. RoutablePageMixin) or the localized root is not where expected.

What it buys: see bench/results.md, "Overrides (issue #14)" (cold HTML requests; nothing once the
response cache is warm, which answers before any routing).
Delete when: Wagtail routes a path in a bounded number of queries (e.g. one query for the whole
chain), or when the HTML query budgets (tests/site/test_query_budget.py) hold without it.
Contract: tests/overrides/test_routing.py (against Page.route_for_request and wagtail.views.serve).
"""

from functools import cache

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from wagtail import views as wagtail_views
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.url_routing import RouteResult

from cms.overrides import site_root_paths
from cms.overrides.active_locale import active_language


@cache
def _default_routing_only():
    return all(model.route is Page.route for model in get_page_models())


class _Fallback(Exception):  # noqa: N818 - a signal, not an error
    """A tree this module does not expect: leave the routing to Wagtail."""


def _image_fields(model):
    image_model = get_image_model()
    return [f.name for f in model._meta.concrete_fields
            if f.is_relation and f.related_model is image_model]


def _specific(page):
    """The specific page with its locale and images, in one query (renditions: cms.publishing.renditions)."""
    model = page.specific_class
    if model is None:
        return page.specific
    specific = model._default_manager.select_related("locale", *_image_fields(model)).get(pk=page.pk)
    for key, value in page.__dict__.items():  # e.g. _cached_parent_obj, as Page.get_specific does
        specific.__dict__.setdefault(key, value)
    return specific


def find_route(request, path):
    """The RouteResult Wagtail's route() would give for this request (None: 404)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    components = [component for component in path.split("/") if component]
    restricted = (Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
                  | Exists(PageViewRestriction.objects.filter(page_id=OuterRef("alias_of_id"))))
    condition = Q(path__in=[root.path[:i] for i in range(Page.steplen, len(root.path) + 1, Page.steplen)])
    condition |= Q(translation_key=root.translation_key)
    for offset, slug in enumerate(components, start=1):
        condition |= Q(depth=root.depth + offset, slug=slug)
    pages = list(Page.objects.filter(condition).select_related("locale")
                 .annotate(restricted=restricted, other_sites=Exists(Site.objects.exclude(pk=site.pk)))
                 .order_by("path"))
    if pages and not pages[0].other_sites:  # one site: its root's translations are all the roots
        roots = [(p.pk, p.depth, p.path, p.url_path, p.locale.language_code, p.translation_key)
                 for p in pages if p.translation_key == root.translation_key]
        site_root_paths.remember(
            request, lambda: site_root_paths.site_root_paths([(site, root.translation_key)], roots), shared=True)

    # Page.localized: the root's live translation in the active language, else the root itself.
    by_path = {page.path: page for page in pages}
    start = by_path.get(root.path)
    if start is None:
        return None
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        language = active_language()
        start = next((p for p in pages if p.translation_key == root.translation_key and p.depth == root.depth
                      and p.locale.language_code == language and p.live), start)
    chain = [by_path[start.path[:i]] for i in range(Page.steplen, len(start.path) + 1, Page.steplen)
             if start.path[:i] in by_path]
    if len(chain) != start.depth:  # the localized root lies in another branch: unusual
        raise _Fallback
    parent = start
    for offset, slug in enumerate(components, start=1):
        child = next((p for p in pages if p.depth == start.depth + offset and p.slug == slug
                      and p.path[:-Page.steplen] == parent.path), None)
        if child is None:
            return None
        child._cached_parent_obj = parent  # as Page.route does: get_parent() needs no query
        chain.append(child)
        parent = child
    page = chain[-1]
    if not page.live:
        return None
    page = _specific(page)
    if not any(p.restricted for p in chain):
        # Wagtail's check_view_restrictions hook asks the page; the query above already answered.
        page.get_view_restrictions = PageViewRestriction.objects.none
    return RouteResult(page)


def route_for_request(request, path):
    """Page.route_for_request(request, path), the route found in two queries when routing is Wagtail's default."""
    if _default_routing_only() and not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = find_route(request, path)
        except _Fallback:
            pass
    return Page.route_for_request(request, path)


def serve(request, path):
    """Wagtail's serve view, with the route found up front (route_for_request)."""
    route_for_request(request, path)
    return wagtail_views.serve(request, path)
