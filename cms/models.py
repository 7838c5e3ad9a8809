"""The `cms` app's Django models, defined in their rooms and gathered here for Django (app label
`cms`: tables and migrations are unchanged)."""

from cms.api.models import ApiDependency, ApiRepresentation, ContentChange, Webhook, WebhookDelivery
from cms.content.footer import SiteFooter
from cms.content.models import Organisation, Topic

__all__ = [
    "ApiDependency", "ApiRepresentation", "ContentChange", "Organisation", "SiteFooter", "Topic", "Webhook",
    "WebhookDelivery",
]
