"""The page permission policy of the three roles (docs/translation.md, "What each role can do").

Wagtail decides every page action through `page.permissions_for_user(user)`, a
`PagePermissionTester`: the admin's views, bulk actions, listing buttons and action menus, and
wagtail-localize's translation editor all ask it. `PolicyPermissionTester` narrows Wagtail's rules;
`PolicyPage` (a mixin on every page model of the project) makes pages use it, which is the
extension point Wagtail documents for this (`Page.permissions_for_user`).

The rules, on top of the group page permissions that `cms.translation.roles` grants:

- Deleting, moving, unpublishing, changing privacy and converting to or from an alias need the
  *delete* page permission (Moderators, on the root) or a superuser. One exception keeps
  abandoned attempts from piling up: whoever may add pages may delete a page they created that
  has never been published and has no sub-pages and no translations.
- Copying needs the *add* permission (Translators translate; they do not create pages).
- A translation (a page in another language than the default one) may be published only while
  its source page in the default language is live: what goes live in Spanish was approved in
  English. Submitting for translation and syncing need the same of the source page, and that it
  is not waiting in a workflow.

Superusers are not narrowed. The views that bypass the tester (wagtail-localize's "Convert to alias
page" and "Sync translated pages", which check only editing or the submit permission) are guarded
in `cms/translation/wagtail_hooks.py` and `cms/translation/admin_views.py` with the functions below.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, PagePermissionTester

from cms.publishing.visibility import not_aliases


def source_page(page):
    """The default-language page `page` is a translation of (None for a default-language page or
    a page with no source)."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    return (not_aliases(Page.objects.filter(translation_key=page.translation_key, locale=default))
            .only("pk", "live", "locale_id", "path", "depth", "translation_key").first())


def translation_refusal(page):
    """Why `page` (a default-language page) may not be submitted for translation or synced now, or None.

    Only live pages that are not waiting for approval: the text that wagtail-localize copies is the
    page's published text, and a page that was never published has no approved text to copy.
    """
    if not page.live:
        return _("“%(title)s” is a draft: it can be translated once it has been published "
                 "(releases once a moderator has approved them).") % {"title": page.get_admin_display_title()}
    if page.workflow_in_progress:
        return _("“%(title)s” is waiting for approval: it can be translated once a moderator has approved it.") % {
            "title": page.get_admin_display_title()}
    return None


class PolicyPermissionTester(PagePermissionTester):
    """Wagtail's tester, narrowed to the roles' policy (see the module docstring)."""

    def is_moderator(self):
        return self.user.is_active and (self.user.is_superuser or "delete" in self.permissions)

    def _own_unpublished_attempt(self):
        page = self.page
        return ("add" in self.permissions and page.owner_id == self.user.pk and page.first_published_at is None
                and not page.live and page.is_leaf()
                and not Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exists())

    def can_delete(self, ignore_bulk=False):
        if not super().can_delete(ignore_bulk=ignore_bulk):
            return False
        return self.is_moderator() or self._own_unpublished_attempt()

    def can_move(self):
        return self.is_moderator() and super().can_move()

    def can_unpublish(self):
        return self.is_moderator() and super().can_unpublish()

    def can_set_view_restrictions(self):
        return self.is_moderator() and super().can_set_view_restrictions()

    def can_convert_alias(self):
        """Turn an alias into a page, or a translation back into an alias (not a Wagtail method)."""
        return self.is_moderator() and self.can_edit()

    def can_copy(self):
        if not self.user.is_superuser and "add" not in self.permissions:
            return False
        return super().can_copy()

    @cached_property
    def _source_is_live(self):
        source = source_page(self.page)
        return source is None or source.live

    def can_publish(self):
        if not super().can_publish():
            return False
        return self.user.is_superuser or self._source_is_live


class PolicyPage:
    """Mixin for every page model: Wagtail asks `permissions_for_user` for every page action."""

    def permissions_for_user(self, user):
        return PolicyPermissionTester(user, self)


def can_convert_alias(user, page):
    return PolicyPermissionTester(user, page).can_convert_alias()
