"""Admin for partner webhooks (cms/api/webhooks.py): staff with the webhook model permissions
register a URL and a secret; the delivery log is read-only (view permission)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.models import Webhook, WebhookDelivery


class WebhookViewSet(ModelViewSet):
    model = Webhook
    icon = "link-external"
    form_fields = ["name", "url", "secret", "active"]
    list_display = ["name", "url", "active"]
    copy_view_enabled = False


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Deliveries are written by the worker only: staff may view them, never add or edit."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action == "view"])


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    form_fields = ["status"]
    list_display = ["webhook", "event", "status", "attempts", "last_status_code", "last_error", "updated_at"]
    list_filter = ["status", "event", "webhook"]
    inspect_view_enabled = True
    copy_view_enabled = False


register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery))


class WebhooksGroup(ViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link-external"
    menu_order = 900
    items = (WebhookViewSet("webhooks"), WebhookDeliveryViewSet("webhook_deliveries"))
