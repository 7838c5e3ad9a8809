"""Stored API representations (cms.models.ApiRepresentation): computed at publish, read in bulk.

A page endpoint's item is the same for every reader of a site (relations and labels depend on the
display language, URLs on the API base URL), so it is serialized once, with every field
(`fields=*`), and stored; a request reads the visible page ids in order and their stored rows in
the same query, then projects each row to the fields asked for (cms.api.base). Missing rows are
built on read, in bulk, with the live serializer.

Visibility is not stored: pages are filtered at query time (cms.publishing.visibility) before their rows are
read, and a row is deleted whenever something it shows may have changed:

- the page is saved, published, unpublished or deleted, or one of its inline rows or many-to-many
  relations changes: its rows (and its children's, whose detail names it as parent);
- a page, snippet, image or document it shows (its translations, relations, body links, images,
  documents: its page's `ApiDependency` rows, one per token, indexed by token) is saved or deleted:
  the rows of every page that shows it;
- a page moves or its URL path changes, a view restriction, a site or a locale changes: all rows.

Published pages get their rows rebuilt when the transaction commits ("computed at publish").
"""

import copy
import json
import logging

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, QueryDict
from rest_framework.utils.encoders import JSONEncoder

LISTING, DETAIL = "listing", "detail"
logger = logging.getLogger(__name__)


def _model():
    from cms.models import ApiRepresentation

    return ApiRepresentation


def _dependency_model():
    from cms.models import ApiDependency

    return ApiDependency


def base_url(request):
    """The origin stored rows are keyed on: their URLs start with it (cms/links.py)."""
    from cms.links import origin

    return origin(request)


def annotate(queryset, kind, display_code, base):
    """`queryset` with `_api_data`: the stored row's JSON (None when missing). Without a display
    code, the row in each page's own language."""
    language = display_code if display_code else OuterRef("locale__language_code")
    rows = _model().objects.filter(page_id=OuterRef("pk"), kind=kind, display_language=language, base_url=base)
    return queryset.annotate(_api_data=Subquery(rows.values("data")[:1]))


def stored_rows(pages, kind, display_code, base):
    """{page id: stored JSON} for `pages` (instances), in `display_code` or each page's own
    language: one query."""
    wanted = {(page.pk, display_code or page.locale.language_code) for page in pages}
    rows = _model().objects.filter(
        page_id__in=[pk for pk, _language in wanted], kind=kind, base_url=base,
        display_language__in={language for _pk, language in wanted},
    ).values_list("page_id", "display_language", "data")
    return {page_id: data for page_id, language, data in rows if (page_id, language) in wanted}


def loads(text):
    return json.loads(text)


def dumps(data):
    return json.dumps(data, cls=JSONEncoder, ensure_ascii=False)


def store(kind, base, built):
    """Save built representations: `built` is [(page_id, display_language, data, dependencies)].

    A page's dependencies are the union over its rows (a row is dropped with its page's others),
    written in the same transaction as the rows: no row is ever stored without them."""
    model = _model()
    rows = [model(page_id=page_id, kind=kind, display_language=language, base_url=base, data=dumps(data))
            for page_id, language, data, _dependencies in built]
    dependency = _dependency_model()
    links = {(token, page_id) for page_id, _language, _data, dependencies in built for token in dependencies}
    with transaction.atomic():
        # Another worker may have stored the same rows meanwhile: they are the same items.
        dependency.objects.bulk_create([dependency(token=token, page_id=page_id) for token, page_id in links],
                                       ignore_conflicts=True)
        model.objects.bulk_create(rows, ignore_conflicts=True)


# -- building outside a request ------------------------------------------------------------------

class SiteRequest(HttpRequest):
    """A request standing for a site outside any request: its origin is the site's record."""

    def __init__(self, site):
        super().__init__()
        self.method = "GET"
        self.path = self.path_info = "/"
        host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
        self.META = {"SERVER_NAME": site.hostname, "SERVER_PORT": str(site.port), "HTTP_HOST": host}
        self._wagtail_site = site

    def _get_scheme(self):
        return "https" if self._wagtail_site.port == 443 else "http"


