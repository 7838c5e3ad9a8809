"""The benchmark's floor: a constant page through the full middleware stack and nothing else.

Wired only in bench/urls.py (ROOT_URLCONF of bench/settings.py), so it is never public. It
answers `Cache-Control: no-store`: the response cache looks it up (as for every page) but never
stores it, so the floor measures the full stack, not a cache hit. Its req/s is what the server
can do at best; every case is reported against it.
"""

from django.http import HttpResponse

_PARAGRAPH = (
    "<p>The Voluntary Principles on Security and Human Rights guide companies in maintaining the "
    "safety and security of their operations within a framework that ensures respect for human "
    "rights and fundamental freedoms.</p>\n"
)
# About the size of a small rendered page; built once at import so the view does no work.
FLOOR_BODY = (
    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Floor</title></head>"
    "<body><main>\n" + _PARAGRAPH * 22 + "</main></body></html>\n"
).encode()


def floor(request):
    response = HttpResponse(FLOOR_BODY, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response
