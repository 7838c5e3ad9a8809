"""Page links in rich text, resolved in one query per rich text value.

Wagtail 8's PageLinkHandler already batches the pages of one rich text value (get_many: the base
pages, then one query per page type for .specific), but then reads `page.localized.url` per link:
one Locale query each, and one translation query each when the link points at another language.
This handler reads, in one query, the linked pages and their live versions in every language
(cms.translation.locales.versions; base pages: a URL needs no specific fields; no page type here
overrides get_url_parts), and links each to its live version in the active language, else to
itself, as Page.localized does.
"""

from django.db.models import Q
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.overrides.routing import active_language
from cms.translation.locales import pick, versions


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        wanted = [int(i) for i in ids if i.isdigit()]
        among = Page.objects.filter(Q(live=True) | Q(id__in=wanted)).defer_streamfields()
        found = versions(among, Page.objects.filter(id__in=wanted).values("translation_key"))
        by_id = {}
        language = active_language()
        for per_key in found.values():
            live = {code: page for code, page in per_key.items() if page.live}
            localized = pick(live, language, fallback=False)
            for page in per_key.values():
                if page.pk in wanted:
                    page._localized = localized or page  # what Page.localized would give, without its queries
                    by_id[str(page.pk)] = page
        return [by_id.get(i) for i in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [f'<a href="{escape(page._localized.url)}">' if page else "<a>"
                for page in cls.get_many(attrs_list)]
