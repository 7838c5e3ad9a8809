"""The news index and news releases."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.api import fields as api
from cms.content.blocks import BodyBlock
from cms.content.listing import ListingPage
from cms.content.panels import UniqueInlinePanel
from cms.content.related import linked_pages, localized_topics
from cms.publishing.visibility import limit_to, public_children
from cms.translation.fields import PAGE_TRANSLATABLE_FIELDS
from cms.translation.locales import default_locale_q
from cms.translation.policy import PolicyPage
from news.listing import NewsListing
from resources.models import ResourcePage
from workinggroups.models import WorkingGroupPage


class NewsIndexPage(ListingPage):
    """Lists the releases below it, newest first."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600,
                             help_text=_("A sentence or two above the list of releases."))

    listing = NewsListing
    subpage_types = ["news.NewsReleasePage"]

    class Meta:
        verbose_name = _("news index")

    def releases(self, request=None):
        """Live, public, non-alias releases of this index (its children), newest first; the view
        restrictions are read once per request when there is one.

        The page conditions sit in a correlated EXISTS on the page's primary key, so the database
        walks the releases in the (publication_date, page_ptr) index and stops after the rows it
        needs: a page of the listing costs the same with 1,000 or 10,000 releases. (Joined, SQLite
        picks an index on wagtailcore_page and sorts every release.) Children by path range: a LIKE
        on path uses no index.
        """
        return limit_to(NewsReleasePage.objects.all(), public_children(self, request)).order_by(
            "-publication_date", "-pk")

    def release_pages(self, request=None):
        """The same releases as `releases`, as Page rows: counted from the page table alone, which
        the covering index news_page_release_visible_idx answers without reading a row."""
        release_type = ContentType.objects.filter(app_label="news", model="newsreleasepage").values("pk")
        return public_children(self, request).filter(content_type_id=Subquery(release_type))

    listed_items = releases


class NewsReleasePage(PolicyPage, Page):
    """A news release, statement or event report."""

    class Kind(models.TextChoices):
        RELEASE = "release", _("News release")
        STATEMENT = "statement", _("Statement")
        EVENT_REPORT = "event_report", _("Event report")

    publication_date = models.DateField(
        _("publication date"), default=timezone.localdate,
        help_text=_("The date the release is dated; listings and feeds sort by it."),
    )
    dateline = models.CharField(
        _("dateline"), max_length=120, blank=True,
        help_text=_('Where the news comes from, e.g. "Santiago, Chile".'),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.RELEASE,
        help_text=_("News release for news; statement for a position taken; event report for an account of "
                    "a meeting or event."),
    )
    summary = models.TextField(
        _("summary"), max_length=400,
        help_text=_("Plain text, one to three sentences. Used in listings, feeds, search results, "
                    "link previews and the API."),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("featured image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown at the top of the release and in link previews."),
    )
    featured_image_alt = models.CharField(
        _("featured image alternative text"), max_length=250, blank=True,
        help_text=_("Describe the image for people who cannot see it. Required when there is an image."),
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"),
        help_text=_("The full text: paragraphs, headings, quotes with attribution, images with alternative text, "
                    "embeds, documents, calls to action and contacts."),
    )
    topics = ParentalManyToManyField(
        "cms.Topic", verbose_name=_("topics"), blank=True, related_name="releases",
        limit_choices_to=default_locale_q, help_text=_("Readers can filter news by these."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("publication_date"), FieldPanel("kind")]), FieldPanel("dateline")],
            heading=_("Release details"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("featured_image"), FieldPanel("featured_image_alt")],
                        heading=_("Featured image")),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        UniqueInlinePanel("working_group_links", label=_("Related working groups"), unique_field="working_group",
                          help_text=_("The release appears on these groups' profiles.")),
        UniqueInlinePanel("resource_links", label=_("Related resources"), unique_field="resource"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),  # above body text (search/backends)
        index.SearchField("body"),
        index.SearchField("dateline"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("publication_date"),
        index.FilterField("kind"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("publication_date"),
        TranslatableField("dateline"),
        SynchronizedField("kind"),
        TranslatableField("summary"),
        SynchronizedField("featured_image", overridable=True),
        TranslatableField("featured_image_alt"),
        TranslatableField("body"),
        SynchronizedField("topics"),
        SynchronizedField("working_group_links"),
        SynchronizedField("resource_links"),
    ]

    # The API representation (cms.api.fields; news/api.py lists the default listing fields).
    api_fields = [
        "publication_date",
        APIField("kind", serializer=api.ChoiceField("kind")),
        "dateline",
        "summary",
        APIField("featured_image", serializer=api.ImageField("featured_image", alt_field="featured_image_alt")),
        APIField("topics", serializer=api.RelationField(api.SnippetRelation("topics", "topic"))),
        APIField("working_groups", serializer=api.RelationField(api.PageRelation("working_group_links",
                                                                                   "working_group"))),
        APIField("resources", serializer=api.RelationField(api.PageRelation("resource_links", "resource"))),
        APIField("body", serializer=api.StreamField("body")),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news release")
        verbose_name_plural = _("news releases")
        # Listings and feeds order by these (NewsIndexPage.releases, HomePage.latest_releases).
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="news_release_date_idx")]

    def get_context(self, request, *args, **kwargs):
        """The release's topics, working groups and resources in the reader's language."""
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent()  # cached by the routing (cms.overrides.routing): no query
        context.update(
            news_index_url=parent.get_url(request) if parent is not None else "",
            topics=localized_topics(self.topics.all(), self.locale_id),
            related_groups=linked_pages(WorkingGroupPage, self.working_group_links, "working_group", self.locale_id,
                                        request),
            related_resources=linked_pages(ResourcePage, self.resource_links, "resource", self.locale_id, request),
        )
        return context

    def clean(self):
        super().clean()
        if self.featured_image_id and not self.featured_image_alt.strip():
            raise ValidationError({"featured_image_alt": _("Describe the featured image for people who cannot "
                                                           "see it.")})


class NewsReleaseWorkingGroup(Orderable):
    """A release's link to a working-group profile (a profile finds its news through it)."""

    page = ParentalKey(NewsReleasePage, on_delete=models.CASCADE, related_name="working_group_links")
    working_group = models.ForeignKey(
        "workinggroups.WorkingGroupPage", on_delete=models.CASCADE, related_name="release_links",
        verbose_name=_("working group"), help_text=_("The release is listed on this working group's profile."),
    )
    panels = [PageChooserPanel("working_group")]

    class Meta(Orderable.Meta):
        verbose_name = _("related working group")


class NewsReleaseResource(Orderable):
    page = ParentalKey(NewsReleasePage, on_delete=models.CASCADE, related_name="resource_links")
    resource = models.ForeignKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="release_links",
        verbose_name=_("resource"), help_text=_("A resource the release mentions or launches."),
    )
    panels = [PageChooserPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource")
