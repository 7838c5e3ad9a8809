"""Page routing in a fixed number of queries: Wagtail's serve view, with the route found up front.

Wagtail's Page.route_for_request looks up the active locale, the home page's specific object, then
one child and its specific object per URL segment, and the view-restriction check reads the
ancestors and their restrictions: seven to eleven queries before a page's own. Here one query
reads the site root's translations and, for each URL segment, the pages with that slug at that
depth, flagged when they (or the page they alias) carry a view restriction; the chain is then
walked in Python exactly as Page.route would, and one more query fetches the specific page with
its locale and images (and their renditions). The result goes where Wagtail caches its own
(request._wagtail_route_for_request), so Wagtail's serve view, hooks and password/login handling
run unchanged.

Falls back to Wagtail's routing when any page type overrides route() (e.g. RoutablePageMixin).
"""

from functools import cache

from django.conf import settings
from django.core.cache import cache as django_cache
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, SiteRootPath, get_page_models
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION
from wagtail.url_routing import RouteResult


@cache
def _default_routing_only():
    return all(model.route is Page.route for model in get_page_models())


class _Fallback(Exception):  # noqa: N818 - a signal, not an error
    """A tree this module does not expect: leave the routing to Wagtail."""


def active_language():
    """Locale.get_active()'s language code, without its query."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


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


def _remember_site_root_paths(request, site, roots):
    """Site.get_site_root_paths() for a single-site install, from the site root's translations
    the route query read (every page URL needs it: Wagtail reads it from the cache, or runs two
    queries and caches it). Stored where Wagtail looks first: on the request, and in the cache."""
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        paths = [SiteRootPath(site.id, p.url_path, site.root_url, p.locale.language_code) for p in roots]
    else:
        paths = [SiteRootPath(site.id, p.url_path, site.root_url, p.locale.language_code) for p in roots
                 if p.pk == site.root_page_id]
    request._wagtail_cached_site_root_paths = paths
    django_cache.add(SITE_ROOT_PATHS_CACHE_KEY, paths, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)


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
    if pages and not pages[0].other_sites:
        _remember_site_root_paths(request, site, [p for p in pages if p.translation_key == root.translation_key])

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


def serve(request, path):
    """Wagtail's serve view, with the route found in two queries when routing is Wagtail's default."""
    if _default_routing_only() and not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = find_route(request, path)
        except _Fallback:
            pass
    return wagtail_views.serve(request, path)
