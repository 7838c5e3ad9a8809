"""The working-group directory (index) and working-group profiles."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.api import fields as api
from cms.content.blocks import ActivitiesBlock
from cms.content.listing import ListingPage
from cms.content.panels import UniqueInlinePanel
from cms.publishing.visibility import limit_to, public_children, public_pages
from cms.translation.fields import PAGE_TRANSLATABLE_FIELDS
from cms.translation.locales import default_locale_q
from cms.translation.policy import PolicyPage
from workinggroups.listing import DirectoryListing
from workinggroups.profile import profile_context


class WorkingGroupIndexPage(ListingPage):
    """The directory of In-Country Working Groups."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000,
                             help_text=_("What In-Country Working Groups are, in two or three sentences."))

    listing = DirectoryListing
    subpage_types = ["workinggroups.WorkingGroupPage"]

    class Meta:
        verbose_name = _("working-group directory")

    def profiles(self, request=None):
        """The directory's public profiles, by country (the site scope read once per request when
        there is one)."""
        return limit_to(WorkingGroupPage.objects.all(), public_children(self, request)).order_by(
            "country", "scope", "title")

    listed_items = profiles


def default_locale_governments_q():
    return default_locale_q() & Q(pillar="government")


class WorkingGroupPage(PolicyPage, Page):
    """The profile of one In-Country Working Group."""

    class GroupType(models.TextChoices):
        VPI = "vpi", _("VPI In-Country Working Group")
        PARTNER = "partner", _("Partner In-Country Working Group")

    class Status(models.TextChoices):
        FORMING = "forming", _("Forming")
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    summary = models.TextField(
        _("summary"), max_length=400,
        help_text=_("Plain text, one or two sentences. Used in the directory, embeds, search and the API."),
    )
    country = CountryField(_("country"), help_text=_("Names appear in the reader's language."))
    featured_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("featured image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown at the top of the profile, on its card in the directory and in link previews."),
    )
    featured_image_alt = models.CharField(
        _("featured image alternative text"), max_length=250, blank=True,
        help_text=_("Describe the image for people who cannot see it. Required when there is an image."),
    )
    scope = models.CharField(
        _("region or city"), max_length=120, blank=True,
        help_text=_('Leave blank for a national group; e.g. "Lima" or "South Kivu" for a local one.'),
    )
    group_type = models.CharField(
        _("type"), max_length=20, choices=GroupType.choices, default=GroupType.VPI,
        help_text=_("VPI groups are created and supported by the Initiative; partner groups are run by others "
                    "and work with it."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE,
        help_text=_("Forming: planned or being set up. Closed: no longer meets."),
    )
    launch_date = models.DateField(_("launch date"), null=True, blank=True,
                                   help_text=_("The day the group was launched, if known."))
    launch_year = models.PositiveSmallIntegerField(
        _("launch year"), null=True, blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("When only the year is known. Ignored when a launch date is set."),
    )
    convenor = models.ForeignKey(
        "cms.Organisation", verbose_name=_("convenor or secretariat"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="convened_groups", limit_choices_to=default_locale_q,
        help_text=_("The organisation that convenes the group or runs its secretariat."),
    )
    supporting_governments = ParentalManyToManyField(
        "cms.Organisation", verbose_name=_("supporting governments"), blank=True, related_name="supported_groups",
        limit_choices_to=default_locale_governments_q,
        help_text=_("Governments that fund, host or otherwise support the group."),
    )
    participants = ParentalManyToManyField(
        "cms.Organisation", verbose_name=_("participating organisations"), blank=True,
        related_name="participating_groups", limit_choices_to=default_locale_q,
        help_text=_("Only organisations that have agreed to be named publicly."),
    )
    companies_count = models.PositiveIntegerField(_("companies"), null=True, blank=True,
                                                  help_text=_("How many companies take part. Blank if unknown."))
    government_count = models.PositiveIntegerField(
        _("government bodies"), null=True, blank=True,
        help_text=_("How many government bodies take part. Blank if unknown."),
    )
    civil_society_count = models.PositiveIntegerField(
        _("civil society organisations"), null=True, blank=True,
        help_text=_("How many NGOs, community and academic organisations take part. Blank if unknown."),
    )
    activities = StreamField(
        ActivitiesBlock(), verbose_name=_("objectives and activities"), blank=True,
        help_text=_("What the group aims for and what it does: headings, paragraphs and lists."),
    )
    meeting_rhythm = models.CharField(_("meeting rhythm"), max_length=200, blank=True,
                                      help_text=_('e.g. "Quarterly plenary meetings".'))
    contact_name = models.CharField(
        _("contact"), max_length=200, blank=True,
        help_text=_('Who to contact about the group, e.g. "VPI Secretariat". Optional.'),
    )
    contact_email = models.EmailField(_("contact email"), blank=True,
                                      help_text=_("A shared address rather than a person's, where possible."))
    data_note = models.TextField(
        _("note on sources"), blank=True,
        help_text=_("Shown to readers: which facts are unconfirmed or where they come from."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("featured_image"), FieldPanel("featured_image_alt")],
                        heading=_("Featured image")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("country"), FieldPanel("scope")]),
            FieldRowPanel([FieldPanel("group_type"), FieldPanel("status")]),
            FieldRowPanel([FieldPanel("launch_date"), FieldPanel("launch_year")]),
        ], heading=_("The group")),
        MultiFieldPanel([
            FieldPanel("convenor"),
            FieldPanel("supporting_governments", widget=forms.CheckboxSelectMultiple),
            FieldRowPanel([FieldPanel("companies_count"), FieldPanel("government_count"),
                           FieldPanel("civil_society_count")]),
            FieldPanel("participants", widget=forms.CheckboxSelectMultiple),
        ], heading=_("Participants")),
        FieldPanel("activities"),
        MultiFieldPanel([FieldPanel("meeting_rhythm"), FieldRowPanel([FieldPanel("contact_name"),
                                                                       FieldPanel("contact_email")])],
                        heading=_("Practicalities")),
        UniqueInlinePanel("resource_links", label=_("Related resources"), unique_field="resource"),
        FieldPanel("data_note"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),  # above body text (search/backends)
        index.SearchField("scope"),
        index.SearchField("activities"),
        index.FilterField("country"),
        index.FilterField("group_type"),
        index.FilterField("status"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        SynchronizedField("featured_image", overridable=True),
        TranslatableField("featured_image_alt"),
        SynchronizedField("country"),
        TranslatableField("scope"),
        SynchronizedField("group_type"),
        SynchronizedField("status"),
        SynchronizedField("launch_date"),
        SynchronizedField("launch_year"),
        SynchronizedField("convenor"),
        SynchronizedField("supporting_governments"),
        SynchronizedField("participants"),
        SynchronizedField("companies_count"),
        SynchronizedField("government_count"),
        SynchronizedField("civil_society_count"),
        TranslatableField("activities"),
        TranslatableField("meeting_rhythm"),
        TranslatableField("contact_name"),
        SynchronizedField("contact_email", overridable=True),
        TranslatableField("data_note"),
        SynchronizedField("resource_links"),
    ]

    # The API representation (cms.api.fields); the embed cards render from the same one.
    api_fields = [
        "summary",
        APIField("featured_image", serializer=api.ImageField("featured_image", alt_field="featured_image_alt")),
        APIField("country", serializer=api.CountryField("country")),
        "scope",
        APIField("group_type", serializer=api.ChoiceField("group_type")),
        APIField("status", serializer=api.ChoiceField("status")),
        "launch_date",
        "launch_year",
        APIField("convenor", serializer=api.RelationField(api.SnippetRelation("convenor", "organisation",
                                                                              many=False))),
        APIField("supporting_governments", serializer=api.RelationField(
            api.SnippetRelation("supporting_governments", "organisation"))),
        APIField("participants", serializer=api.RelationField(api.SnippetRelation("participants", "organisation"))),
        "companies_count",
        "government_count",
        "civil_society_count",
        APIField("activities", serializer=api.StreamField("activities")),
        "meeting_rhythm",
        "contact_name",
        "contact_email",
        "data_note",
        APIField("resources", serializer=api.RelationField(api.PageRelation("resource_links", "resource"))),
    ]

    parent_page_types = ["workinggroups.WorkingGroupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("working-group profile")
        # The API's and the directory's order (by country, then scope).
        indexes = [models.Index(fields=["country", "scope"], name="workinggroups_country_idx")]

    def clean(self):
        super().clean()
        if self.launch_date and self.launch_year and self.launch_date.year != self.launch_year:
            raise ValidationError({"launch_year": _("The launch year differs from the launch date's year; "
                                                    "clear one of them.")})
        if self.featured_image_id and not self.featured_image_alt.strip():
            raise ValidationError({"featured_image_alt": _("Describe the featured image for people who cannot "
                                                           "see it.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(profile_context(self, request))
        return context

    @property
    def activities_open_with_heading(self):
        """The editors' own first heading stands for the section's: no "Objectives and activities"
        above "Objectives"."""
        return bool(self.activities) and self.activities[0].block_type == "heading"

    @property
    def launched(self):
        """The launch date, or the year alone when that is all that is known."""
        return self.launch_date or self.launch_year

    def releases(self, request=None):
        """Public releases in this profile's locale that relate to it, newest first (the site scope
        read once per request when there is one).

        Release links point at the source-locale profile, so match on the translation key. Both
        conditions are correlated EXISTS, as in NewsIndexPage.releases: the database walks the
        release date index and stops after the rows it needs (no DISTINCT, no sort of every match).
        """
        release_model = apps.get_model("news", "NewsReleasePage")
        visible = public_pages(Page.objects.filter(pk=OuterRef("pk"), locale_id=self.locale_id), request)
        linked = release_model.working_group_links.rel.related_model.objects.filter(
            page_id=OuterRef("pk"), working_group__translation_key=self.translation_key)
        return release_model.objects.filter(Exists(visible), Exists(linked)).order_by("-publication_date", "-pk")


class WorkingGroupResource(Orderable):
    page = ParentalKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="resource_links")
    resource = models.ForeignKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="working_group_links",
        verbose_name=_("resource"), help_text=_("A resource by or about this working group."),
    )
    panels = [PageChooserPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource")
