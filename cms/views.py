"""Project-level views that belong to no content app: the health check."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from cms.publishing.failsoft import strict


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
