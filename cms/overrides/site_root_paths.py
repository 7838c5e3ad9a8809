"""Wagtail's site root paths (what every page URL is computed from), built from rows already read.

Replaces: wagtail.models.sites.Site.get_site_root_paths (its two queries: the sites with their root
pages, then each root's translations), by filling the caches Page._get_site_root_paths reads first:
the request's `_wagtail_cached_site_root_paths` (a private attribute) and, for the routing, the
Django cache entry SITE_ROOT_PATHS_CACHE_KEY / SITE_ROOT_PATHS_CACHE_VERSION.
Checked against: wagtail 8.0.1.

What it buys: the routing (cms/overrides/routing.py) and the public scope
(cms.publishing.visibility.site_scope) already read the site roots' translations; handing them to
Wagtail saves its two queries on every cold request whose Django cache lacks the entry (the
entry is dropped whenever a Site or a root page changes).

Delete when: Wagtail stops computing site root paths per request, or together with the routing
override and site_scope's combined query (both are its only callers).
Contract: tests/overrides/test_site_root_paths.py (against Site.get_site_root_paths over generated sites).
"""

from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath

CACHE_SECONDS = 3600


def site_root_paths(sites, pages):
    """Site.get_site_root_paths() (same order, same values) from rows already read.

    `sites`: (Site, its root page's translation key) pairs, every site; `pages`: (pk, depth, path,
    url_path, language code, translation key) of every translation of the sites' root pages."""
    by_key = defaultdict(list)
    for pk, _depth, _path, url_path, code, key in sorted(pages, key=lambda page: page[2]):  # Page order: path
        by_key[key].append((pk, url_path, code))
    url_paths = {pk: url_path for pk, _depth, _path, url_path, _code, _key in pages}
    # Wagtail's order_by("-root_page__url_path", "-is_default_site", "hostname"), as two stable sorts.
    ordered = sorted(sites, key=lambda entry: (not entry[0].is_default_site, entry[0].hostname))
    ordered.sort(key=lambda entry: url_paths.get(entry[0].root_page_id, ""), reverse=True)
    result = []
    for site, key in ordered:
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            result.extend(SiteRootPath(site.pk, url_path, site.root_url, code) for _pk, url_path, code in by_key[key])
        else:
            root = next(((url_path, code) for pk, url_path, code in by_key[key] if pk == site.root_page_id), None)
            if root:
                result.append(SiteRootPath(site.pk, root[0], site.root_url, root[1]))
    return result


def remember(request, build, *, shared=False):
    """Give `request` its site root paths (`build()`, called only when the request has none yet),
    where Page._get_site_root_paths looks first; `shared`: also in Django's cache, where
    Site.get_site_root_paths looks (unless another request put them there first)."""
    if request is None or hasattr(request, "_wagtail_cached_site_root_paths"):
        return
    paths = build()
    request._wagtail_cached_site_root_paths = paths
    if shared:
        cache.add(SITE_ROOT_PATHS_CACHE_KEY, paths, CACHE_SECONDS, version=SITE_ROOT_PATHS_CACHE_VERSION)
