"""wagtail-localize's PO upload address, answered by our safe upload view.

Replaces: wagtail_localize.views.edit_translation.upload_pofile at its address
(admin/localize/translate/<id>/pofile/upload/, URL name wagtail_localize:upload_pofile, which
the translation editor posts to). Our URL is registered with order=-1 in register_admin_urls
(cms/translation/wagtail_hooks.py), so Django's resolver reaches it first; the view itself is
cms.translation.admin_views.upload_pofile.
Checked against: wagtail-localize 1.14.5 (wagtail 8.0.1).

What it buys: correctness, not speed. Upstream answers a PO file without its
X-WagtailLocalize-TranslationID header (and files polib fails on with other than OSError) with a
server error, and imports fuzzy entries; ours refuses broken, foreign or stale files with a
message, changing nothing, and skips fuzzy entries (tests/translation/test_po_files.py).

Delete when: wagtail-localize's upload_pofile refuses header-less files with a message and leaves
fuzzy entries out; if its address changes, tests/overrides/test_localize_urls.py fails.
"""

from django.urls import path

ROUTE = "localize/translate/<int:translation_id>/pofile/upload/"
NAME = "vpi_upload_pofile"
UPSTREAM_NAME = "wagtail_localize:upload_pofile"


def url(view):
    """The admin URL pattern putting `view` at wagtail-localize's PO upload address."""
    return path(ROUTE, view, name=NAME)
