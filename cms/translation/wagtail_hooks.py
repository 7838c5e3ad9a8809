"""Admin hooks of the translation workflow: safe PO upload, submit redirect, dashboard panel, new sections' roles."""

from django.urls import path
from wagtail import hooks
from wagtail.models import Locale

from cms.publishing.visibility import is_alias
from cms.translation.admin_views import (
    SubmitPageForTranslationView,
    TranslationsPanel,
    upload_pofile,
    user_works_on_translations,
)


# order=-1: these URLs must come before wagtail-localize's, so the same address (which its editor
# posts to) reaches our view.
@hooks.register("register_admin_urls", order=-1)
def register_safe_po_upload():
    return [
        path("localize/translate/<int:translation_id>/pofile/upload/", upload_pofile, name="vpi_upload_pofile"),
        path("localize/submit/page/<int:page_id>/", SubmitPageForTranslationView.as_view(),
             name="vpi_submit_page_translation"),
    ]


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    if user_works_on_translations(request.user):
        panels.append(TranslationsPanel(request))


@hooks.register("after_create_page")
def grant_roles_on_new_section(request, page):
    """A new top-level English section gets the Editors' publish permission (and a news index its workflow)."""
    if page.depth == 3 and page.locale_id == Locale.get_default().pk and not is_alias(page):
        from cms.translation.roles import ensure_roles

        ensure_roles()
