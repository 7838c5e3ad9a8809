"""Home page and standard pages."""

from django.apps import apps
from django.db import models
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.api import fields as api
from cms.content.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.content.panels import UniqueInlinePanel
from cms.publishing.visibility import limit_to, public_descendants
from cms.translation.fields import PAGE_TRANSLATABLE_FIELDS
from cms.translation.policy import PolicyPage

LATEST_RELEASES_ON_HOME = 3
WORKING_GROUPS_ON_HOME = 6


class HomePage(PolicyPage, Page):
    """The root of each language's tree: hero, news, working groups, resources, about."""

    hero_title = models.CharField(_("hero title"), max_length=160, help_text=_("The large headline at the top."))
    hero_text = models.TextField(_("hero text"), max_length=500, help_text=_("One or two sentences under it."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("A wide photograph, at least 1600 px across."),
    )
    working_groups_intro = models.TextField(
        _("working groups introduction"), blank=True,
        help_text=_("Shown above the working-groups highlight."),
    )
    about_title = models.CharField(_("about title"), max_length=160, blank=True,
                                   help_text=_('The heading of the about section, e.g. "About the Initiative".'))
    about_text = RichTextField(_("about text"), features=RICH_TEXT_FEATURES, blank=True,
                               help_text=_("A short description of the Initiative."))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
                        heading=_("Hero")),
        UniqueInlinePanel("pinned_releases", max_num=3, label=_("Pinned releases"), unique_field="release",
                          help_text=_("Up to three releases shown first; the latest releases follow.")),
        FieldPanel("working_groups_intro"),
        UniqueInlinePanel("featured_resources", max_num=6, label=_("Featured resources"), unique_field="resource",
                          help_text=_("Up to six resources from the library.")),
        MultiFieldPanel([FieldPanel("about_title"), FieldPanel("about_text")], heading=_("About")),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("about_text")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("hero_title"),
        TranslatableField("hero_text"),
        SynchronizedField("hero_image", overridable=True),
        TranslatableField("working_groups_intro"),
        TranslatableField("about_title"),
        TranslatableField("about_text"),
        SynchronizedField("pinned_releases"),
        SynchronizedField("featured_resources"),
    ]

    api_fields = [
        "hero_title", "hero_text", APIField("hero_image", serializer=api.ImageField("hero_image")),
        "working_groups_intro", "about_title", APIField("about_text", serializer=api.RichTextField("about_text")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "news.NewsIndexPage", "workinggroups.WorkingGroupIndexPage",
                     "resources.ResourceIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(latest_releases=self.latest_releases(request),
                       highlighted_working_groups=self.highlighted_working_groups(request),
                       featured_resources=self.featured_resource_pages(request))
        return context

    def latest_releases(self, request=None):
        """Pinned releases first, then the newest, all public pages under this home (its locale's
        tree; never an alias). Two queries: the ids of the newest few, then those and the pinned ones
        (by translation key: links point at the source pages); the newest not pinned fill up the list."""
        release_model = apps.get_model("news", "NewsReleasePage")
        # The page conditions in a correlated EXISTS, none on the outer query: the newest are read
        # from the release date index (news_release_date_idx) and the pinned ones by translation key,
        # whatever the number of releases (see NewsIndexPage.releases).
        releases = limit_to(release_model.objects.all(), public_descendants(self, request))
        # The newest ids are read first (a short walk of the index): as a subquery OR-ed with the
        # pinned ones, PostgreSQL checked every release (100 ms at 10,000 releases).
        newest = list(releases.order_by("-publication_date", "-pk").values_list("pk", flat=True)
                      [:LATEST_RELEASES_ON_HOME * 2])
        found = _linked(releases, self.pinned_releases, "release", extra=Q(pk__in=newest))
        pinned = sorted((page for page in found if page.link_order is not None), key=lambda page: page.link_order)
        rest = sorted((page for page in found if page.link_order is None),
                      key=lambda page: (page.publication_date, page.pk), reverse=True)
        return pinned + rest[:LATEST_RELEASES_ON_HOME]

    def highlighted_working_groups(self, request=None):
        """Active profiles of this page's locale for the working-groups highlight, newest first."""
        profile_model = apps.get_model("workinggroups", "WorkingGroupPage")
        # The page conditions in an EXISTS: the database starts from the few profiles, not from an
        # index over every page of the locale.
        profiles = limit_to(profile_model.objects.filter(status=profile_model.Status.ACTIVE),
                            public_descendants(self, request))
        return list(
            profiles
            # nulls_last: PostgreSQL sorts NULL first in descending order, SQLite last.
            .order_by(F("launch_date").desc(nulls_last=True), F("launch_year").desc(nulls_last=True), "title")
            [:WORKING_GROUPS_ON_HOME]
        )

    def featured_resource_pages(self, request=None):
        """The featured resources in this page's locale (links point at the source pages), in order."""
        resource_model = apps.get_model("resources", "ResourcePage")
        resources = limit_to(resource_model.objects.all(), public_descendants(self, request))
        return sorted(_linked(resources, self.featured_resources, "resource"), key=lambda page: page.link_order)


def _linked(pages, links, field, extra=None):
    """The pages of `pages` that the home page's links point at (by translation key: links point at
    the source pages), plus those matching `extra`, each with `link_order` (None when not linked).
    One query: the links are a subquery, except in a preview, where they are in memory."""
    rows = links.all()
    extra = extra if extra is not None else Q(pk__in=[])
    if isinstance(rows, QuerySet):
        keys = rows.values(f"{field}__translation_key")
        link = rows.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).order_by("sort_order", "pk")
        # By primary key (rowid lookups), the keys resolved through the translation_key index.
        # The two sets as a UNION, not OR-ed: PostgreSQL then reads the few ids first rather than
        # checking every page against both (100 ms at 10,000 releases).
        by_key = Q(pk__in=Page.objects.filter(translation_key__in=keys).order_by().values("pk")
                   .union(Page.objects.filter(extra).order_by().values("pk"), all=True))
        found = list(pages.filter(by_key)
                     .annotate(link_sort=Subquery(link.values("sort_order")[:1]),
                               link_pk=Subquery(link.values("pk")[:1])))
        for page in found:  # Orderable's order; sort_order may be unset: then the links' creation order
            page.link_order = (page.link_sort or 0, page.link_pk) if page.link_pk is not None else None
        return found
    keys = [getattr(row, field).translation_key for row in rows if getattr(row, f"{field}_id")]
    order = {key: n for n, key in reversed(list(enumerate(keys)))}
    found = list(pages.filter(Q(translation_key__in=keys) | extra))
    for page in found:
        page.link_order = order.get(page.translation_key)
    return found


class HomePagePinnedRelease(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="pinned_releases")
    release = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("release"),
                                help_text=_("A news release to show before the latest ones."))
    panels = [PageChooserPanel("release", page_type="news.NewsReleasePage")]


class HomePageFeaturedResource(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_resources")
    resource = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("resource"),
                                 help_text=_("A resource from the library to feature on the home page."))
    panels = [PageChooserPanel("resource", page_type="resources.ResourcePage")]


class StandardPage(PolicyPage, Page):
    """A generic content page: about the Principles, the Initiative, contact."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600,
                             help_text=_("A short lead paragraph, also used in listings and search results."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True,
                       help_text=_("The page text: paragraphs, headings, quotes, images and links."))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro", boost=1.5), index.SearchField("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro"), TranslatableField("body")]

    api_fields = ["intro", APIField("body", serializer=api.StreamField("body"))]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
