"""The benchmark's floor: a constant page through the full middleware stack and nothing else.

Wired in cms/urls.py only when settings.BENCH_FLOOR_ENABLED is true (bench/settings.py), so it
is never public. Its req/s is what the server can do at best; every case is reported against it.
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
    return HttpResponse(FLOOR_BODY, content_type="text/html; charset=utf-8")
