"""Factories for the suite, in one place. Pages are created under a given parent and published.

Usage: `release = NewsReleasePageFactory(parent=news_index)`; index factories take `parent=home`.
"""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from cms.models import Organisation, Topic
from home.models import StandardPage
from news.models import NewsIndexPage, NewsReleasePage, NewsReleaseResource, NewsReleaseWorkingGroup
from resources.models import ResourceIndexPage, ResourceLanguageVersion, ResourcePage
from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage


def default_locale():
    return Locale.get_default()


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(default_locale)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    pillar = Organisation.Pillar.GOVERNMENT
    locale = factory.LazyFunction(default_locale)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="resource.pdf", data=b"%PDF-1.4\n% test\n")


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "An introduction."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsReleasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsReleasePage

    title = factory.Sequence(lambda n: f"Release {n}")
    publication_date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    dateline = "Santiago, Chile"
    summary = factory.Sequence(lambda n: f"Summary of release {n}.")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body text.</p>")])


class WorkingGroupIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkingGroupIndexPage

    title = "Working groups"
    slug = "working-groups"


class WorkingGroupPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkingGroupPage

    title = factory.Sequence(lambda n: f"Working group {n}")
    summary = "A multi-stakeholder working group."
    country = "CL"
    group_type = WorkingGroupPage.GroupType.VPI
    status = WorkingGroupPage.Status.ACTIVE


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Resources"
    slug = "resources"


class ResourcePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A practical resource."
    resource_type = ResourcePage.ResourceType.GUIDANCE
    publication_date = datetime.date(2023, 6, 1)


class ResourceLanguageVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResourceLanguageVersion

    language = "en"
    document = factory.SubFactory(DocumentFactory)


class NewsReleaseWorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsReleaseWorkingGroup


class NewsReleaseResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsReleaseResource


def translate(page, locale, **fields):
    """A published translation of `page` (and of its parents when missing) with `fields` changed:
    what a translator does in the editor, without going through wagtail-localize's segments."""
    parent = page.get_parent()
    if parent.depth > 2 and parent.get_translation_or_none(locale) is None:
        translate(parent.specific, locale)
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def translate_snippet(obj, locale, **fields):
    """A saved translation of a snippet (topic, organisation) with `fields` changed."""
    copy = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def searchable_pages(home, indexes, start, count):
    """`count` published pages of the four searchable types, each titled with "Dialogue"."""
    for n in range(start, start + count):
        kind = n % 4
        if kind == 0:
            NewsReleasePageFactory(parent=indexes["news"], title=f"Dialogue {n}")
        elif kind == 1:
            WorkingGroupPageFactory(parent=indexes["groups"], title=f"Dialogue group {n}")
        elif kind == 2:
            resource = ResourcePageFactory(parent=indexes["library"], title=f"Dialogue guide {n}")
            ResourceLanguageVersionFactory(page=resource)
        else:
            StandardPageFactory(parent=home, title=f"Dialogue page {n}")


def use_publicly(*media):
    """Make images and documents public (cms.publishing.visibility.public_media_q): one live page of
    the default site shows them all in its body (images as embeds, documents as links)."""
    from wagtail.documents import get_document_model
    from wagtail.models import Site

    parts = [f'<a linktype="document" id="{item.pk}">file</a>' if isinstance(item, get_document_model())
             else f'<embed embedtype="image" id="{item.pk}" format="left" alt="a"/>' for item in media]
    home = Site.objects.get(is_default_site=True).root_page
    return NewsReleasePageFactory(parent=home, body=[("paragraph", f"<p>x{''.join(parts)}</p>")])
