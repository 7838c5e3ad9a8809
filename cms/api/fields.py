"""Serializer fields of the API, used by the content models' `api_fields` (APIField(serializer=...)).

Every field reads from the response's Batch (cms.api.batch) in the serializer context, so a page
of results costs a fixed number of queries. The representation functions here are the one source
of each shape: images (webp renditions, srcset), documents, relations, countries, choices, rich
text (links resolved to live public URLs) and StreamField bodies.
"""

import re

from django.utils import translation
from rest_framework import serializers
from rest_framework.fields import Field
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page
from wagtail.rich_text import features
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from cms.api.batch import PageRelation, SnippetRelation  # noqa: F401 (re-exported for models)
from cms.api.block_schemas import is_text_block
from cms.links import absolute as get_full_url
from cms.links import page_url
from cms.publishing.visibility import public_pages
from cms.translation.locales import pick, versions

IMAGE_WIDTHS = (480, 800, 1200, 1600)
IMAGE_SPECS = tuple(f"width-{width}|format-webp" for width in IMAGE_WIDTHS)


# -- representation functions -------------------------------------------------------------------

def image_representation(image, request, alt=None):
    """An image as a srcset-ready set of webp renditions, with alt text."""
    renditions = get_renditions_or_not_found(image, IMAGE_SPECS)  # a failed rendition is left out
    sources = {}
    for rendition in (r for r in renditions.values() if r.width):
        # Wagtail never upscales: small originals give several renditions of the same width.
        sources.setdefault(rendition.width, rendition)
    ordered = [sources[width] for width in sorted(sources)]
    entries = [
        {"width": r.width, "height": r.height, "url": get_full_url(request, r.url)} for r in ordered
    ]
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt if alt is not None else (image.description or ""),
        "width": image.width,
        "height": image.height,
        "url": entries[-1]["url"] if entries else get_full_url(request, image.file.url),
        "srcset": ", ".join(f"{entry['url']} {entry['width']}w" for entry in entries),
        "renditions": entries,
    }


def document_representation(document, request):
    """A document as a download URL with its size in bytes and its type (extension)."""
    size = document.file_size
    if size is None:
        try:
            size = document.file.size
        except OSError:
            size = None
    return {
        "id": document.pk,
        "title": document.title,
        "url": get_full_url(request, document.url),
        "file_type": document.file_extension.lower(),
        "size": size,
    }


def page_reference(model, page, batch):
    """A related page as a small embedded object: id, title, locale and both URLs."""
    return {
        "id": page.pk,
        "title": page.title,
        "locale": page.locale.language_code,
        "detail_url": batch.detail_url(model, page.pk),
        "html_url": batch.page_url(page),
    }


def topic_reference(topic, batch):
    return {
        "id": topic.pk,
        "name": topic.name,
        "slug": topic.slug,
        "locale": topic.locale.language_code,
        "detail_url": batch.detail_url(type(topic), topic.pk),
    }


def organisation_reference(organisation, batch, code):
    return {
        "id": organisation.pk,
        "name": organisation.name,
        "pillar": choice_representation(type(organisation), "pillar", organisation.pillar, code),
        "website": organisation.website or None,
        "locale": organisation.locale.language_code,
        "detail_url": batch.detail_url(type(organisation), organisation.pk),
    }


def choice_representation(model, field_name, value, code):
    """A choice as its stable value (the one filters take) and its label in the reader's language."""
    if value in (None, ""):
        return None
    labels = dict(model._meta.get_field(field_name).flatchoices)
    with translation.override(code):
        return {"value": value, "label": str(labels.get(value, value))}


def country_representation(country, code):
    """A django-countries country as its ISO code and its name in the reader's language."""
    if not country:
        return None
    with translation.override(code):
        return {"code": country.code, "name": str(country.name)}


_ABSOLUTE_LINK = re.compile(r'(\s(?:href|src))="/(?!/)')


