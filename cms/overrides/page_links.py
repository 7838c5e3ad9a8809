"""Page links in rich text, resolved in one query per rich text value.

Replaces: wagtail.rich_text.pages.PageLinkHandler.get_many and expand_db_attributes_many (and,
inside them, Page.localized), registered through the documented register_rich_text_features hook
(features.register_link_type, after Wagtail's own handler: cms/wagtail_hooks.py).
Checked against: wagtail 8.0.1.

Wagtail 8's PageLinkHandler batches the pages of one rich text value (the base pages, then one
query per page type for .specific), but then reads `page.localized.url` per link: one Locale query
each, and one translation query each when the link points at another language. This handler
reads, in one query, the linked pages and their live translations in the active language (base
pages: a URL needs no specific fields; no page type here overrides get_url_parts).

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


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        wanted = [int(i) for i in ids if i.isdigit()]
        condition = Q(id__in=wanted)
        language = active_language() if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else None
        if language:  # Page.localized is the page itself when i18n is off
            condition |= Q(translation_key__in=Page.objects.filter(id__in=wanted).values("translation_key"),
                           locale__language_code=language, live=True)
        pages = list(Page.objects.filter(condition).select_related("locale").defer_streamfields())
        by_id = {str(page.pk): page for page in pages}
        localized = {page.translation_key: page for page in pages
                     if page.live and page.locale.language_code == language}
        for page in by_id.values():  # what Page.localized would give, without its queries
            page._localized = localized.get(page.translation_key, page)
        return [by_id.get(i) for i in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [f'<a href="{escape(page._localized.url)}">' if page else "<a>"
                for page in cls.get_many(attrs_list)]
