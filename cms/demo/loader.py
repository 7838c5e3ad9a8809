"""Builds the demo content in the default locale's tree, idempotently.

Everything is found again by a stable key before it is created (pages: parent + slug; topics: slug;
organisations: name; images and documents: title in the demo collection), and nothing that exists
is touched, so a second run adds no rows and no revisions. Pages are created in dependency order:
indexes, resources, profiles (which link resources), standard pages, releases (which link all of
them), then the home page's featured content.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import transaction
from django.utils import translation
from django_countries.fields import Country
from wagtail.models import Locale, Page

from cms.content.footer import SiteFooter
from cms.demo import media
from cms.demo.news import RELEASES
from cms.demo.pages import FOOTER, HOME, INDEXES, MENU, STANDARD_PAGES
from cms.demo.resources import RESOURCES
from cms.demo.snippets import ORGANISATIONS, TOPICS
from cms.demo.workinggroups import PROFILES
from cms.models import Organisation, Topic
from cms.translation.bootstrap import ensure_home_pages
from home.models import HomePage, HomePageFeaturedResource, HomePagePinnedRelease, StandardPage
from news.models import NewsIndexPage, NewsReleasePage, NewsReleaseResource, NewsReleaseWorkingGroup
from resources.models import ResourceIndexPage, ResourceLanguageVersion, ResourcePage
from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage, WorkingGroupResource

LINK = re.compile(r"\[\[(?P<slug>[\w-]+)\|(?P<text>[^\]]+)\]\]")


@dataclass
class Demo:
    """What the run found or made, by key; `created` counts only what this run added."""

    locale: Locale
    home: Page = None
    pages: dict = field(default_factory=dict)
    topics: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)
    created: dict = field(default_factory=dict)

    def count(self, kind):
        self.created[kind] = self.created.get(kind, 0) + 1

    def link(self, html):
        """Replace [[slug|text]] with a rich-text link to that demo page."""
        def page_link(match):
            return f'<a linktype="page" id="{self.pages[match["slug"]].pk}">{match["text"]}</a>'

        return LINK.sub(page_link, html)

    def stream(self, blocks):
        """Resolve links in paragraphs and page slugs in calls to action."""
        resolved = []
        for block_type, value in blocks:
            if block_type == "paragraph":
                value = self.link(value)
            elif block_type == "call_to_action" and value.get("page"):
                value = {**value, "page": self.pages[value["page"]]}
            resolved.append((block_type, value))
        return resolved


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


class DemoConflict(Exception):
    """A page the demo needs exists with another type; the demo never overwrites content."""


def _ensure_page(demo, parent, model, slug, build, draft=False, one_per_parent=False):
    """The child of `parent` with this slug; built by `build()`, added and published if missing.

    With one_per_parent (the section indexes) any existing child of the type will do, whatever
    its slug, since a home page may hold only one of each.
    """
    children = Page.objects.child_of(parent)
    existing = (model.objects.child_of(parent).first() if one_per_parent else None) or \
        children.filter(slug=slug).first()
    if existing is not None:
        existing = existing.specific
        if not isinstance(existing, model):
            raise DemoConflict(f"{parent.url_path}{slug}/ exists but is a {type(existing).__name__}, "
                               f"not a {model.__name__}; rename or move it and run load_demo again.")
        demo.pages[slug] = existing
        return existing
    page = build()
    page.slug = slug
    page.locale = demo.locale
    if draft:
        page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if not draft:
        revision.publish()
    demo.count(model._meta.model_name)
    demo.pages[slug] = page
    return page


def _snippets(demo):
    for slug, name, description in TOPICS:
        topic, created = Topic.objects.get_or_create(
            slug=slug, locale=demo.locale, defaults={"name": name, "description": description}
        )
        demo.topics[slug] = topic
        if created:
            demo.count("topic")
    for name, pillar, website in ORGANISATIONS:
        organisation, created = Organisation.objects.get_or_create(
            name=name, locale=demo.locale, defaults={"pillar": pillar, "website": website}
        )
        demo.organisations[name] = organisation
        if created:
            demo.count("organisation")


def _indexes(demo):
    models = {"news": NewsIndexPage, "working-groups": WorkingGroupIndexPage, "resources": ResourceIndexPage}
    for slug, data in INDEXES.items():
        _ensure_page(demo, demo.home, models[slug], slug, lambda data=data, slug=slug: models[slug](**data),
                     one_per_parent=True)


def _language_name(code):
    return LANG_INFO.get(code, {}).get("name", code)


def _resources(demo):
    library = demo.pages["resources"]
    for data in RESOURCES:
        cover, redrawn = media.get_or_replace_cover_image(f"Cover: {data['title']}", data["slug"], data["type"])
        if redrawn:  # an earlier demo's cover with the title drawn in
            demo.count("resource cover")

        def build(data=data, cover=cover):
            precision, value = data["date"] or ("day", None)
            if value and len(value) == 4:
                value += "-01-01"
            elif value and len(value) == 7:
                value += "-01"
            versions = []
            for language, own_title in data["versions"]:
                name = _language_name(language)
                document = media.get_or_create_document(
                    f"{data['title']} ({name})", f"{data['slug']}-{language}.pdf",
                    [f"Placeholder for the {name} version of this resource, made for the VPI CMS demo content; "
                     "the real document is not reproduced here.", data["summary"], f"Source: {data['source']}"],
                )
                versions.append(ResourceLanguageVersion(language=language, title=own_title, document=document))
            page = ResourcePage(
                title=data["title"], summary=data["summary"], resource_type=data["type"],
                publication_date=_date(value), publication_date_precision=precision,
                cover_image=cover,
            )
            page.topics = [demo.topics[slug] for slug in data["topics"]]
            page.language_versions = versions
            return page

        _ensure_page(demo, library, ResourcePage, data["slug"], build)


def _country_picture(country):
    """The outline picture of a country (shared by its profiles) and its alt text; the releases'
    pictures are drawn the same way (`_release_picture`), so the alt texts share their Spanish."""
    image, _redrawn = media.get_or_replace_map_image(f"Country outline: {country.name}",
                                                      f"country-{country.code.lower()}", country.code,
                                                      colour_index=PROFILE_PICTURE_COLOUR)
    return image, f"Map with {country.name} highlighted in teal."


PROFILE_PICTURE_COLOUR = 4  # one palette colour for every profile: the directory's cards read as a set


def _give_profile_its_picture(demo, page, image, alt):
    """A profile from before profiles had pictures gets its outline, once: in its latest revision
    (published if the page was live without pending edits, else left as a draft for the editors).
    A profile with a picture, or with alt text but no picture (an editor removed it), is theirs."""
    # The latest revision, not the page row: a draft's row does not carry its revisions' fields.
    latest = page.get_latest_revision_as_object()
    if latest.featured_image_id or latest.featured_image_alt:
        return
    # Decided before saving: for a live page without pending edits, Wagtail returns the page itself
    # as its latest revision, and save_revision() then marks it as having unpublished changes.
    publish = page.live and not page.has_unpublished_changes
    latest.featured_image, latest.featured_image_alt = image, alt
    revision = latest.save_revision()
    if publish:
        revision.publish()
    demo.count("profile picture")


def _profiles(demo):
    directory = demo.pages["working-groups"]
    for data in PROFILES:
        image, alt = _country_picture(Country(data["country"]))

        def build(data=data, image=image, alt=alt):
            contact_name, contact_email = data.get("contact", ("", ""))
            page = WorkingGroupPage(
                title=data["title"], summary=data["summary"], country=data["country"], scope=data["scope"],
                group_type=data["type"], status=data["status"], launch_date=_date(data.get("launch_date")),
                launch_year=data.get("launch_year"),
                convenor=demo.organisations.get(data.get("convenor")),
                activities=demo.stream(data.get("activities", [])),
                meeting_rhythm=data.get("meeting_rhythm", ""), contact_name=contact_name,
                contact_email=contact_email, data_note=data["data_note"],
                featured_image=image, featured_image_alt=alt,
                **data.get("counts", {}),
            )
            page.supporting_governments = [demo.organisations[name] for name in data.get("supporting", [])]
            page.resource_links = [WorkingGroupResource(resource=demo.pages[slug])
                                   for slug in data.get("resources", [])]
            return page

        page = _ensure_page(demo, directory, WorkingGroupPage, data["slug"], build, draft=data.get("draft", False))
        _give_profile_its_picture(demo, page, image, alt)


def _standard_pages(demo):
    for data in STANDARD_PAGES:
        _ensure_page(demo, demo.home, StandardPage, data["slug"], lambda data=data: StandardPage(
            title=data["title"], intro=data["intro"], body=demo.stream(data["body"])))


OLD_ALT_PREFIX = "Placeholder picture"  # the alt text of earlier demos' pictures with words in them


def _release_picture(demo, data, number):
    """The release's picture (its first working group's country, else the world) and its alt text.
    A release still showing an earlier demo's placeholder gets the new alt text in a new revision."""
    image_title = (data.get("image") or (f"Release: {data['title']}",))[0]
    groups = [demo.pages[slug] for slug in data.get("working_groups", []) if slug in demo.pages]
    country = groups[0].country if groups else None
    image, _redrawn = media.get_or_replace_map_image(image_title, f"release-{data['slug']}",
                                                      country.code if country else "", colour_index=number)
    alt = (f"Map with {country.name} highlighted in teal." if country
           else "World map in the site's colours.")
    existing = NewsReleasePage.objects.filter(slug=data["slug"], locale=demo.locale).first()
    if existing is not None and existing.featured_image_alt.startswith(OLD_ALT_PREFIX):
        existing.featured_image_alt = alt
        if existing.live and not existing.has_unpublished_changes:
            existing.save_revision().publish()
        else:
            NewsReleasePage.objects.filter(pk=existing.pk).update(featured_image_alt=alt)
        demo.count("release picture")
    return image, alt


