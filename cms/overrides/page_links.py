"""Page links in rich text, resolved in one query per rich text value.

Replaces: wagtail.rich_text.pages.PageLinkHandler.get_many and expand_db_attributes_many (and,
inside them, Page.localized), registered through the documented register_rich_text_features hook
(features.register_link_type, after Wagtail's own handler: cms/wagtail_hooks.py).
Checked against: wagtail 8.0.1.

Wagtail 8's PageLinkHandler batches the pages of one rich text value (the base pages, then one
query per page type for .specific), but then reads `page.localized.url` per link: one Locale query
each, and one translation query each when the link points at another language. This handler
reads, in one query, the linked pages and their live versions in every language
(cms.translation.locales.versions; base pages: a URL needs no specific fields; no page type here
overrides get_url_parts), and links each to its live version in the active language, else to
itself, as Page.localized does.

What it buys: a page's query count stays constant in its number of page links (asserted by
tests/site/test_query_budget.py: the standard page's links grow with the list); see
bench/results.md, "Overrides (issue #14)".
Delete when: Wagtail's PageLinkHandler resolves localized links in bulk (a constant number of
queries per value), or a page type overrides get_url_parts (then specific pages are needed).
Contract: tests/overrides/test_page_links.py (against PageLinkHandler's output).
"""

from django.conf import settings
from django.db.models import Q
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.overrides.active_locale import active_language
from cms.translation.locales import pick, versions


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        wanted = [int(i) for i in ids if i.isdigit()]
        among = Page.objects.filter(Q(live=True) | Q(id__in=wanted)).defer_streamfields()
        found = versions(among, Page.objects.filter(id__in=wanted).values("translation_key"))
        by_id = {}
        # Page.localized is the page itself when i18n is off.
        language = active_language() if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else None
        for per_key in found.values():
            live = {code: page for code, page in per_key.items() if page.live}
            localized = pick(live, language, fallback=False) if language else None
            for page in per_key.values():
                if page.pk in wanted:
                    page._localized = localized or page  # what Page.localized would give, without its queries
                    by_id[str(page.pk)] = page
        return [by_id.get(i) for i in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [f'<a href="{escape(page._localized.url)}">' if page else "<a>"
                for page in cls.get_many(attrs_list)]