def site_request(site):
    """A GET request for `site` (what serializers need for URLs and visibility)."""
    return SiteRequest(site)


def _stored_endpoints():
    """{model: endpoint class} for the endpoints whose items are stored."""
    from cms.api.base import PageEndpoint
    from cms.api.router import api_router

    return {endpoint.model: endpoint for endpoint in api_router._endpoints.values()
            if issubclass(endpoint, PageEndpoint) and endpoint.store_representations}


def _build(endpoint_class, instances, request, kinds, replace):
    from cms.api.base import build_representations

    base = base_url(request)
    for kind in kinds:
        built = build_representations(endpoint_class, instances, request, detail=kind == DETAIL)
        if replace:
            _model().objects.filter(page_id__in=[i.pk for i in instances], kind=kind, base_url=base).delete()
        store(kind, base, built)
    return len(instances)


def build_for_pages(pages, kinds=(LISTING, DETAIL)):
    """Build and store the rows of `pages` in their own language, replacing old ones: what
    publishing a page does. Pages the public cannot see get none."""
    from cms.publishing.visibility import public_pages

    endpoints = _stored_endpoints()
    count = 0
    for page in pages:
        page = page.specific if type(page) not in endpoints else page
        endpoint_class = endpoints.get(type(page))
        site = page.get_site() if endpoint_class else None
        if site is None:
            continue
        request = site_request(site)
        visible = public_pages(endpoint_class.model.objects.filter(pk=page.pk), request)
        instances = list(visible.select_related(*endpoint_class.select_related))
        if instances:
            count += _build(endpoint_class, instances, request, kinds, replace=True)
    return count


def build_missing(batch_size=200, kinds=(LISTING, DETAIL)):
    """Build the rows every public page of every site lacks, in batches (the
    build_api_representations command; bench/seed.py runs it after its bulk inserts)."""
    from django.db.models import Exists
    from wagtail.models import Site

    from cms.publishing.visibility import public_pages

    count = 0
    for site in Site.objects.all():
        request = site_request(site)
        base = base_url(request)
        for model, endpoint_class in _stored_endpoints().items():
            for kind in kinds:
                stored = _model().objects.filter(page_id=OuterRef("pk"), kind=kind, base_url=base,
                                                 display_language=OuterRef("locale__language_code"))
                ids = list(public_pages(model.objects.all(), request).filter(~Exists(stored))
                           .order_by("pk").values_list("pk", flat=True))
                for start in range(0, len(ids), batch_size):
                    queryset = model.objects.filter(pk__in=ids[start:start + batch_size])
                    instances = list(queryset.select_related(*endpoint_class.select_related))
                    count += _build(endpoint_class, instances, request, (kind,), replace=False)
    return count


# -- invalidation --------------------------------------------------------------------------------

def drop_pages(page_ids):
    """Drop the stored rows of these pages (they changed), and what they were recorded to show."""
    if page_ids:
        page_ids = list(page_ids)
        _model().objects.filter(page_id__in=page_ids).delete()
        _dependency_model().objects.filter(page_id__in=page_ids).delete()


def drop_dependants(tokens):
    """Drop the stored rows of every page that shows one of `tokens`: one DELETE, its subquery
    answered by the (token, page) index and the rows found by page id. The pages' recorded
    dependencies stay: the pages did not change, their rebuilt rows show the same things."""
    if tokens:
        shown = _dependency_model().objects.filter(token__in=list(tokens)).values("page_id")
        _model().objects.filter(page_id__in=shown).delete()


def drop_all(**_kwargs):
    _model().objects.all().delete()
    _dependency_model().objects.all().delete()


def _drop_page(page):
    from wagtail.models import Page

    from cms.publishing.visibility import children_q

    drop_pages([page.pk])
    drop_dependants([f"page:{page.translation_key}"])
    if page.numchild:
        # Its children's detail names it as parent (title, URL, visibility).
        children = Page.objects.filter(children_q(page)).values("pk")
        _model().objects.filter(page_id__in=Subquery(children), kind=DETAIL).delete()