def _releases(demo):
    news = demo.pages["news"]
    for number, data in enumerate(RELEASES):
        image, alt = _release_picture(demo, data, number)

        def build(data=data, image=image, alt=alt):
            page = NewsReleasePage(
                title=data["title"], publication_date=_date(data["date"]), dateline=data["dateline"],
                kind=data["kind"], summary=data["summary"], body=demo.stream(data["body"]),
                featured_image=image, featured_image_alt=alt,
            )
            page.topics = [demo.topics[slug] for slug in data.get("topics", [])]
            page.working_group_links = [NewsReleaseWorkingGroup(working_group=demo.pages[slug])
                                        for slug in data.get("working_groups", [])]
            page.resource_links = [NewsReleaseResource(resource=demo.pages[slug])
                                   for slug in data.get("resources", [])]
            return page

        _ensure_page(demo, news, NewsReleasePage, data["slug"], build)


def _home(demo):
    """Fill the home page's featured content once; an edited home page is left as the editors made it."""
    home = demo.home
    if home.about_text or home.pinned_releases.exists() or home.featured_resources.exists():
        return
    home.working_groups_intro = HOME["working_groups_intro"]
    home.about_title = HOME["about_title"]
    home.about_text = demo.link(HOME["about_text"])
    # sort_order is set explicitly: only the admin's InlinePanel fills it, and rows without it come
    # back in arbitrary order on PostgreSQL.
    home.pinned_releases = [HomePagePinnedRelease(release=demo.pages[slug], sort_order=i)
                            for i, slug in enumerate(HOME["pinned"])]
    home.featured_resources = [HomePageFeaturedResource(resource=demo.pages[slug], sort_order=i)
                               for i, slug in enumerate(HOME["featured_resources"])]
    home.save_revision().publish()
    demo.count("home page update")


