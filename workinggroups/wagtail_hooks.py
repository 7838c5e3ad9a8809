"""Admin: a flat "Working groups" listing of profiles (country, type, status, locale) with filters."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.content.editing import FlatListingViewSet
from workinggroups import wagtail_hooks_embed  # noqa: F401 - the "Embed this profile" admin view
from workinggroups.models import WorkingGroupPage


class WorkingGroupListingViewSet(FlatListingViewSet):
    model = WorkingGroupPage
    icon = "group"
    menu_label = _("Working groups")
    menu_order = 120
    extra_columns = ["country", "group_type", "status", "locale"]
    list_filter = ["group_type", "status", "locale"]
    ordering = ["country", "scope", "title"]


@hooks.register("register_admin_viewset")
def register_working_group_listing():
    return WorkingGroupListingViewSet("working_group_profiles")