class RichTextRenderer:
    """Expands database rich text to HTML: page links go to the live public page in the reader's
    language (or lose their href when there is none), relative addresses become absolute."""

    def __init__(self, request, code, record=None):
        self.request, self.code = request, code
        self.record = record or (lambda token: None)
        link_rules = {name: self.recording(name, handler.expand_db_attributes_many)
                      for name, handler in features.get_link_types().items()}
        link_rules["page"] = self.page_links
        embed_rules = {name: self.recording(name, handler.expand_db_attributes_many)
                       for name, handler in features.get_embed_types().items()}
        self.rewriter = MultiRuleRewriter([LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)])

    def recording(self, name, rule):
        """`rule`, noting the linked or embedded objects (image:<id>, document:<id>) it expands."""
        def expand(attrs_list):
            for attrs in attrs_list:
                if attrs.get("id"):
                    self.record(f"{name}:{attrs['id']}")
            return rule(attrs_list)
        return expand

    def page_links(self, attrs_list):
        from django.db.models import Subquery
        from django.utils.html import escape

        ids = [str(attrs.get("id")) for attrs in attrs_list]
        keys = Page.objects.filter(id__in=[i for i in ids if i.isdigit()]).values("translation_key")
        found = versions(public_pages(Page.objects.only("id", "url_path", "translation_key", "locale"), self.request),
                         Subquery(keys))
        by_id = {str(page.pk): page for per_key in found.values() for page in per_key.values()}
        source_keys = dict(Page.objects.filter(id__in=[i for i in ids if i.isdigit()]).values_list(
            "id", "translation_key"))
        for key in source_keys.values():
            self.record(f"page:{key}")
        result = []
        for page_id in ids:
            key = source_keys.get(int(page_id)) if page_id.isdigit() else None
            page = pick(found.get(key, {}), self.code, fallback=False) or by_id.get(page_id)
            result.append(f'<a href="{escape(page_url(page, self.request))}">' if page else "<a>")
        return result

    def __call__(self, html):
        base = get_full_url(self.request, "/").rstrip("/")
        return _ABSOLUTE_LINK.sub(rf'\1="{base}/', self.rewriter(html or ""))


class StreamRenderer:
    """A StreamField value as [{type, id, value}], with rich text, images, documents and page
    choosers expanded (the API representation partners can render without further requests)."""

    def __init__(self, batch, code, record=None):
        self.batch, self.code = batch, code
        self.request = batch.request
        self.record = record or (lambda token: None)
        self.rich_text = RichTextRenderer(self.request, code, record=self.record)

    def stream(self, stream_value):
        return [
            {"type": child.block_type, "id": child.id, "value": self.value(child.block, child.value)}
            for child in stream_value
        ]

    def value(self, block, value):
        # Each branch has its schema in cms.api.block_schemas (the OpenAPI document).
        if value is None:
            # A text or choice block left empty (or added to a struct after it was saved): "".
            return "" if is_text_block(block) or isinstance(block, blocks.ChoiceBlock) else None
        if isinstance(block, blocks.RichTextBlock):
            return self.rich_text(value.source)
        if isinstance(block, ImageChooserBlock):
            self.record(f"image:{value.pk}")
            return image_representation(value, self.request)
        if isinstance(block, DocumentChooserBlock):
            self.record(f"document:{value.pk}")
            return document_representation(value, self.request)
        if isinstance(block, blocks.PageChooserBlock):
            self.record(f"page:{value.translation_key}")
            return self.page(value)
        if isinstance(block, blocks.StructBlock):
            result = {name: self.value(child, value.get(name)) for name, child in block.child_blocks.items()}
            if isinstance(result.get("image"), dict) and value.get("alt_text"):
                result["image"]["alt"] = value["alt_text"]
            return result
        if isinstance(block, blocks.ListBlock):
            return [self.value(block.child_block, item) for item in value]
        if isinstance(block, blocks.StreamBlock):
            return self.stream(value)
        return block.get_api_representation(value, {"request": self.request})

    def page(self, page):
        found = self.batch.page_lookup_one(page.translation_key)
        target = pick(found, self.code, fallback=False) or found.get(page.locale.language_code)
        if target is None:
            return None
        return page_reference(target.specific_class or Page, target, self.batch)


# -- serializer fields --------------------------------------------------------------------------

class InstanceField(Field):
    """A read-only field computed from the whole instance and the response's batch."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    @property
    def batch(self):
        return self.context["batch"]


class LocaleField(InstanceField):
    def to_representation(self, instance):
        return instance.locale.language_code


class TranslationsField(InstanceField):
    """meta.translations: the item's other live translations (from the batch, no query per item)."""

    def to_representation(self, instance):
        return self.batch.translations(instance)


