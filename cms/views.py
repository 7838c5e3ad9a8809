"""Project-level views that belong to no content app: the health check and the notice for a page
not yet translated."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from cms.publishing.failsoft import strict
from cms.publishing.visibility import keep_public, public_pages
from cms.translation.locales import pick, versions


@never_cache
def healthz(request):
    """Report whether the database and the cache answer; 503 when either does not."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = f"error: {exc.__class__.__name__}"
    try:
        checked = strict(cache)  # the fail-soft cache would answer as empty: ask it to raise
        checked.set("healthz", "ok", 5)
        checks["cache"] = "ok" if checked.get("healthz") == "ok" else "error: read-back failed"
    except Exception as exc:  # noqa: BLE001
        checks["cache"] = f"error: {exc.__class__.__name__}"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)


def not_translated(request, page_id):
    """Where the language switcher sends a visitor from a page with no version in this language:
    a notice in this language with a link to the page in the language it exists in (not a silent
    jump to the home page). Once the translation is published, the address leads straight to it."""
    source = keep_public(Page.objects.filter(pk=page_id).select_related("locale"), request)
    if not source:
        raise Http404
    source = source[0].specific_deferred
    language = translation.get_language()
    found = versions(public_pages(Page.objects.all(), request), [source.translation_key])
    here = pick(found.get(source.translation_key, {}), language, fallback=False)
    if here is not None:
        return redirect(here.get_url(request))
    query = request.GET.urlencode()
    original_url = source.get_url(request) + (f"?{query}" if query else "")
    response = render(request, "not_translated.html", {
        "original": source, "original_url": original_url,
        "original_language": dict(settings.LANGUAGES).get(source.locale.language_code, source.locale.language_code),
        "language_name": dict(settings.LANGUAGES).get(language, language),
    })
    response["X-Robots-Tag"] = "noindex"
    return response
