"""sitemap.xml (an index with one sitemap per locale, each URL listing its translations as
hreflang alternates) and robots.txt.

Only live, public, non-alias pages under the locale's home appear: drafts, pages behind a view
restriction and wagtail-localize's alias pages (untranslated copies) are left out.
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Count, Max, Q
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms.links import absolute, page_url
from cms.publishing.visibility import public_pages


class LocaleSitemap(Sitemap):
    """The pages of one locale's tree (its home page and everything below it)."""

    def __init__(self, language_code, request=None):
        super().__init__(request)
        self.language_code = language_code

    def items(self):
        # The request's site only: its root's translation in this locale and what lies below it.
        return (public_pages(Page.objects.filter(locale__language_code=self.language_code), self.request)
                .order_by("path").defer_streamfields())

    def get_latest_lastmod(self):
        """The sitemap index's lastmod, in one aggregate (Django's default loads every page to take
        the max of lastmod()): None when any page has no date, as Django's max() then gives."""
        figures = self.items().order_by().aggregate(
            latest=Max(Coalesce("last_published_at", "latest_revision_created_at")),
            undated=Count("pk", filter=Q(last_published_at__isnull=True, latest_revision_created_at__isnull=True)))
        return None if figures["undated"] else figures["latest"]

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        # The translations of the whole batch in one query, for the alternates.
        siblings = defaultdict(list)
        for other in (public_pages(Page.objects.filter(translation_key__in=[p.translation_key for p in pages]),
                                   self.request)
                      .select_related("locale").defer_streamfields()):
            siblings[other.translation_key].append(other)
        urls, last_mods = [], set()
        for item in pages:
            translations = siblings.get(item.translation_key, [item])
            alternates = []
            if len(translations) > 1:
                alternates = [{"lang_code": p.locale.language_code, "location": page_url(p, self.request)}
                              for p in translations]
                default = [a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
                if default:
                    alternates.append({"lang_code": "x-default", "location": default[0]["location"]})
            lastmod = item.last_published_at or item.latest_revision_created_at
            urls.append({"item": item, "location": page_url(item, self.request), "lastmod": lastmod,
                         "alternates": alternates})
            last_mods.add(lastmod)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def _sitemaps(request):
    return {code: LocaleSitemap(code, request) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def sitemap_index(request):
    response = sitemap_views.index(request, _sitemaps(request), sitemap_url_name="sitemap-section")
    # Django writes the request's scheme and host: the one rule instead (cms/links.py).
    for item in response.context_data["sitemaps"]:
        parts = urlsplit(item.location)
        item.location = absolute(request, parts.path + (f"?{parts.query}" if parts.query else ""))
    return response


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, _sitemaps(request), section=section)


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {absolute(request, reverse('sitemap-index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