class LastPublishedField(InstanceField):
    """When the item was last published (first_published_at's format): a cheap "has it changed?"."""

    def to_representation(self, instance):
        value = instance.last_published_at
        return serializers.DateTimeField().to_representation(value) if value else None


class ImageField(InstanceField):
    """A foreign key to an image, as renditions; `alt_field` names the model field with alt text."""

    def __init__(self, source_field, alt_field=None, **kwargs):
        self.source_field, self.alt_field = source_field, alt_field
        self.image_source = source_field  # tells the batch to prefetch its renditions
        super().__init__(**kwargs)

    def to_representation(self, instance):
        image = getattr(instance, self.source_field)
        if image is None:
            return None
        alt = getattr(instance, self.alt_field) if self.alt_field else None
        return image_representation(image, self.context["request"], alt=alt)


class RelationField(InstanceField):
    """A relation, localised to the reader's language, as a list of small objects."""

    def __init__(self, relation, **kwargs):
        self.relation = relation
        super().__init__(**kwargs)

    def to_representation(self, instance):
        batch = self.batch
        code = batch.code_for(instance)
        if isinstance(self.relation, PageRelation):
            return [page_reference(model, page, batch) for model, page in batch.relation(instance, self.relation)]
        targets = batch.relation(instance, self.relation)
        if self.relation.kind == "organisation":
            values = [organisation_reference(obj, batch, code) for obj in targets]
        else:
            values = [topic_reference(obj, batch) for obj in targets]
        if self.relation.many:
            return values
        return values[0] if values else None


class ChoiceField(InstanceField):
    def __init__(self, source_field, **kwargs):
        self.source_field = source_field
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return choice_representation(type(instance), self.source_field, getattr(instance, self.source_field),
                                     self.batch.code_for(instance))


class CountryField(InstanceField):
    def __init__(self, source_field="country", **kwargs):
        self.source_field = source_field
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return country_representation(getattr(instance, self.source_field), self.batch.code_for(instance))


class StreamField(InstanceField):
    """A StreamField, expanded (see StreamRenderer). Detail views only: it costs queries per item."""

    def __init__(self, source_field, **kwargs):
        self.source_field = source_field
        super().__init__(**kwargs)

    def to_representation(self, instance):
        renderer = StreamRenderer(self.batch, self.batch.code_for(instance), record=self.batch.recorder(instance))
        return renderer.stream(getattr(instance, self.source_field))


class RichTextField(InstanceField):
    """A RichTextField as HTML with resolved links."""

    def __init__(self, source_field, **kwargs):
        self.source_field = source_field
        super().__init__(**kwargs)

    def to_representation(self, instance):
        html = getattr(instance, self.source_field)
        if not html:
            return ""
        return RichTextRenderer(self.context["request"], self.batch.code_for(instance),
                                record=self.batch.recorder(instance))(html)




class LanguageVersionsField(InstanceField):
    """Inline rows that point at a document or an external address, one per language (a resource's
    language versions): language code and name, title, download URL, file type and size."""

    def __init__(self, source_field, **kwargs):
        from cms.api.batch import ChildRows

        self.relation = ChildRows(source_field, select_related=("document",))
        super().__init__(**kwargs)

    def to_representation(self, instance):
        request = self.context["request"]
        rows = []
        for row in self.batch.relation(instance, self.relation):
            if row.document_id:
                document = document_representation(row.document, request)
                url, file_type, size = document["url"], document["file_type"], document["size"]
            else:
                url, size = row.external_url, None
                file_type = row.external_url.split("?")[0].rsplit("/", 1)[-1].rpartition(".")[2].lower() or None
            rows.append({
                "language": row.language,
                "language_name": row.language_name,
                "title": row.title or None,
                "url": url,
                "file_type": file_type,
                "size": size,
                "document_id": row.document_id,
            })
        return rows


class SelfImageField(InstanceField):
    """For the images endpoint: the image itself as renditions."""

    def to_representation(self, instance):
        return image_representation(instance, self.context["request"])


class DocumentFileField(InstanceField):
    """For the documents endpoint: file type and size."""

    def to_representation(self, instance):
        document = document_representation(instance, self.context["request"])
        return {"file_type": document["file_type"], "size": document["size"]}


class TagsField(InstanceField):
    """Tag names from prefetched tags (Wagtail's own field runs one query per item)."""

    def to_representation(self, instance):
        return sorted(tag.name for tag in instance.tags.all())
