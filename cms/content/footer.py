"""The site footer: contact details and social links, one translatable snippet per locale.

A snippet rather than a BaseSiteSetting because wagtail-localize translates snippets (the
address and the heading differ by language) while site settings are one row per site.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

SOCIAL_PLATFORMS = [
    ("linkedin", "LinkedIn"),
    ("x", "X (Twitter)"),
    ("youtube", "YouTube"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("other", _("Other")),
]


class SocialLinkValue(blocks.StructValue):
    def display_label(self):
        return self.get("label") or dict(SOCIAL_PLATFORMS).get(self.get("platform")) or self.get("url")


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS, label=_("Platform"))
    url = blocks.URLBlock(label=_("Address"))
    label = blocks.CharBlock(label=_("Link text"), required=False,
                             help_text=_("Leave blank to use the platform's name."))

    class Meta:
        icon = "link"
        value_class = SocialLinkValue


@register_snippet
class SiteFooter(TranslatableMixin, models.Model):
    """What the footer of every page shows: who to contact and where the Initiative is online."""

    contact_heading = models.CharField(_("contact heading"), max_length=100, default="Contact")
    organisation_name = models.CharField(_("organisation name"), max_length=200, blank=True,
                                         help_text=_("e.g. VPI Secretariat"))
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    social_links = StreamField([("link", SocialLinkBlock())], verbose_name=_("social links"), blank=True)
    note = models.CharField(_("footer note"), max_length=300, blank=True,
                            help_text=_("A short line at the very bottom, e.g. a copyright notice."))

    panels = [
        MultiFieldPanel([FieldPanel("contact_heading"), FieldPanel("organisation_name"), FieldPanel("address"),
                         FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")),
        FieldPanel("social_links"),
        FieldPanel("note"),
    ]
    translatable_fields = [
        TranslatableField("contact_heading"),
        TranslatableField("organisation_name"),
        TranslatableField("address"),
        SynchronizedField("email", overridable=True),
        SynchronizedField("phone", overridable=True),
        SynchronizedField("social_links"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site footer")
        verbose_name_plural = _("site footer")

    def __str__(self):
        return f"{self.organisation_name or _('Site footer')} ({self.locale})"

    @classmethod
    def for_language(cls, language_code):
        """The footer in this language, else the default locale's, else None (one query)."""
        footers = {f.locale.language_code: f for f in
                   cls.objects.select_related("locale").filter(
                       locale__language_code__in={language_code, settings.LANGUAGE_CODE})}
        return footers.get(language_code) or next(iter(footers.values()), None)
