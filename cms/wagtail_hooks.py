"""Admin registration of the shared snippets (topics, organisations)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import cms.publishing.wagtail_hooks  # noqa: F401  (document serving, release schedule)
import cms.translation.wagtail_hooks  # noqa: F401  (translation workflow hooks)
from cms.content.rich_text import LocalizedPageLinkHandler
from cms.models import Organisation, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "pillar", "website", "locale"]
    list_filter = ["pillar", "locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
register_snippet(OrganisationViewSet)


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own PageLinkHandler
def register_page_links(features):
    features.register_link_type(LocalizedPageLinkHandler)