def _page_saved_or_deleted(page):
    _drop_page(page)
    # Dropped again at commit: a concurrent reader may have rebuilt a row from the old data.
    transaction.on_commit(lambda: _drop_page(page))


def _parental_page_id(instance):
    """The page id an inline row (ParentalKey to a page) belongs to, or None."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    cache = _parental_page_id.fields
    model = type(instance)
    if model not in cache:
        cache[model] = next(
            (field.attname for field in model._meta.concrete_fields
             if isinstance(field, ParentalKey) and issubclass(field.related_model, Page)), None)
    return getattr(instance, cache[model]) if cache[model] else None


_parental_page_id.fields = {}


def _token_for(instance):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import TranslatableMixin

    if isinstance(instance, get_image_model()):
        return f"image:{instance.pk}"
    if isinstance(instance, get_document_model()):
        return f"document:{instance.pk}"
    if isinstance(instance, TranslatableMixin):
        return f"snippet:{instance.translation_key}"
    return None


def on_pre_save(sender, instance, raw=False, **kwargs):
    """Remember a parent page's URL path: if it changes, its descendants' URLs change."""
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.pk and instance.numchild and not raw:
        instance._api_store_url_path = Page.objects.filter(pk=instance.pk).values_list("url_path", flat=True).first()


def on_change(sender, instance, raw=False, **kwargs):
    from wagtail.models import Page

    if raw:
        return
    if isinstance(instance, Page):
        old_path = getattr(instance, "_api_store_url_path", None)
        if old_path is not None and old_path != instance.url_path:
            drop_all()
            transaction.on_commit(drop_all)
            return
        _page_saved_or_deleted(instance)
        return
    page_id = _parental_page_id(instance)
    if page_id is not None:
        drop_pages([page_id])
        return
    token = _token_for(instance)
    if token:
        drop_dependants([token])


def on_m2m_changed(sender, instance, action, model, pk_set, **kwargs):
    from wagtail.models import Page

    if not action.startswith("post_"):
        return
    if isinstance(instance, Page):
        drop_pages([instance.pk])
    elif issubclass(model, Page) and pk_set:
        drop_pages(pk_set)
    token = _token_for(instance)
    if token:
        drop_dependants([token])


def on_published(sender, instance, **kwargs):
    def build():
        try:
            build_for_pages([instance])
        except Exception:  # noqa: BLE001 - a missing row is built on read: never fail a publish
            logger.exception("could not store the API representation of page %s", instance.pk)

    transaction.on_commit(build)


def _watched(model):
    """Models whose changes can change a stored item: pages, their inline rows, translatable
    snippets, images and documents. Receivers are connected to these only, so deleting other
    rows (and the stored rows themselves) stays a fast bulk delete."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, TranslatableMixin

    if model._meta.abstract or model._meta.proxy:
        return False
    return (issubclass(model, (Page, TranslatableMixin, get_image_model(), get_document_model()))
            or _has_parental_page_key(model))


def _has_parental_page_key(model):
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    return any(isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
               for field in model._meta.concrete_fields)


def connect_signals():
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, post_page_move

    for model in apps.get_models():
        if _watched(model):
            post_save.connect(on_change, sender=model, dispatch_uid=f"api_store_save_{model._meta.label}")
            post_delete.connect(on_change, sender=model, dispatch_uid=f"api_store_delete_{model._meta.label}")
            if issubclass(model, Page):
                pre_save.connect(on_pre_save, sender=model, dispatch_uid=f"api_store_pre_save_{model._meta.label}")
    m2m_changed.connect(on_m2m_changed, dispatch_uid="api_store_m2m")
    page_published.connect(on_published, dispatch_uid="api_store_published")
    post_page_move.connect(drop_all, dispatch_uid="api_store_move")
    for model in (PageViewRestriction, Site, Locale):
        post_save.connect(drop_all, sender=model, dispatch_uid=f"api_store_all_save_{model.__name__}")
        post_delete.connect(drop_all, sender=model, dispatch_uid=f"api_store_all_delete_{model.__name__}")


def request_copy_for_build(request):
    """A copy of `request` asking for every field (what is stored)."""
    build = copy.copy(request)
    build.GET = QueryDict("fields=*")
    return build
