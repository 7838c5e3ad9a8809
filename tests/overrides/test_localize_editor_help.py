"""Contract: our translation editor template (cms/overrides/localize_editor_help.py) is wagtail-localize
1.14.5's content block plus the fenced help, nothing else: upstream's block, as installed, must equal
ours without the fenced lines. An upgrade that changes upstream's template fails here."""

import re
from pathlib import Path

import wagtail_localize
from django.template.loader import get_template

from cms.overrides import localize_editor_help

UPSTREAM = Path(wagtail_localize.__file__).resolve().parent / "templates" / localize_editor_help.TEMPLATE


def content_block(source):
    start = source.index("{% block content %}")
    end = source.index("{% endblock %}", source.index('class="js-translation-editor"')) + len("{% endblock %}")
    return source[start:end]


def without_fence(block):
    fence = re.escape(localize_editor_help.BEGIN) + r".*?" + re.escape(localize_editor_help.END) + r"\n\s*"
    assert len(re.findall(fence, block, flags=re.S)) == 1
    return re.sub(fence, "", block, flags=re.S)


def test_ours_is_upstreams_block_plus_the_fence():
    ours = localize_editor_help.OURS.read_text()
    upstream = UPSTREAM.read_text()
    assert without_fence(content_block(ours)) == content_block(upstream)
    assert ours.startswith('{% extends "wagtail_localize/admin/edit_translation.html" %}')  # upstream's, by name
    assert upstream.startswith('{% extends "wagtailadmin/generic/edit.html" %}')


def test_ours_is_the_one_django_finds():
    assert Path(get_template(localize_editor_help.TEMPLATE).origin.name) == localize_editor_help.OURS
