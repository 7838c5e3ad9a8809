"""The resource library (index) and resources with one file or link per language version."""

import os

from django import forms
from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.api import fields as api
from cms.content.listing import ListingPage
from cms.content.panels import UniqueInlinePanel
from cms.content.related import localized_topics
from cms.publishing.visibility import limit_to, public_children
from cms.translation.fields import PAGE_TRANSLATABLE_FIELDS
from cms.translation.locales import default_locale_q
from cms.translation.policy import PolicyPage
from resources.listing import LibraryListing

# Any language a document may be in, not only the site's languages (named in their own language).
# Regional variants are left out, except the two Chinese scripts, which are different documents.
DOCUMENT_LANGUAGE_CHOICES = sorted(
    (
        (code, info["name_local"][:1].upper() + info["name_local"][1:])
        for code, info in LANG_INFO.items()
        if info.get("name_local") and ("-" not in code or code in ("zh-hans", "zh-hant"))
    ),
    key=lambda item: item[1].lower(),
)


class ResourceIndexPage(ListingPage):
    """The resource library."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000,
                             help_text=_("What the library holds, in a sentence or two."))

    listing = LibraryListing
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")

    def resources(self, request=None):
        """The library's public resources, newest first (the site scope read once per request when
        there is one); undated resources go last, also on PostgreSQL (where NULL sorts first in
        descending order)."""
        return limit_to(ResourcePage.objects.all(), public_children(self, request)).order_by(
            models.F("publication_date").desc(nulls_last=True), "title"
        )

    listed_items = resources


class ResourcePage(PolicyPage, Page):
    """A guidance note, toolkit, report... with its versions in several languages."""

    class ResourceType(models.TextChoices):
        GUIDANCE = "guidance", _("Guidance")
        TOOLKIT = "toolkit", _("Toolkit")
        TRAINING = "training", _("Training material")
        REPORT = "report", _("Report")
        ANNUAL_REPORT = "annual_report", _("Annual report")
        FACT_SHEET = "fact_sheet", _("Fact sheet")
        GOVERNANCE = "governance", _("Governance document")

    summary = models.TextField(
        _("summary"), max_length=600,
        help_text=_("Plain text: what the resource is and who it is for. Used in the library, search and the API."),
    )
    resource_type = models.CharField(
        _("resource type"), max_length=20, choices=ResourceType.choices,
        help_text=_("Readers filter the library by type."),
    )
    class DatePrecision(models.TextChoices):
        DAY = "day", _("Exact date")
        MONTH = "month", _("Month and year only")
        YEAR = "year", _("Year only")

    publication_date = models.DateField(
        _("publication date"), null=True, blank=True,
        help_text=_("When the resource was published. Leave blank if unknown; when only the month or year is "
                    "known, enter its first day and say so below."),
    )
    publication_date_precision = models.CharField(
        _("date known to"), max_length=10, choices=DatePrecision.choices, default=DatePrecision.DAY,
        help_text=_("How much of the publication date is known; readers see only that much."),
    )
    topics = ParentalManyToManyField("cms.Topic", verbose_name=_("topics"), blank=True, related_name="resources",
                                     limit_choices_to=default_locale_q,
                                     help_text=_("Readers can filter the library by these."))
    cover_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("cover image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", help_text=_("The document's cover, if it has one."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("resource_type"),
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("publication_date_precision")]),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("cover_image"),
        UniqueInlinePanel("language_versions", min_num=1, label=_("Language versions"), unique_field="language",
                          duplicate_message=_("This language is already listed; give one version per language."),
                          help_text=_("One file or link per language the resource is available in.")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),  # above body text (search/backends)
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("language_versions", [index.SearchField("title")]),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        SynchronizedField("resource_type"),
        SynchronizedField("publication_date"),
        SynchronizedField("publication_date_precision"),
        SynchronizedField("topics"),
        SynchronizedField("cover_image", overridable=True),
        SynchronizedField("language_versions"),
    ]

    # The API representation (cms.api.fields; resources/api.py lists the default listing fields).
    api_fields = [
        "summary",
        APIField("resource_type", serializer=api.ChoiceField("resource_type")),
        "publication_date",
        APIField("topics", serializer=api.RelationField(api.SnippetRelation("topics", "topic"))),
        APIField("cover_image", serializer=api.ImageField("cover_image")),
        APIField("language_versions", serializer=api.LanguageVersionsField("language_versions")),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        # The API's default order (newest first): the listing walks this index (cms.api.base).
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="resources_date_idx")]

    def get_context(self, request, *args, **kwargs):
        """Every language version with its document, and the topics in the reader's language."""
        context = super().get_context(request, *args, **kwargs)
        context.update(versions=list(self.language_versions.select_related("document")),
                       topics=localized_topics(self.topics.all(), self.locale_id))
        return context

    @property
    def publication_date_display(self):
        """The publication date as precisely as it is known, in the active language ("" when unknown)."""
        if not self.publication_date:
            return ""
        if self.publication_date_precision == self.DatePrecision.YEAR:
            return str(self.publication_date.year)
        if self.publication_date_precision == self.DatePrecision.MONTH:
            return date_format(self.publication_date, "YEAR_MONTH_FORMAT")
        return date_format(self.publication_date, "DATE_FORMAT")


class ResourceLanguageVersion(Orderable):
    """The resource in one language: an uploaded document or a link elsewhere."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="language_versions")
    language = models.CharField(_("language"), max_length=10, choices=DOCUMENT_LANGUAGE_CHOICES,
                                help_text=_("Any language, not only the site's."))
    title = models.CharField(_("title in that language"), max_length=255, blank=True,
                             help_text=_("The document's own title, e.g. its Spanish title."))
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+",
                                 help_text=_("Upload or choose the file (PDF preferred)."))
    external_url = models.URLField(_("or an external address"), blank=True,
                                   help_text=_("Where the file lives when it is published elsewhere."))

    panels = [
        FieldRowPanel([FieldPanel("language"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("document"), FieldPanel("external_url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.external_url):
            raise ValidationError(_("Give either a document or an external address for this language version."))

    @property
    def language_name(self):
        return dict(DOCUMENT_LANGUAGE_CHOICES).get(self.language, self.language)

    @property
    def file_format(self):
        """Upper-case extension, e.g. "PDF", of the document or the linked file."""
        name = self.document.file.name if self.document_id else self.external_url.split("?")[0]
        return os.path.splitext(name)[1].lstrip(".").upper()

    @property
    def file_size(self):
        """Size in bytes of an uploaded document; None for links."""
        return self.document.get_file_size() if self.document_id else None

    @property
    def url(self):
        return self.document.url if self.document_id else self.external_url
