"""HTTP details the whole API shares: its language headers. (Its absolute URLs: cms/links.py.)

- The API's language is its ?locale= (or the item's own), never the visitor's Accept-Language:
  ApiLanguageMiddleware activates the default language for /api/ views and drops
  `Vary: Accept-Language` (LocaleMiddleware adds it to every unprefixed path) from their
  responses, whose bodies do not depend on it; the views set Content-Language to the content's.
"""

from django.conf import settings
from django.utils import translation

API_PREFIX = "/api/"


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
