"""Admin registration of the shared snippets (topics, organisations)."""

from wagtail import hooks
from wagtail.models import get_page_models
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import cms.translation.wagtail_hooks  # noqa: F401  (translation workflow hooks)
from cms.content.editing import editing_viewsets
from cms.models import Organisation, Topic
from cms.overrides.page_links import LocalizedPageLinkHandler
from cms.translation.policy import PolicyPage


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


@hooks.register("register_admin_viewset")
def register_page_editing_viewsets():
    """Every page type of the project gets the editing views of cms/content/editing.py."""
    return editing_viewsets([model for model in get_page_models() if issubclass(model, PolicyPage)])


@hooks.register("register_admin_viewset")
def register_webhooks_admin():
    from cms.api.admin import WebhooksGroup

    return WebhooksGroup()
