"""OpenAPI schemas of StreamField blocks, generated from the block definitions themselves.

Each StreamBlock becomes a `oneOf` of its child blocks discriminated by `type` (one schema per
child: `{type: {const: name}, id, value}`), and each value's schema follows the block's kind, as
cms.api.fields.StreamRenderer represents it: rich text is HTML, text blocks are strings, image,
document and page choosers are Image, Document and PageRef objects (null when the object is gone
or, for pages, not public), structs are objects of their children, lists arrays, nested streams
arrays of their own union. A block kind without a rule here is an error when the document is
built, so a new block cannot be served undescribed.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Blocks whose value is a string; an empty (None) value is served as "" (StreamRenderer).
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.EmailBlock, blocks.URLBlock, blocks.RegexBlock,
               blocks.RawHTMLBlock, blocks.BlockQuoteBlock, EmbedBlock)
SCALAR_BLOCKS = (
    (blocks.BooleanBlock, {"type": "boolean"}),
    (blocks.IntegerBlock, {"type": "integer"}),
    (blocks.FloatBlock, {"type": "number"}),
    (blocks.DateTimeBlock, {"type": "string", "format": "date-time"}),
    (blocks.DateBlock, {"type": "string", "format": "date"}),
    (blocks.TimeBlock, {"type": "string", "format": "time"}),
)


def is_text_block(block):
    return isinstance(block, TEXT_BLOCKS) and not isinstance(block, blocks.ChoiceBlock)


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable_ref(name):
    return {"anyOf": [_ref(name), {"type": "null"}]}


def _described(schema, block):
    label = getattr(block, "label", None) or getattr(block.meta, "label", None)
    help_text = getattr(block.meta, "help_text", None)
    text = "; ".join(str(part) for part in (label, help_text) if part)
    return {**schema, "description": text} if text and "$ref" not in schema else schema


class BlockSchemas:
    """Collects the component schemas of the StreamBlocks given to `stream()` (and of the named
    StructBlocks and StreamBlocks they contain) in `schemas`."""

    def __init__(self):
        self.schemas = {}
        self.sources = {}  # component name -> block class, to refuse two classes under one name

    def _claim(self, name, block):
        owner = self.sources.setdefault(name, type(block))
        if owner is not type(block):
            raise ValueError(f"two block classes give the OpenAPI schema name {name}: {owner} and {type(block)}")
        return name in self.schemas

    @staticmethod
    def name_of(block, fallback):
        """A subclass is named after its class (HeadingBlock); a plain StructBlock/StreamBlock
        instance after where it is (`fallback`)."""
        cls = type(block)
        return fallback if cls in (blocks.StructBlock, blocks.StreamBlock) else cls.__name__

    def stream(self, block, name=None):
        """The component name of StreamBlock `block`'s union (added to `schemas`)."""
        name = name or self.name_of(block, "Stream")
        if self._claim(name, block):
            return name
        self.schemas[name] = {}  # reserved: a recursive stream refers to itself
        mapping = {}
        for child_name, child in block.child_blocks.items():
            item_name = f"{name}_{child_name}"
            self.schemas[item_name] = {
                "type": "object",
                "properties": {"type": {"const": child_name}, "id": {"type": "string"},
                               "value": self.value(child, item_name)},
                "required": ["type", "id", "value"],
                "additionalProperties": False,
                "description": f"The `{child_name}` block of {name}"
                               + (f" ({child.label})." if getattr(child, "label", None) else "."),
            }
            mapping[child_name] = f"#/components/schemas/{item_name}"
        self.schemas[name] = {
            "oneOf": [{"$ref": target} for target in mapping.values()],
            "discriminator": {"propertyName": "type", "mapping": mapping},
            "description": f"One block of a {name} stream, by `type`.",
        }
        return name

    def value(self, block, where):
        """The schema of `block`'s value as the API serves it; `where` names anonymous parts."""
        if isinstance(block, blocks.RichTextBlock):
            return _described({"type": "string", "contentMediaType": "text/html"}, block)
        if isinstance(block, ImageChooserBlock):
            return _nullable_ref("Image")
        if isinstance(block, DocumentChooserBlock):
            return _nullable_ref("Document")
        if isinstance(block, blocks.PageChooserBlock):
            return _nullable_ref("PageRef")
        if isinstance(block, blocks.StructBlock):
            return _ref(self.struct(block, f"{where}_value"))
        if isinstance(block, blocks.ListBlock):
            return {"type": "array", "items": self.value(block.child_block, f"{where}_item")}
        if isinstance(block, blocks.StreamBlock):
            return {"type": "array", "items": _ref(self.stream(block, self.name_of(block, f"{where}_stream")))}
        if isinstance(block, blocks.MultipleChoiceBlock):
            return _described({"type": "array", "items": {"type": "string", "enum": self.choices(block)}}, block)
        if isinstance(block, blocks.ChoiceBlock):
            values = self.choices(block) + ([] if block.required else [""])
            return _described({"type": "string", "enum": values}, block)
        if is_text_block(block):
            return _described({"type": "string"}, block)
        if isinstance(block, blocks.StaticBlock):
            return {"type": "null"}
        for kind, schema in SCALAR_BLOCKS:
            if isinstance(block, kind):
                return _described(dict(schema) if block.required else {**schema, "type": [schema["type"], "null"]},
                                  block)
        raise TypeError(f"no OpenAPI schema for {type(block).__name__} blocks: add a rule to cms/api/block_schemas.py "
                        "(and its representation to cms.api.fields.StreamRenderer)")

    @staticmethod
    def choices(block):
        return [str(value) for value, _label in block.field.choices if value not in ("", None)]

    def struct(self, block, fallback):
        name = self.name_of(block, fallback)
        if self._claim(name, block):
            return name
        self.schemas[name] = {
            "type": "object",
            "properties": {child_name: self.value(child, f"{name}_{child_name}")
                           for child_name, child in block.child_blocks.items()},
            "required": list(block.child_blocks),
            "additionalProperties": False,
        }
        if getattr(block, "label", None):
            self.schemas[name]["description"] = str(block.label)
        return name


def api_stream_fields():
    """[(model, field name, StreamBlock)] of every StreamField the API serves (models' api_fields
    with cms.api.fields.StreamField serializers)."""
    from django.apps import apps

    from cms.api.fields import StreamField as StreamApiField

    found = []
    for model in apps.get_models():
        for api_field in getattr(model, "api_fields", None) or ():
            serializer = getattr(api_field, "serializer", None)
            if isinstance(serializer, StreamApiField):
                found.append((model, api_field.name, model._meta.get_field(serializer.source_field).stream_block))
    return found
