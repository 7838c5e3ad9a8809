"""Admin: a flat "Resources" listing of the library (type, publication date, locale) with filters."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from cms.content.editing import ListingChooseParentView
from resources.models import ResourcePage


class ResourceListingViewSet(PageListingViewSet):
    model = ResourcePage
    icon = "folder-open-inverse"
    menu_label = _("Resources")
    menu_order = 130
    add_to_admin_menu = True
    choose_parent_view_class = ListingChooseParentView  # back to this listing after saving
    list_display = PageListingViewSet.columns + ["resource_type", "publication_date", "locale"]
    list_filter = ["resource_type", "publication_date", "locale", "topics"]
    ordering = ["-publication_date", "title"]


@hooks.register("register_admin_viewset")
def register_resource_listing():
    return ResourceListingViewSet("resource_pages")
