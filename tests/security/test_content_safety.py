"""Rich text and embeds: Wagtail's sanitising strips scripts and javascript: links, no StreamField
offers a raw-HTML block, and oEmbed asks only the allow-listed providers (YouTube, Vimeo)."""

import json

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.finders import get_finders
from wagtail.fields import StreamField

from cms.content.blocks import RICH_TEXT_FEATURES


def test_script_in_draftail_input_is_escaped_and_javascript_links_dropped():
    widget = blocks.RichTextBlock(features=RICH_TEXT_FEATURES).field.widget
    contentstate = {
        "blocks": [{
            "key": "a", "type": "unstyled", "depth": 0, "text": "<script>alert(1)</script> click",
            "inlineStyleRanges": [], "entityRanges": [{"offset": 26, "length": 5, "key": 0}], "data": {},
        }],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}},
    }
    html = widget.value_from_datadict({"body": json.dumps(contentstate)}, {}, "body")
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html


def test_html_input_is_whitelisted():
    html = EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(
        '<p onclick="steal()">text<script>alert(1)</script><a href="javascript:alert(1)">x</a>'
        '<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe><style>*{}</style></p>'
    )
    for forbidden in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<style", "<img"):
        assert forbidden not in html


def _walk(block, path):
    yield path, block
    children = getattr(block, "child_blocks", None) or {}
    for name, child in children.items():
        yield from _walk(child, f"{path}.{name}")
    if getattr(block, "child_block", None) is not None:  # ListBlock
        yield from _walk(block.child_block, f"{path}[]")


def test_no_streamfield_offers_raw_html():
    stream_fields = [
        (f"{model._meta.label}.{field.name}", field.stream_block)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    ]
    assert stream_fields, "expected the content models' StreamFields"
    for label, stream_block in stream_fields:
        for path, block in _walk(stream_block, label):
            assert not isinstance(block, blocks.RawHTMLBlock), f"raw HTML block at {path}"


def test_rich_text_features_exclude_embeds_and_images():
    # Media belongs in the dedicated blocks (alt text, allow-listed providers), not inside rich text.
    assert "embed" not in RICH_TEXT_FEATURES and "image" not in RICH_TEXT_FEATURES


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://vimeo.com/76979871",
        "https://player.vimeo.com/video/76979871",
    ],
)
def test_allow_listed_providers_are_accepted(url):
    assert any(finder.accept(url) for finder in get_finders())


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/someone/videos/1",
        "https://twitter.com/someone/status/1",
        "https://soundcloud.com/someone/track",
        "https://evil.example/oembed?url=x",
        "https://www.youtube.com.evil.example/watch?v=1",
        "javascript:alert(1)",
    ],
)
def test_other_providers_are_refused(url, db):
    assert not any(finder.accept(url) for finder in get_finders())
    # The block's validation turns it into a form error, without any network request.
    with pytest.raises(ValidationError):
        block = EmbedBlock()
        block.clean(block.to_python(url))