def _retire_hero_picture(demo):
    """Earlier demos put a picture with the headline drawn into it behind the home hero; the hero
    is now text over a CSS background. Take that one picture off every home that still shows it
    (a picture chosen by the editors is theirs and stays)."""
    image = media.find_image(media.OLD_HERO_TITLE)
    if image is None:
        return
    for home in HomePage.objects.filter(hero_image=image):
        home.hero_image = None
        if home.live and not home.has_unpublished_changes:
            home.save_revision().publish()
        else:
            HomePage.objects.filter(pk=home.pk).update(hero_image=None)
        demo.count("home page update")


def _footer(demo):
    """The footer snippet in the default locale, once; an existing footer is the editors'."""
    if SiteFooter.objects.filter(locale=demo.locale).exists():
        return
    SiteFooter.objects.create(locale=demo.locale, **FOOTER)
    demo.count("footer")


def _menus(demo):
    """Put the sections in the primary navigation, in every language the page already has (a
    database loaded before the menu existed, or translated since); pages already in it are left
    alone, so a second run changes nothing."""
    keys = [demo.pages[slug].translation_key for slug in MENU if slug in demo.pages]
    for page in Page.objects.filter(translation_key__in=keys, show_in_menus=False).specific():
        page.show_in_menus = True
        if page.live and not page.has_unpublished_changes:
            page.save_revision().publish()
        else:  # a draft or unpublished edits: leave the editors' draft as it is, flag the page itself
            Page.objects.filter(pk=page.pk).update(show_in_menus=True)
        demo.count("menu entry")


@transaction.atomic
def load_demo():
    """Load the demo content; returns {kind: number created by this run} (empty on a second run).
    Written in the default language whatever language is active: country names go into English
    text (alt texts), which the Spanish demo then translates."""
    with translation.override(settings.LANGUAGE_CODE):
        return _load_demo()


def _load_demo():
    homes = ensure_home_pages()
    locale = Locale.get_default()
    demo = Demo(locale=locale, home=homes[locale.language_code])
    _snippets(demo)
    _indexes(demo)
    _resources(demo)
    _profiles(demo)
    _standard_pages(demo)
    _releases(demo)
    _home(demo)
    _menus(demo)
    _footer(demo)
    _retire_hero_picture(demo)
    return demo.created
