"""wagtail-localize's "Sync translated pages" address, answered by our subclass of its view.

Replaces: wagtail_localize.views.update_translations.UpdateTranslationsView at its address
(admin/localize/update/<translation_source_id>/, URL name wagtail_localize:update_translations,
which the page's action menu links to). Registered with order=-1 in register_admin_urls
(cms/translation/wagtail_hooks.py), so Django's resolver reaches it first; the view is
cms.translation.admin_views.SyncTranslationsView.
Checked against: wagtail-localize 1.14.5 (wagtail 8.0.1).

What it buys: correctness (issue #15). Upstream checks only the submit permission and, with
"Publish immediately", publishes every translation as the submitter: an Editor could publish
unapproved text in Spanish. Ours applies the roles' policy (cms/translation/policy.py).

Delete when: wagtail-localize checks publish permission per translation on sync (or offers a hook
for it); if its address changes, tests/overrides/test_localize_urls.py fails.
"""

from django.urls import path

ROUTE = "localize/update/<int:translation_source_id>/"
NAME = "vpi_update_translations"
UPSTREAM_NAME = "wagtail_localize:update_translations"


def url(view):
    """The admin URL pattern putting `view` at wagtail-localize's "sync translated pages" address."""
    return path(ROUTE, view, name=NAME)
