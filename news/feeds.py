"""RSS 2.0 and Atom feeds of news releases, per language and per working group.

URLs (inside i18n_patterns, so the language is the path prefix): /<lang>/feeds/news.rss,
/<lang>/feeds/news.atom, /<lang>/feeds/working-groups/<profile slug>.rss and .atom. Only live,
public, non-alias releases of the active locale appear, newest first.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import linebreaks
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.links import absolute, page_url
from cms.publishing.visibility import public_pages
from news.models import NewsIndexPage
from workinggroups.models import WorkingGroupPage

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, group_slug=None):
        self.request = request
        try:
            locale = Locale.objects.get(language_code=get_language())
        except Locale.DoesNotExist as exc:
            raise Http404 from exc
        index = public_pages(NewsIndexPage.objects.filter(locale=locale), request).first()
        group = None
        if group_slug is not None:
            group = public_pages(WorkingGroupPage.objects.filter(locale=locale, slug=group_slug), request).first()
            if group is None:
                raise Http404
        if index is None and group is None:
            raise Http404
        return {"locale": locale, "index": index, "group": group}

    def title(self, obj):
        if obj["group"] is not None:
            return _("%(group)s: news from the Voluntary Principles Initiative") % {"group": obj["group"].title}
        return _("News from the Voluntary Principles Initiative")

    def link(self, obj):
        return page_url(obj["group"] or obj["index"], self.request)

    def feed_url(self, obj):
        return absolute(self.request, self.request.path)

    def description(self, obj):
        return _("News releases, statements and event reports of the Voluntary Principles Initiative on "
                 "Security and Human Rights.")

    subtitle = description  # Atom's name for the description

    def items(self, obj):
        if obj["group"] is not None:
            releases = obj["group"].releases(self.request)
        else:
            releases = obj["index"].releases(self.request)
        return list(releases.prefetch_related("topics")[:FEED_LENGTH])  # releases() leaves aliases out

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers render an RSS <description> and an Atom <summary type="html"> as HTML: the plain-text
        # summary is escaped and its paragraphs marked up, so "<" or "&" in it stay text.
        return linebreaks(item.summary, autoescape=True)

    def item_link(self, item):
        return page_url(item, self.request)

    def item_guid(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.publication_date, datetime.time(0, 0)),
                                   datetime.UTC)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed

