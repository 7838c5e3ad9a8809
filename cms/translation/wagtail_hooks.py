"""Admin hooks of the translation workflow: safe PO upload, submit redirect, dashboard panel, new sections' roles."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import Locale

from cms.overrides import localize_convert_alias, localize_po_upload, localize_submit_page, localize_sync
from cms.publishing.visibility import is_alias
from cms.translation.admin_views import (
    SubmitPageForTranslationView,
    SyncTranslationsView,
    TranslationsPanel,
    convert_to_alias_if_allowed,
    upload_pofile,
    user_works_on_translations,
)
from cms.translation.policy import can_convert_alias


# order=-1: these URLs must come before wagtail-localize's, so the same address (which its editor
# posts to) reaches our view. The overrides: cms/overrides/localize_*.py.
@hooks.register("register_admin_urls", order=-1)
def register_safe_po_upload():
    return [
        localize_po_upload.url(upload_pofile),
        localize_submit_page.url(SubmitPageForTranslationView.as_view()),
        localize_sync.url(SyncTranslationsView.as_view()),
        localize_convert_alias.url(convert_to_alias_if_allowed),
    ]


# The policy lives in the page permission tester (cms/translation/policy.py), which the views
# below already ask; these hooks say it again at each destructive view's door, so that a page
# model without the policy mixin cannot slip through, and they guard "convert alias", which
# Wagtail's view allows to anyone who may edit.
def _refuse_unless(allowed):
    if not allowed:
        raise PermissionDenied


@hooks.register("before_delete_page")
def delete_only_by_policy(request, page):
    _refuse_unless(page.permissions_for_user(request.user).can_delete())


@hooks.register("before_move_page")
def move_only_by_policy(request, page, destination):
    _refuse_unless(page.permissions_for_user(request.user).can_move_to(destination))


@hooks.register("before_copy_page")
def copy_only_by_policy(request, page):
    _refuse_unless(page.permissions_for_user(request.user).can_copy())


@hooks.register("before_unpublish_page")
def unpublish_only_by_policy(request, page):
    _refuse_unless(page.permissions_for_user(request.user).can_unpublish())


@hooks.register("before_convert_alias_page")
def convert_alias_only_by_policy(request, page):
    _refuse_unless(can_convert_alias(request.user, page))


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


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """The editor's "Convert to alias page" item (wagtail-localize) only for those who may use it;
    the view refuses everyone else anyway (above)."""
    page = context.get("page")
    if page is not None and page.pk and not can_convert_alias(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]
