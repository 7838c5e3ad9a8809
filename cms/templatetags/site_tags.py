"""Template tags for the public site: the page chrome (navigation, language switcher,
breadcrumbs, footer, hreflang alternates, SEO metadata) and small formatting helpers.

`{% site_chrome as chrome %}` computes everything once per request in three queries, whatever
the page: the pages it links to (homes, translations, ancestors, menu), the view restrictions
(shared with the listings) and the footer.
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cms.content import seo
from cms.content.footer import SiteFooter
from cms.links import absolute, page_url
from cms.publishing.renditions import prefetch_page_renditions
from cms.publishing.visibility import children_q, keep_public, public_children

register = template.Library()


def _content_languages():
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))


def _chrome_pages(page, request):
    """Every page the chrome shows, in one query: the locale homes, the current page's live
    translations, its ancestors (breadcrumbs) and its locale home's menu children."""
    # Each term of the OR should use an index (path or translation_key); depth has none. The homes
    # are the site root's translations.
    site = Site.find_for_request(request) if request is not None else None
    condition = Q(depth=2, translation_key=site.root_page.translation_key) if site is not None else Q(depth=2)
    if page is not None:
        condition |= Q(translation_key=page.translation_key)
        condition |= Q(path__in=[page.path[:i] for i in range(2 * Page.steplen, len(page.path), Page.steplen)])
        # The home's menu children, by depth and path range: the index news_page_menu_idx (a LIKE on
        # path would read the whole table).
        home = Page(path=page.path[: 2 * Page.steplen], depth=2)
        condition |= children_q(home) & Q(show_in_menus=True)
    # The rule (cms.publishing.visibility) applied to the few pages read, not in SQL: SQLite would
    # pick the index on the alias column for IS NULL and read every page.
    return keep_public(Page.objects.filter(condition).select_related("locale").order_by("path"), request)


def _languages(request, page, translations, homes, language):
    """The language switcher: each language's version of this page, keeping the query string
    (filtered listings); for a page that is not a Wagtail page (search), the same address under
    the other language's prefix, query included; for a page with no version in a language, the
    notice that says so (cms.views.not_translated), never a silent jump to that language's home."""
    query = request.GET.urlencode() if request is not None else ""
    suffix = f"?{query}" if query else ""
    path = request.get_full_path() if request is not None else ""
    languages = []
    for code, name in _content_languages():
        if code not in homes:
            continue
        if page is not None and code in translations:
            url = translations[code].get_url(request) + suffix
        elif page is not None:
            with translation.override(code):
                url = reverse("not-translated", args=[page.pk]) + suffix
        else:
            url = translate_url(path, code) if path else homes[code].get_url(request)
            if url == path and code != language:  # an address that does not exist in that language
                url = homes[code].get_url(request)
        languages.append({"code": code, "name": name, "url": url, "current": code == language,
                          "is_translation": page is None or code in translations})
    return languages


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """Navigation, languages, breadcrumbs, footer and metadata for the current page (or none)."""
    request = context.get("request")
    page = context.get("page")
    if page is not None and not isinstance(page, Page):
        page = None  # e.g. a paginator "page" in a non-Wagtail view
    cached = getattr(request, "_site_chrome", None) if request is not None else None
    if cached is not None and cached["page"] is page:
        return cached

    language = translation.get_language() or settings.LANGUAGE_CODE
    pages = _chrome_pages(page, request)
    homes = {p.locale.language_code: p for p in pages if p.depth == 2}
    home = homes.get(language) or homes.get(settings.LANGUAGE_CODE)
    if page is None and home is not None:  # no page (404, search): the menu needs one more query
        menu_pages = list(public_children(home, request).filter(show_in_menus=True).order_by("path"))
    else:
        menu_pages = [p for p in pages if p.depth == 3 and p.show_in_menus and home is not None
                      and p.path.startswith(home.path)]
    menu = [{"title": child.title, "url": child.get_url(request), "description": child.search_description,
             "current": page is not None and page.path.startswith(child.path)} for child in menu_pages]

    translations = {}
    if page is not None:
        translations = {p.locale.language_code: p for p in pages if p.translation_key == page.translation_key}
    languages = _languages(request, page, translations, homes, language)

    alternates = []
    if len(translations) > 1:
        alternates = [{"code": code, "url": page_url(p, request)} for code, p in translations.items()]
        default = translations.get(settings.LANGUAGE_CODE)
        if default is not None:
            alternates.append({"code": "x-default", "url": page_url(default, request)})

    breadcrumbs = []
    if page is not None and page.depth > 2:
        breadcrumbs = [{"title": p.title, "url": p.get_url(request)} for p in pages
                       if p.depth >= 2 and p.depth < page.depth and page.path.startswith(p.path)]

    footer = SiteFooter.for_language(language)
    meta = json_ld = None
    if page is not None:
        prefetch_page_renditions(page)  # the share image's and the page's own, in one query
        meta = seo.page_meta(page, request)
        home_url = page_url(home, request) if home is not None else None
        json_ld = [mark_safe(seo.json_ld_script(item))  # noqa: S308 - escaped by json_ld_script
                   for item in seo.json_ld(page, request, meta, footer=footer, home_url=home_url)]

    try:  # the search page lives in the search app; the header links to it when it is installed
        search_url = reverse("search")
    except NoReverseMatch:
        search_url = ""

    chrome = {
        "page": page,
        "search_url": search_url,
        "language": language,
        "home": home,
        "home_url": home.get_url(request) if home is not None else f"/{language}/",
        "menu": menu,
        "languages": languages,
        "alternates": alternates,
        "breadcrumbs": breadcrumbs,
        "footer": footer,
        "meta": meta,
        "json_ld": json_ld,
    }
    if request is not None:
        request._site_chrome = chrome
    return chrome


@register.simple_tag
def absolute_url(request, target):
    """The absolute URL of a page or a path, for feeds and link previews (cms/links.py)."""
    return page_url(target, request) if isinstance(target, Page) else absolute(request, target)
