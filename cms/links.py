"""Absolute URLs: the one rule behind every link written with a host (canonical and hreflang links,
OpenGraph and JSON-LD, sitemaps, RSS/Atom, oEmbed and embeds, the API's html_url, detail_url and
media URLs, the change feed and webhook payloads, CDN purges).

A site's origin (scheme://host[:port]):
- settings.SITE_BASE_URL for the default site when it is set (production: one public address,
  whatever host or port a request came in on);
- else, for the site serving the request, the request's own origin: its scheme (honouring
  SECURE_PROXY_SSL_HEADER) and its Host (checked against ALLOWED_HOSTS), so `make run` on any
  port gives working links and no Site record needs to match;
- else its Site record's root_url (a page of another site; no request and nothing configured).

A page's URL is its site's origin followed by Wagtail's path for it (Page.get_url_parts); any
other path (the API, media, feeds, embeds) takes the origin of the request's site. Work done
outside a request uses a request built for a site (cms.api.store.site_request), whose origin is
that site's record.

The request's site comes from Wagtail's per-request cache or from the site scope
(cms.publishing.visibility), read once per request anyway: no query of its own.
"""

from urllib.parse import urljoin, urlsplit

from django.conf import settings


def configured_origin():
    """scheme://host[:port] of settings.SITE_BASE_URL (any path is ignored), or ""."""
    value = getattr(settings, "SITE_BASE_URL", None)
    if not value:
        return ""
    parts = urlsplit(value)
    return f"{parts.scheme}://{parts.netloc}"


def _holder(request):
    return getattr(request, "_request", request)  # a DRF request: its Django request


def request_origin(request):
    """The origin the request was made to, or "" (no request, or a Host ALLOWED_HOSTS refuses)."""
    request = _holder(request)
    if request is None:
        return ""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except Exception:  # noqa: BLE001 - DisallowedHost or a bare request: the caller's fallback
        return ""


def current_site(request):
    """The Site serving `request` (None without one)."""
    from cms.publishing.visibility import request_site

    request = _holder(request)
    if request is None:
        return None
    site = getattr(request, "_wagtail_site", False)
    return site if site is not False else request_site(request)


def site_origin(site_id, root_url, request=None):
    """The origin of links to pages of the site `site_id` (whose record's root_url is `root_url`)."""
    from cms.publishing.visibility import default_site_id

    configured = configured_origin()
    current = current_site(request)
    if current is not None and current.pk == site_id:
        if configured and current.is_default_site:
            return configured
        return request_origin(request) or root_url
    if configured and site_id == default_site_id(_holder(request)):
        return configured
    return root_url


def origin(request=None):
    """The origin of the request's site, for paths that are not pages (API, media, feeds, embeds)."""
    current = current_site(request)
    if current is None and request is None:
        from cms.publishing.visibility import default_site

        current = default_site()
    if current is None:
        return configured_origin() or request_origin(request)
    return site_origin(current.pk, current.root_url, request)


def absolute(request, url):
    """`url` (a path) made absolute with origin(request); absolute URLs are returned as they are."""
    if not url or url.startswith(("http://", "https://")):
        return url
    base = origin(request)
    return base + url if url.startswith("/") else urljoin(base + "/", url)


def page_url(page, request=None):
    """The page's absolute URL (None when it is not routable)."""
    parts = page.get_url_parts(request=_holder(request))
    if parts is None or parts[2] is None:
        return None
    site_id, root_url, path = parts
    return site_origin(site_id, root_url, request) + path
