"""wagtail-localize's "Translate this page" address, answered by our subclass of its view.

Replaces: wagtail_localize.views.submit_translations.SubmitPageTranslationView at its address
(admin/localize/submit/page/<id>/, URL name wagtail_localize:submit_page_translation, which the
page's action menu links to). Our URL is registered with order=-1 in register_admin_urls
(cms/translation/wagtail_hooks.py), so Django's resolver reaches it first; the view is
cms.translation.admin_views.SubmitPageForTranslationView, overriding the public method
get_default_success_url(translated_page=None).
Checked against: wagtail-localize 1.14.5 (wagtail 8.0.1).

What it buys: correctness, not speed. Upstream sends the submitter to the new translation's
editor; an Editor may not edit Spanish pages (Translators do) and would land on "permission
denied"; ours sends them back to the source page's section (tests/translation/test_roles.py).

Delete when: wagtail-localize redirects to a page the submitter may edit (or offers a setting or
hook for the success URL); if its address or the method changes,
tests/overrides/test_localize_urls.py fails.
"""

from django.urls import path

ROUTE = "localize/submit/page/<int:page_id>/"
NAME = "vpi_submit_page_translation"
UPSTREAM_NAME = "wagtail_localize:submit_page_translation"


def url(view):
    """The admin URL pattern putting `view` at wagtail-localize's "submit page" address."""
    return path(ROUTE, view, name=NAME)
