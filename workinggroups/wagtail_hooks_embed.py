"""Admin: an "Embed this profile" page for each working-group profile, reached from the profile's
header menu (edit view and explorer), with the partner snippets, the oEmbed URL and a preview.

Imported by workinggroups/wagtail_hooks.py so Wagtail registers the hooks below.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.publishing.visibility import is_public
from workinggroups import embeds
from workinggroups.models import WorkingGroupPage


class ProfileEmbedView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "workinggroups/embed/admin.html"
    page_title = _("Embed this profile")
    header_icon = "code"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(WorkingGroupPage, pk=page_id)
        # Whoever may not edit the profile may not read its draft title and snippets here either.
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.get_page_subtitle()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        page = self.page
        public = is_public(page, self.request, site=page.get_site())
        return {**super().get_context_data(**kwargs), "page": page, "public": public,
                "embed": embeds.embed_snippets(page, self.request)}


class EmbedMenuItem(PageMenuItem):
    label = _("Embed this profile")
    icon_name = "code"
    priority = 80

    @property
    def url(self):
        return reverse("workinggroups_embed_admin", args=[self.page.pk])


@hooks.register("register_admin_urls")
def register_embed_admin_url():
    return [path("working-groups/<int:page_id>/embed/", ProfileEmbedView.as_view(), name="workinggroups_embed_admin")]


@hooks.register("register_page_header_buttons")
def embed_header_button(page, user, view_name, next_url=None):
    if page.specific_class is WorkingGroupPage and page.permissions_for_user(user).can_edit():
        yield EmbedMenuItem(page=page)
