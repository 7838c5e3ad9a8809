"""The change feed: /api/v2/changes/?since=<cursor> lists what was published, updated,
unpublished or deleted since a cursor, in every language, so partners mirror content cheaply
(like Contentful's Sync API). Recorded from Wagtail's signals (connect_signals); each new entry
is also handed to the webhooks (cms/api/webhooks.py) once the transaction commits.

Visibility: a published/updated entry is listed only while its page is public to the request
(cms.publishing.visibility), so drafts, private and other sites' pages never appear; unpublished
and deleted entries name only an id, a type and a language.
"""

from django.apps import apps
from django.db import transaction
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page

from cms.api.base import ApiViewMixin
from cms.api.http import full_url
from cms.publishing.visibility import public_pages

DEFAULT_LIMIT, MAX_LIMIT = 100, 1000


def _model():
    from cms.models import ContentChange

    return ContentChange


def record(page, action):
    """Add a feed entry for `page` (specific or not) and hand it to the webhooks at commit."""
    model = _model()
    if action == model.Action.PUBLISHED:
        last = model.objects.filter(page_id=page.pk).order_by("-pk").values_list("action", flat=True).first()
        if last in (model.Action.PUBLISHED, model.Action.UPDATED):
            action = model.Action.UPDATED
    page_class = page.specific_class or Page
    change = model.objects.create(action=action, page_id=page.pk, translation_key=page.translation_key,
                                  page_type=f"{page_class._meta.app_label}.{page_class.__name__}",
                                  locale=page.locale.language_code)
    from cms.api import webhooks

    transaction.on_commit(lambda: webhooks.enqueue_change(change.pk))
    return change


def on_published(sender, instance, **kwargs):
    record(instance, _model().Action.PUBLISHED)


def on_unpublished(sender, instance, **kwargs):
    record(instance, _model().Action.UNPUBLISHED)


def on_deleted(sender, instance, **kwargs):
    # A page is deleted once per class in its inheritance chain: record it for its own class only.
    if not instance.live or type(instance) is not (instance.specific_class or Page):
        return
    record(instance, _model().Action.DELETED)


def connect_signals():
    from django.db.models.signals import post_delete
    from wagtail.models import get_page_models
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(on_published, dispatch_uid="change_feed_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="change_feed_unpublished")
    for model in get_page_models():
        post_delete.connect(on_deleted, sender=model, dispatch_uid=f"change_feed_deleted_{model._meta.label}")


def entry(change, request=None, router=None):
    """One change as the feed and the webhooks show it."""
    detail_url = None
    if change.action in ("published", "updated") and router is not None:
        try:
            model = apps.get_model(change.page_type)
        except LookupError:
            model = Page
        path = router.get_object_detail_urlpath(model, change.page_id)
        detail_url = full_url(request, path) if path else None
    return {"cursor": str(change.pk), "action": change.action, "id": change.page_id, "type": change.page_type,
            "locale": change.locale, "at": change.at.isoformat().replace("+00:00", "Z"), "detail_url": detail_url}


def visible_changes(changes, request):
    """`changes` without published/updated entries of pages that are not public now."""
    shown_ids = {c.page_id for c in changes if c.action in ("published", "updated")}
    public = set(public_pages(Page.objects.filter(pk__in=shown_ids), request).values_list("pk", flat=True)) \
        if shown_ids else set()
    return [c for c in changes if c.action not in ("published", "updated") or c.page_id in public]


class ChangesView(ApiViewMixin, APIView):
    """GET /api/v2/changes/?since=<cursor>&limit=<n>&locale=<code>."""

    known_query_parameters = frozenset(["since", "limit", "locale", "_"])
    action = "changes"
    translatable = False

    def get(self, request):
        from cms.api.batch import content_language_codes
        from cms.api.router import api_router

        self.check_query_parameters(None)
        since = request.GET.get("since", "0")
        if not since.isdigit() or len(since) > 18:
            raise BadRequestError("since must be a cursor from a previous response (or 0 for everything)")
        limit = request.GET.get("limit", str(DEFAULT_LIMIT))
        if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
            raise BadRequestError(f"limit must be an integer from 1 to {MAX_LIMIT}")
        changes = _model().objects.filter(pk__gt=int(since)).order_by("pk")
        if "locale" in request.GET:
            if request.GET["locale"] not in content_language_codes():
                raise BadRequestError("locale must be one of: {}".format(", ".join(content_language_codes())))
            changes = changes.filter(locale=request.GET["locale"])
        window = list(changes[: int(limit) + 1])
        has_more = len(window) > int(limit)
        window = window[: int(limit)]
        next_cursor = str(window[-1].pk) if window else since
        items = [entry(c, request, api_router) for c in visible_changes(window, request)]
        return Response({"meta": {"next_cursor": next_cursor, "has_more": has_more}, "items": items})
