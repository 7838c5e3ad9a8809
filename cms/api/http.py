"""HTTP details the whole API shares: its absolute URLs and its language headers.

- Absolute URLs (detail_url, media, the change feed, the OpenAPI `servers`) start with
  settings.WAGTAILAPI_BASE_URL when it is set (production), else with the origin of the request
  serving them (development: `make run` on any port gives working links). Wagtail's own helper
  falls back to the default Site record instead (http://localhost in a fresh database).
- The API's language is its ?locale= (or the item's own), never the visitor's Accept-Language:
  ApiLanguageMiddleware activates the default language for /api/ views and drops
  `Vary: Accept-Language` (LocaleMiddleware adds it to every unprefixed path) from their
  responses, whose bodies do not depend on it; the views set Content-Language to the content's.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation

API_PREFIX = "/api/"


def base_url(request=None):
    """scheme://host[:port] of the API's absolute URLs ("" when neither is known)."""
    configured = getattr(settings, "WAGTAILAPI_BASE_URL", None)
    if configured:
        parts = urlsplit(configured)
        return f"{parts.scheme}://{parts.netloc}"
    request = getattr(request, "_request", request)
    if request is None:
        return ""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except Exception:  # noqa: BLE001 - DisallowedHost or a bare request: relative URLs
        return ""


def full_url(request, path):
    """`path` made absolute with base_url(request); absolute URLs are returned as they are."""
    if not path or path.startswith(("http://", "https://")):
        return path
    return base_url(request) + path


def strip_vary(response, header):
    values = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in values if v.lower() != header.lower()]
    if kept != values:
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


class ApiLanguageMiddleware:
    """For /api/ paths: the default language in views, no Vary: Accept-Language on responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(API_PREFIX):
            strip_vary(response, "Accept-Language")
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith(API_PREFIX):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
