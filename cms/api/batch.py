"""Locale helpers for the API: public pages of the site, locale/fallback selection, and the batch.

The *batch* is everything one response needs beyond the items themselves, fetched for the whole
page of results at once: each item's live translations (meta.translations), its relations mapped
to the reader's locale through translation_key, and image renditions. Relations are stored on the
default-locale objects (cms.translation.locales), so a Spanish release's topics are looked up as "the Spanish
topic with the same translation_key, else the English one".
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin

from cms.links import absolute, page_url
from cms.publishing.visibility import public_pages
from cms.translation.locales import (  # noqa: F401 (the API's names for them)
    default_language_code,
    locale_ids,
    locale_q,
    pick,
    versions,
)

FALLBACK_CHOICES = ("default",)


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def parse_locale_params(request):
    """(language_code, fallback) from ?locale= and ?fallback=; BadRequestError on bad values."""
    from wagtail.api.v2.utils import BadRequestError  # loads models: not at import time

    code = request.GET.get("locale")
    fallback = request.GET.get("fallback")
    if code is not None and code not in content_language_codes():
        raise BadRequestError(
            "locale must be one of: {}".format(", ".join(content_language_codes()))
        )
    if fallback is not None and fallback not in FALLBACK_CHOICES:
        raise BadRequestError("fallback must be 'default'")
    return code or default_language_code(), fallback


def filter_by_locale(queryset, public_queryset, code, fallback):
    """Items in `code`; with fallback, plus default-locale items that have no live translation."""
    return queryset.filter(locale_q(code, fallback, public_queryset=public_queryset))


class PageRelation:
    """A page relation through an inline model, e.g. release.working_group_links -> working_group."""

    def __init__(self, through, target):
        self.through, self.target = through, target
        self.model = None  # the target page model, known once the relation meets its items

    def prefetch(self, items):
        link_model = type(items[0])._meta.get_field(self.through).related_model
        self.model = link_model._meta.get_field(self.target).related_model
        prefetch_related_objects(
            items,
            Prefetch(self.through,
                     queryset=link_model.objects.select_related(self.target).order_by("sort_order", "pk")),
        )

    def targets(self, item):
        return [getattr(link, self.target) for link in getattr(item, self.through).all()]


class SnippetRelation:
    """A many-to-many or foreign key to a translatable snippet (topics, organisations)."""

    def __init__(self, field, kind, many=True):
        self.field, self.kind, self.many = field, kind, many

    def prefetch(self, items):
        prefetch_related_objects(items, Prefetch(self.field, queryset=self._queryset(items)))

    def _queryset(self, items):
        model = type(items[0])._meta.get_field(self.field).related_model
        return model.objects.select_related("locale")

    def targets(self, item):
        if self.many:
            return list(getattr(item, self.field).all())
        value = getattr(item, self.field)
        return [value] if value is not None else []


class ChildRows:
    """Inline rows shown as they are (e.g. a resource's language versions with their documents)."""

    def __init__(self, field, select_related=()):
        self.field, self.select_related = field, select_related

    def prefetch(self, items):
        row_model = type(items[0])._meta.get_field(self.field).related_model
        queryset = row_model.objects.select_related(*self.select_related).order_by("sort_order", "pk")
        prefetch_related_objects(items, Prefetch(self.field, queryset=queryset))

    def targets(self, item):
        return list(getattr(item, self.field).all())


class Batch:
    """Bulk lookups for one page of results, built by the view after pagination.

    Preparation runs a fixed number of queries whatever the number of items: one per relation
    (prefetch), one for every page translation_key involved (the items' own translations and all
    related pages, localised), one per snippet model, one for image renditions.
    """

    def __init__(self, view, items, display_code=None):
        self.view = view
        self.request = view.request
        self.router = self.request.wagtailapi_router
        self.items = [item for item in items if item is not None]
        # The language relations and labels are shown in: ?locale= when given, else the item's own.
        self.display_code = display_code
        models = {type(item) for item in self.items}
        self.model = models.pop() if len(models) == 1 else None
        serializers = [field.serializer for field in view.get_body_fields(self.model)] if self.model else []
        self.relations = [s.relation for s in serializers if getattr(s, "relation", None) is not None]
        self.image_sources = [s.image_source for s in serializers if getattr(s, "image_source", None)]
        self.page_translations = defaultdict(dict)
        self.snippet_translations = {}
        self.recorded = defaultdict(set)  # dependencies found while serializing (bodies, rich text)
        if self.items:
            self._prepare()

    def _prepare(self):
        if all(isinstance(item, TranslatableMixin) for item in self.items):
            prefetch_related_objects(self.items, "locale")
        for relation in self.relations:
            relation.prefetch(self.items)
        page_keys = set()
        snippet_keys = defaultdict(set)
        for item in self.items:
            if isinstance(item, Page):
                page_keys.add(item.translation_key)
            elif hasattr(item, "translation_key"):
                snippet_keys[type(item)].add(item.translation_key)
            for relation in self.relations:
                for target in relation.targets(item):
                    if isinstance(relation, PageRelation):
                        page_keys.add(target.translation_key)
                    elif isinstance(relation, SnippetRelation):
                        snippet_keys[type(target)].add(target.translation_key)
        self.page_translations = self._page_lookup(page_keys)
        for model, keys in snippet_keys.items():
            self.snippet_translations[model] = versions(model.objects.all(), list(keys))
        if self.image_sources:
            from cms.api.fields import IMAGE_SPECS

            prefetch_related_objects(self.items, *self.image_sources)
            prefetch_images([getattr(item, name) for item in self.items for name in self.image_sources], IMAGE_SPECS)

    def _page_lookup(self, keys):
        """{translation_key: {language_code: Page}} for the live, public pages of the site."""
        pages = public_pages(Page.objects.all(), self.request).only(
            "id", "title", "url_path", "translation_key", "locale", "content_type", "depth", "path",
        )
        return versions(pages, list(keys))

    def page_lookup_one(self, key):
        """Like the batch lookup, for one page found later (a page chooser in a body): one query."""
        if key not in self.page_translations:
            self.page_translations.update(self._page_lookup({key}))
        return self.page_translations.get(key, {})

    # -- dependencies of stored representations (cms.api.store)
    def recorder(self, item):
        """A callable noting that `item`'s representation shows `token` (e.g. "image:3")."""
        return self.recorded[item.pk].add

    def dependencies(self, item):
        """What `item`'s representation shows besides the item itself, as api_store tokens: its
        translations, its relations (whatever their state: a draft may be published later), its
        images and documents, and what its bodies link to."""
        tokens = set(self.recorded.get(item.pk, ()))
        if hasattr(item, "translation_key"):
            tokens.add(f"{'page' if isinstance(item, Page) else 'snippet'}:{item.translation_key}")
        for relation in self.relations:
            for target in relation.targets(item):
                if isinstance(relation, PageRelation):
                    tokens.add(f"page:{target.translation_key}")
                elif isinstance(relation, SnippetRelation):
                    tokens.add(f"snippet:{target.translation_key}")
                elif getattr(target, "document_id", None):
                    tokens.add(f"document:{target.document_id}")
        for name in self.image_sources:
            image_id = getattr(item, f"{name}_id", None)
            if image_id:
                tokens.add(f"image:{image_id}")
        return tokens

    # -- helpers for serializer fields
    def code_for(self, item):
        return self.display_code or item.locale.language_code

    def detail_url(self, model, pk):
        path = self.router.get_object_detail_urlpath(model, pk)
        return absolute(self.request, path) if path else None

    def page_url(self, page):
        return page_url(page, self.request)

    def translations(self, item):
        """Other live translations of the item: locale, id, API URL and page URL."""
        if isinstance(item, Page):
            found = self.page_translations.get(item.translation_key, {})
        else:
            found = self.snippet_translations.get(type(item), {}).get(item.translation_key, {})
        model = self.view.model if isinstance(item, Page) and not self.model else type(item)
        result = []
        for code in content_language_codes():
            other = found.get(code)
            if other is None or other.pk == item.pk:
                continue
            result.append({
                "locale": code,
                "id": other.pk,
                "detail_url": self.detail_url(model, other.pk),
                "html_url": self.page_url(other) if isinstance(other, Page) else None,
            })
        return result

    def relation(self, item, relation):
        """The relation's targets for `item`, in the reader's language where a live version exists.

        Pages without a live public version in the site are left out: relations never leak drafts.
        """
        code = self.code_for(item)
        if isinstance(relation, PageRelation):
            result, seen = [], set()
            for target in relation.targets(item):
                page = pick(self.page_translations.get(target.translation_key, {}), code)
                if page is None or page.pk in seen:
                    continue
                seen.add(page.pk)
                result.append((relation.model, page))
            return result
        if not isinstance(relation, SnippetRelation):
            return relation.targets(item)
        result = []
        for target in relation.targets(item):
            found = self.snippet_translations.get(type(target), {}).get(target.translation_key, {})
            result.append(pick(found, code) or target)
        return result


def prefetch_images(images, specs):
    """Attach the existing renditions of `specs` to every image in one query."""
    images = [image for image in images if image is not None and not hasattr(image, "prefetched_renditions")]
    if images:
        rendition_model = get_image_model().get_rendition_model()
        prefetch_related_objects(
            images,
            Prefetch("renditions", queryset=rendition_model.objects.filter(filter_spec__in=specs),
                     to_attr="prefetched_renditions"),
        )
