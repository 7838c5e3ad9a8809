"""Admin: a flat "News releases" listing (date, kind, locale) with filters, beside the page tree."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.content.editing import FlatListingViewSet
from news.models import NewsReleasePage


class NewsReleaseListingViewSet(FlatListingViewSet):
    model = NewsReleasePage
    icon = "doc-full-inverse"
    menu_label = _("News releases")
    menu_order = 110
    extra_columns = ["publication_date", "kind", "locale"]
    list_filter = ["kind", "publication_date", "locale", "topics"]
    ordering = ["-publication_date", "-pk"]


@hooks.register("register_admin_viewset")
def register_news_release_listing():
    return NewsReleaseListingViewSet("news_releases")
