"""Admin and serving hooks of publishing: direct document URLs follow the public-media rule; the
release schedule (admin view and menu item); moderators read when a release they approve goes live."""

from django.contrib import messages
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from cms.publishing.visibility import is_public_media

# Staff who may pick or edit a document in the admin may download it before it is public (previews).
DOCUMENT_STAFF_ACTIONS = ["choose", "change"]


@hooks.register("before_serve_document")
def hide_non_public_documents(document, request):
    """/documents/<id>/<filename>: a 404 for a document no live, public page uses yet (a draft's, an
    embargoed release's), unless the user may choose or edit it in the admin."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        # Model permissions (the roles' groups, cms/translation/roles.py) or collection permissions.
        if any(user.has_perm(f"wagtaildocs.{action}_document") for action in DOCUMENT_STAFF_ACTIONS):
            return None
        policy = policy_registry.get_by_type(get_document_model())
        if policy.user_has_any_permission_for_instance(user, DOCUMENT_STAFF_ACTIONS, document):
            return None
    if not is_public_media(document, request):
        raise Http404("No such document.")
    return None


@hooks.register("register_admin_urls")
def register_release_schedule_url():
    from django.urls import path

    from cms.publishing.schedule import ReleaseScheduleView

    return [path("release-schedule/", ReleaseScheduleView.as_view(), name="vpi_release_schedule")]


class ReleaseScheduleMenuItem(MenuItem):
    def is_shown(self, request):
        from cms.publishing.schedule import can_see_schedule

        return can_see_schedule(request.user)


@hooks.register("register_admin_menu_item")
def register_release_schedule_menu_item():
    return ReleaseScheduleMenuItem(_("Release schedule"), reverse("vpi_release_schedule"), icon_name="time",
                                   order=250)


@hooks.register("before_edit_page")
def tell_moderators_when_it_goes_live(request, page):
    """A page in moderation with a go-live time: whoever may approve it reads when it will go live."""
    if request.method != "GET":
        return None
    from cms.publishing.schedule import scheduled_go_live

    task_state = page.current_workflow_task_state
    if task_state is None or not page.current_workflow_task.user_can_access_editor(page, request.user):
        return None
    actions = [name for name, _label, _modal in page.current_workflow_task.get_actions(page, request.user)]
    go_live = scheduled_go_live(page)
    if "approve" in actions and go_live is not None:
        messages.info(request, _("Once approved, this page goes live on %(when)s, not at once.") % {
            "when": date_format(timezone.localtime(go_live), "DATETIME_FORMAT")})
    return None
