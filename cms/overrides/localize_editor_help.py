"""Help on segments and their tags, in place in wagtail-localize's translation editor.

Replaces: the content block of the template wagtail_localize/admin/edit_translation.html (the page of
its edit_translation view: a page or snippet translation's editor), by
cms/templates/wagtail_localize/admin/edit_translation.html, which extends upstream's template of the
same name and copies that block unchanged but for the fenced lines ("vpi: begin" … "vpi: end") that
include cms/templates/cms/admin/translation_editor_help.html above the segments.
Checked against: wagtail-localize 1.14.5 (wagtail 8.0.1).

What it buys: translators read rich text as tags (<a id="a1">…</a>, <b>…</b>) and were not told what
to do with them where they meet them (issue #15). wagtail-localize offers no hook or block inside
that page's content (the React editor fills it), so the block is copied;
tests/overrides/test_localize_editor_help.py fails when upstream's block changes.

Delete when: wagtail-localize explains segment tags in its editor, or gives its template a block
above the editor (then override only that block).
"""

from pathlib import Path

TEMPLATE = "wagtail_localize/admin/edit_translation.html"
OURS = Path(__file__).resolve().parent.parent / "templates" / TEMPLATE
BEGIN = "{# vpi: begin (cms/overrides/localize_editor_help.py) #}"
END = "{# vpi: end #}"
