"""The change feed: /api/v2/changes/?since=<cursor> lists what was published, updated,
unpublished or deleted since a cursor, in every language, so partners mirror content cheaply
(like Contentful's Sync API): pages, and the snippets the API serves (topics, organisations).
Recorded from Wagtail's page signals and the snippets' saves and deletes (connect_signals); each
new entry is also handed to the webhooks (cms/api/webhooks.py) once the transaction commits, so
the feed and the webhooks always tell the same story.

Snippets have no drafts: creating one (or a translation of one) is `published` in its language,
saving it `updated`, deleting it `deleted`. Their entries' type is `topic` or `organisation`;
pages' is app_label.ModelName (as meta.type). Ids are the API's: a page and a topic may share one.

Visibility: a published/updated entry is listed only while its item is public to the request
(pages: cms.publishing.visibility, so drafts, private and other sites' pages never appear;
snippets: while they exist); unpublished and deleted entries name only an id, a type and a
language.
"""

from django.apps import apps
from django.db import transaction
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page

from cms.api.base import ApiViewMixin
from cms.links import absolute
from cms.publishing.visibility import public_pages

DEFAULT_LIMIT, MAX_LIMIT = 100, 1000


def _model():
    from cms.models import ContentChange

    return ContentChange


def snippet_types():
    """{feed type: model} of the snippets in the feed (those with an API endpoint)."""
    from cms.models import Organisation, Topic

    return {"topic": Topic, "organisation": Organisation}


def model_for(change):
    """The model an entry names (Page when its page type is gone)."""
    snippet = snippet_types().get(change.page_type)
    if snippet is not None:
        return snippet
    try:
        return apps.get_model(change.page_type)
    except (LookupError, ValueError):
        return Page


def record(item, action):
    """Add a feed entry for `item` (a page, specific or not, or a snippet of snippet_types()) and
    hand it to the webhooks at commit."""
    model = _model()
    if isinstance(item, Page):
        if action == model.Action.PUBLISHED:
            last = (model.objects.filter(page_id=item.pk).exclude(page_type__in=list(snippet_types()))
                    .order_by("-pk").values_list("action", flat=True).first())
            if last in (model.Action.PUBLISHED, model.Action.UPDATED):
                action = model.Action.UPDATED
        page_class = item.specific_class or Page
        item_type = f"{page_class._meta.app_label}.{page_class.__name__}"
    else:
        item_type = next(name for name, snippet in snippet_types().items() if isinstance(item, snippet))
    change = model.objects.create(action=action, page_id=item.pk, translation_key=item.translation_key,
                                  page_type=item_type, locale=item.locale.language_code)
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


def on_snippet_saved(sender, instance, created=False, raw=False, **kwargs):
    if raw:  # fixtures
        return
    record(instance, _model().Action.PUBLISHED if created else _model().Action.UPDATED)


def on_snippet_deleted(sender, instance, **kwargs):
    record(instance, _model().Action.DELETED)


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import get_page_models
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(on_published, dispatch_uid="change_feed_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="change_feed_unpublished")
    for model in get_page_models():
        post_delete.connect(on_deleted, sender=model, dispatch_uid=f"change_feed_deleted_{model._meta.label}")
    for model in snippet_types().values():
        post_save.connect(on_snippet_saved, sender=model, dispatch_uid=f"change_feed_saved_{model._meta.label}")
        post_delete.connect(on_snippet_deleted, sender=model, dispatch_uid=f"change_feed_deleted_{model._meta.label}")


def entry(change, request=None, router=None):
    """One change as the feed and the webhooks show it."""
    detail_url = None
    if change.action in ("published", "updated") and router is not None:
        path = router.get_object_detail_urlpath(model_for(change), change.page_id)
        detail_url = absolute(request, path) if path else None
    return {"cursor": str(change.pk), "action": change.action, "id": change.page_id, "type": change.page_type,
            "locale": change.locale, "at": change.at.isoformat().replace("+00:00", "Z"), "detail_url": detail_url}


def is_shown(change):
    return change.action in ("published", "updated")


def visible_changes(changes, request):
    """`changes` without published/updated entries of items that are not public now: pages by
    the visibility rule, snippets that no longer exist. One query per kind of item in the window."""
    snippets = snippet_types()

    def kind(change):
        return change.page_type if change.page_type in snippets else None

    public = {}
    for name, model in [(None, Page), *snippets.items()]:
        ids = {c.page_id for c in changes if is_shown(c) and kind(c) == name}
        if ids:
            found = model.objects.filter(pk__in=ids)
            found = public_pages(found, request) if model is Page else found
            public[name] = set(found.values_list("pk", flat=True))
    return [c for c in changes if not is_shown(c) or c.page_id in public.get(kind(c), ())]


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
