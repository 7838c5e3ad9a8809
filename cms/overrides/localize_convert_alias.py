"""wagtail-localize's "Convert to alias page" address, answered by a permission-checked wrapper.

Replaces: wagtail_localize.views.convert.convert_to_alias at its address
(admin/localize/page/<page_id>/convert_to_alias/, URL name wagtail_localize:convert_to_alias).
Registered with order=-1 in register_admin_urls (cms/translation/wagtail_hooks.py); the view is
cms.translation.admin_views.convert_to_alias_if_allowed, which calls upstream's view once the
roles' policy allows it.
Checked against: wagtail-localize 1.14.5 (wagtail 8.0.1).

What it buys: correctness (issue #15). Upstream lets anyone who may edit the page replace a
translation by the source text and delete its translation record; the docs reserve that for
Moderators.

Delete when: wagtail-localize checks a dedicated permission for the conversion (or offers a hook);
if its address changes, tests/overrides/test_localize_urls.py fails.
"""

from django.urls import path

ROUTE = "localize/page/<int:page_id>/convert_to_alias/"
NAME = "vpi_convert_to_alias"
UPSTREAM_NAME = "wagtail_localize:convert_to_alias"


def url(view):
    """The admin URL pattern putting `view` at wagtail-localize's "convert to alias" address."""
    return path(ROUTE, view, name=NAME)
