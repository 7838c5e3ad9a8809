"""The API's tables: stored items (cms/api/store.py), rebuilt from published pages and dropped
through an indexed table of what each page's items show; the change feed (cms/api/changes.py);
partner webhooks with their delivery log (cms/api/webhooks.py)."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiRepresentation(models.Model):
    """A page's API item, stored when it is published and looked up by the API (cms/api/store.py).

    One row per page, kind (a listing item with every field, or the detail) and display language
    (the language relations and labels are shown in), for one API base URL. Visibility is never
    stored: the API filters pages at query time and only then reads their rows.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8)
    display_language = models.CharField(max_length=16)
    base_url = models.CharField(max_length=255)
    data = models.TextField()
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "kind", "display_language", "base_url"],
                                    name="cms_apirepresentation_unique"),
        ]

    def __str__(self):
        return f"{self.kind} of page {self.page_id} in {self.display_language}"


class ApiDependency(models.Model):
    """Something a page's stored items show besides the page itself, as a token: page:<translation
    key>, snippet:<translation key>, image:<id> or document:<id>. A change to it drops the stored
    items of every page that shows it, found through the (token, page) index."""

    token = models.CharField(max_length=64)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["token", "page"], name="cms_apidependency_unique")]

    def __str__(self):
        return f"page {self.page_id} shows {self.token}"


class ContentChange(models.Model):
    """One entry of the change feed (/api/v2/changes/, cms/api/changes.py): a page was published
    (first time, or again after an unpublish), updated (published while live), unpublished or
    deleted. The id is the feed's cursor. Pages are named by id; a deleted page's row stays."""

    class Action(models.TextChoices):
        PUBLISHED = "published", _("published")
        UPDATED = "updated", _("updated")
        UNPUBLISHED = "unpublished", _("unpublished")
        DELETED = "deleted", _("deleted")

    id = models.BigAutoField(primary_key=True)
    action = models.CharField(max_length=12, choices=Action.choices)
    page_id = models.PositiveIntegerField(db_index=True)
    page_type = models.CharField(max_length=100)  # app_label.ModelName, as meta.type
    locale = models.CharField(max_length=16)
    translation_key = models.UUIDField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("content change")
        verbose_name_plural = _("content changes")

    def __str__(self):
        return f"{self.action} {self.page_type} {self.page_id} ({self.locale})"


def new_secret():
    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    """A partner's endpoint: every published, updated, unpublished or deleted public page is POSTed
    to `url` as JSON signed with `secret` (cms/api/webhooks.py)."""

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(_("URL"), max_length=500,
                          help_text=_("Where events are sent (HTTPS in production), as a signed JSON POST."))
    secret = models.CharField(_("secret"), max_length=128, default=new_secret,
                              help_text=_("Shared with the partner to verify the X-VPI-Signature header."))
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name"]

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one webhook: the delivery log shown in the admin."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        RETRYING = "retrying", _("retrying")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("failed (gave up)")

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries",
                                verbose_name=_("webhook"))
    change = models.ForeignKey(ContentChange, on_delete=models.SET_NULL, null=True, related_name="+")
    event = models.CharField(_("event"), max_length=12)
    payload = models.TextField()
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_status_code = models.PositiveSmallIntegerField(_("last response"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-pk"]

    def __str__(self):
        return f"{self.event} to {self.webhook} ({self.status})"
