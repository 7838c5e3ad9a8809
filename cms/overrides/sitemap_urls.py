"""A sitemap section's URLs, with each page's translations as hreflang alternates, in bulk.

Replaces: wagtail.contrib.sitemaps.Sitemap._urls (itself an override of Django's private
django.contrib.sitemaps.Sitemap._urls), which calls `page.specific.get_sitemap_urls(request)` for
each page of the section: one query per page type for `.specific()`, and no alternates.
Checked against: wagtail 8.0.1, Django 5.2.19; tests/overrides/test_sitemap_urls.py pins both
upstream methods' sources and compares the locations and dates with upstream's over a generated tree.

What it buys: a section of any length in two queries (its pages, and their translations for the
alternates), with `x-default` for the default language as Django's i18n sitemaps write it.
Upstream's per-page hook `get_sitemap_urls` is not called: the contract test fails if a project page
type starts overriding it.

Delete when: Wagtail's sitemap writes hreflang alternates for translations and reads a section's
pages in a bounded number of queries (or Django gives sitemaps a public per-page hook).

Overrides import only upstream code: the subclass says which translations are public and what a
page's address is (cms/content/sitemaps.py).
"""

from collections import defaultdict

from django.conf import settings


class BulkSitemapUrls:
    """Mixin for a wagtail.contrib.sitemaps.Sitemap subclass that defines `translations(pages)`
    (the public translations of these pages, any order, each with its locale) and `page_location(page)`."""

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        siblings = defaultdict(list)
        for other in self.translations(pages):
            siblings[other.translation_key].append(other)
        urls, last_mods = [], set()
        for item in pages:
            translations = siblings.get(item.translation_key, [item])
            alternates = []
            if len(translations) > 1:
                alternates = [{"lang_code": p.locale.language_code, "location": self.page_location(p)}
                              for p in translations]
                default = [a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
                if default:
                    alternates.append({"lang_code": "x-default", "location": default[0]["location"]})
            lastmod = item.last_published_at or item.latest_revision_created_at
            urls.append({"item": item, "location": self.page_location(item), "lastmod": lastmod,
                         "alternates": alternates})
            last_mods.add(lastmod)
        # As upstream: the section's lastmod only when every page has one.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
