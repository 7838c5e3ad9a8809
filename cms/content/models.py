"""Cross-cutting snippets: topics and organisations, both translatable (the footer: footer.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject that releases and resources are tagged with, e.g. "Human rights defenders"."""

    name = models.CharField(_("name"), max_length=100, help_text=_('Short and plain, e.g. "Human rights defenders".'))
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("Used in filter addresses (?topic=...). The same in every language."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("One or two sentences, optional."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), TranslatableField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A government, company, NGO or observer: convenors, supporters and participants of groups."""

    class Pillar(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        COMPANY = "company", _("Company")
        NGO = "ngo", _("Non-governmental organisation")
        OBSERVER = "observer", _("Observer")

    name = models.CharField(
        _("name"), max_length=200,
        help_text=_('The name the organisation uses publicly, e.g. "Government of Canada".'),
    )
    pillar = models.CharField(
        _("pillar"), max_length=20, choices=Pillar.choices,
        help_text=_("Which VPI pillar the organisation belongs to, or would belong to if it is not a member."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The organisation's own site, optional."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown small, on a white background."),
    )

    panels = [FieldPanel("name"), FieldPanel("pillar"), FieldPanel("website"), FieldPanel("logo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("pillar"),
                     index.FilterField("locale_id")]
    # Names are translated ("Government of Canada" -> "Gobierno de Canadá"); the rest follows the source.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("pillar"),
        SynchronizedField("website", overridable=True),
        SynchronizedField("logo", overridable=True),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
