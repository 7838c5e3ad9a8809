"""Admin: a flat "News releases" listing (date, kind, locale) with filters, beside the page tree."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet

from cms.content.editing import ListingChooseParentView
from news.models import NewsReleasePage


class NewsReleaseListingViewSet(PageListingViewSet):
    model = NewsReleasePage
    icon = "doc-full-inverse"
    menu_label = _("News releases")
    menu_order = 110
    add_to_admin_menu = True
    choose_parent_view_class = ListingChooseParentView  # back to this listing after saving
    # The page listing's own columns (title, parent, updated, status) plus the release's facts.
    list_display = PageListingViewSet.columns + ["publication_date", "kind", "locale"]
    list_filter = ["kind", "publication_date", "locale", "topics"]
    ordering = ["-publication_date", "-pk"]


@hooks.register("register_admin_viewset")
def register_news_release_listing():
    return NewsReleaseListingViewSet("news_releases")
