"""Partner webhooks: each change-feed entry (cms/api/changes.py: pages, topics, organisations) is
POSTed as signed JSON to every active Webhook, in the background, with retries and backoff.

Flow: at commit, enqueue_change() queues one `fan_out` task (one row in the task table: the
editor's publish waits for nothing else). The worker (`manage.py db_worker --backend webhooks`,
django-tasks' database backend) runs it: it checks the item is still public for published/updated
events, writes one WebhookDelivery per active webhook and queues a `deliver` task for each.
`deliver` POSTs the event; a 2xx marks it delivered; anything else (an error status, a timeout,
a refused connection) is retried after WEBHOOK_RETRY_SECONDS, doubled each time, until
WEBHOOK_MAX_ATTEMPTS, then the delivery is marked failed. The admin shows the log.

Signature (verify() is the reference): header `X-VPI-Signature: t=<unix seconds>,v1=<hex>` where
hex = HMAC-SHA256(secret, "<t>.<raw body>"). Receivers should reject a `t` older than a few
minutes (replays) and compare with a constant-time function.
"""

import datetime
import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from cms.api.changes import entry

BACKEND, QUEUE = "webhooks", "webhooks"
SIGNATURE_HEADER = "X-VPI-Signature"
logger = logging.getLogger(__name__)


def sign(secret, body, timestamp=None):
    """The X-VPI-Signature value of `body` (bytes)."""
    timestamp = int(time.time() if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(secret, body, header, tolerance=300, now=None):
    """What a receiver does: True when `header` signs `body` with `secret`, made within `tolerance` s."""
    try:
        parts = dict(part.split("=", 1) for part in header.split(","))
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


def enqueue_change(change_id):
    if not _models()[1].objects.filter(active=True).exists():
        return  # nobody listens: no task
    try:
        fan_out.enqueue(change_id)
    except Exception:  # noqa: BLE001 - never fail a publish because the queue is unavailable
        logger.exception("could not queue webhooks for change %s", change_id)


def _models():
    from cms.models import ContentChange, Webhook, WebhookDelivery

    return ContentChange, Webhook, WebhookDelivery


@task(backend=BACKEND, queue_name=QUEUE)
def fan_out(change_id):
    from wagtail.models import Page, Site

    from cms.api.changes import model_for
    from cms.api.router import api_router
    from cms.api.store import site_request
    from cms.publishing.visibility import public_pages

    change_model, webhook_model, delivery_model = _models()
    change = change_model.objects.filter(pk=change_id).first()
    if change is None:
        return
    model = model_for(change)
    request = None
    if issubclass(model, Page):
        page = Page.objects.filter(pk=change.page_id).first()
        site = page.get_site() if page is not None else None
    else:  # topics and organisations belong to no site: the default one names the API
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        request = site_request(site)
    if change.action in ("published", "updated"):
        if issubclass(model, Page):
            public = request is not None and public_pages(Page.objects.filter(pk=change.page_id), request).exists()
        else:
            public = model.objects.filter(pk=change.page_id).exists()
        if not public:
            return  # private, restricted or gone meanwhile: nothing public to announce
    # detail_url: SITE_BASE_URL, else the site's record (cms/links.py).
    data = entry(change, request, api_router)
    payload = json.dumps({"event": change.action, **data}, ensure_ascii=False)
    for webhook in webhook_model.objects.filter(active=True):
        delivery = delivery_model.objects.create(webhook=webhook, change=change, event=change.action, payload=payload)
        deliver.enqueue(delivery.pk)


def retry_delay(attempts):
    """Seconds before attempt `attempts + 1`: WEBHOOK_RETRY_SECONDS, doubled after each failure."""
    return settings.WEBHOOK_RETRY_SECONDS * 2 ** (attempts - 1)


@task(backend=BACKEND, queue_name=QUEUE)
def deliver(delivery_id):
    _change_model, _webhook_model, delivery_model = _models()
    delivery = delivery_model.objects.select_related("webhook").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (delivery_model.Status.DELIVERED, delivery_model.Status.FAILED):
        return
    body = delivery.payload.encode()
    request = urllib.request.Request(delivery.webhook.url, data=body, method="POST", headers={
        "Content-Type": "application/json", "User-Agent": "VPI-CMS-webhooks/1",
        SIGNATURE_HEADER: sign(delivery.webhook.secret, body),
        "X-VPI-Event": delivery.event, "X-VPI-Delivery": str(delivery.pk),
    })
    delivery.attempts += 1
    try:
        with urllib.request.urlopen(request, timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as response:  # noqa: S310
            delivery.last_status_code, delivery.last_error = response.status, ""
    except urllib.error.HTTPError as exc:
        delivery.last_status_code, delivery.last_error = exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        delivery.last_status_code, delivery.last_error = None, str(getattr(exc, "reason", exc))[:500]
    if delivery.last_status_code and 200 <= delivery.last_status_code < 300:
        delivery.status = delivery_model.Status.DELIVERED
    elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = delivery_model.Status.FAILED
    else:
        delivery.status = delivery_model.Status.RETRYING
    delivery.save()
    if delivery.status == delivery_model.Status.RETRYING:
        run_after = timezone.now() + datetime.timedelta(seconds=retry_delay(delivery.attempts))
        deliver.using(run_after=run_after).enqueue(delivery.pk)
