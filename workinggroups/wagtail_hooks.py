"""Admin: a flat "Working groups" listing of profiles (country, type, status, locale) with filters."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from cms.content.editing import ListingChooseParentView
from workinggroups import wagtail_hooks_embed  # noqa: F401 - the "Embed this profile" admin view
from workinggroups.models import WorkingGroupPage


class WorkingGroupListingViewSet(PageListingViewSet):
    model = WorkingGroupPage
    icon = "group"
    menu_label = _("Working groups")
    menu_order = 120
    add_to_admin_menu = True
    choose_parent_view_class = ListingChooseParentView  # back to this listing after saving
    list_display = PageListingViewSet.columns + ["country", "group_type", "status", "locale"]
    list_filter = ["group_type", "status", "locale"]
    ordering = ["country", "scope", "title"]


@hooks.register("register_admin_viewset")
def register_working_group_listing():
    return WorkingGroupListingViewSet("working_group_profiles")
