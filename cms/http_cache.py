"""The one HTTP caching policy for public HTML (and any other public response without its own
Cache-Control), and the frontend-cache purge of the pages that list a page when it changes.

Policy: anonymous GET/HEAD responses with status 200 that set no cookie get
settings.PUBLIC_CACHE_CONTROL (s-maxage for the CDN, stale-while-revalidate). The admin,
previews, logged-in users and responses that set a cookie are marked private and never stored.
Responses that already carry Cache-Control (never_cache views, Wagtail's restricted pages, the
API's own policy) are left alone. Pages are language-prefixed (/en/, /es/), so nothing varies on
Accept-Language; Django's Vary: Cookie stays, and a CDN should bypass its cache when the session
cookie is present. The application's own response cache (cms/response_cache.py, outside this
middleware) stores exactly the responses this policy makes public.

Purge: wagtail.contrib.frontend_cache purges a page's own URL on publish/unpublish when
WAGTAILFRONTENDCACHE is configured; here we add the pages that list it (parent index, locale
home, related profiles), the feeds and the sitemap.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from wagtail.signals import page_published, page_unpublished

# Documents may sit in private collections; the health check must always be fresh.
PRIVATE_PREFIXES = ("/documents/", "/healthz")


def is_public_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith((getattr(settings, "ADMIN_PATH_PREFIX", "/admin/"), *PRIVATE_PREFIXES)):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PublicCacheMiddleware:
    """Placed before SessionMiddleware so that it sees every cookie set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if not is_public_request(request):
            add_never_cache_headers(response)
        elif response.status_code == 200 and not response.cookies:
            response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
        return response


def related_urls(page):
    """Absolute URLs whose content shows `page`: listings, home, feeds, sitemap."""
    page = page.specific_deferred
    base = page.get_full_url()
    if base is None:
        return set()
    urls = set()
    parent = page.get_parent()
    if parent is not None and parent.depth >= 2:
        urls.add(parent.get_full_url())
    home = page.get_ancestors(inclusive=True).filter(depth=2).first()
    if home is not None:
        urls.add(home.get_full_url())
    # Profiles list their releases (links point at the source profile: match by translation key).
    links = getattr(page, "working_group_links", None)
    if links is not None:
        keys = [link.working_group.translation_key for link in links.select_related("working_group")]
        profile_model = links.model._meta.get_field("working_group").related_model
        for profile in profile_model.objects.live().filter(translation_key__in=keys, locale_id=page.locale_id):
            urls.add(profile.get_full_url())
            with translation.override(page.locale.language_code):
                for name in ("news-group-feed-rss", "news-group-feed-atom"):
                    urls.add(urljoin(base, reverse(name, kwargs={"group_slug": profile.slug})))
    with translation.override(page.locale.language_code):
        for name in ("news-feed-rss", "news-feed-atom"):
            urls.add(urljoin(base, reverse(name)))
    urls.add(urljoin(base, reverse("sitemap-index")))
    urls.add(urljoin(base, reverse("sitemap-section", kwargs={"section": page.locale.language_code})))
    return urls


def purge_related(sender, instance, **kwargs):
    from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

    if not get_backends():  # nothing configured: skip the queries
        return
    purge_urls_from_cache(related_urls(instance))


page_published.connect(purge_related, dispatch_uid="cms.http_cache.purge_related.published")
page_unpublished.connect(purge_related, dispatch_uid="cms.http_cache.purge_related.unpublished")
