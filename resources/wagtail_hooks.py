"""Admin: a flat "Resources" listing of the library (type, publication date, locale) with filters."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.content.editing import FlatListingViewSet
from resources.models import ResourcePage


class ResourceListingViewSet(FlatListingViewSet):
    model = ResourcePage
    icon = "folder-open-inverse"
    menu_label = _("Resources")
    menu_order = 130
    extra_columns = ["resource_type", "publication_date", "locale"]
    list_filter = ["resource_type", "publication_date", "locale", "topics"]
    ordering = ["-publication_date", "title"]


@hooks.register("register_admin_viewset")
def register_resource_listing():
    return ResourceListingViewSet("resource_pages")
