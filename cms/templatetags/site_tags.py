"""Template tags for the public site: the page chrome (navigation, language switcher,
breadcrumbs, footer, hreflang alternates, SEO metadata) and small formatting helpers.

`{% site_chrome as chrome %}` computes everything once per request in a fixed number of
queries, whatever the page: locale homes (1), menu (1), translations (1), ancestors (1),
footer (1).
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from cms import seo
from cms.site_settings import SiteFooter

register = template.Library()


def _content_languages():
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))


def _live_translations(page):
    """Live, public, non-alias pages sharing the page's translation key, by language code."""
    if page is None:
        return {}
    pages = (Page.objects.live().public().filter(translation_key=page.translation_key, alias_of__isnull=True)
             .select_related("locale"))
    return {p.locale.language_code: p for p in pages}


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
    homes = {p.locale.language_code: p for p in
             Page.objects.live().filter(depth=2, alias_of__isnull=True).select_related("locale")}
    home = homes.get(language) or homes.get(settings.LANGUAGE_CODE)

    menu = []
    if home is not None:
        for child in home.get_children().live().public().in_menu():
            current = page is not None and page.path.startswith(child.path)
            menu.append({"title": child.title, "url": child.get_url(request), "current": current})

    translations = _live_translations(page)
    languages = []
    for code, name in _content_languages():
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        languages.append({"code": code, "name": name, "url": target.get_url(request),
                          "current": code == language, "is_translation": code in translations})

    alternates = []
    if page is not None and len(translations) > 1:
        alternates = [{"code": code, "url": p.get_full_url(request)} for code, p in translations.items()]
        default = translations.get(settings.LANGUAGE_CODE)
        if default is not None:
            alternates.append({"code": "x-default", "url": default.get_full_url(request)})

    breadcrumbs = []
    if page is not None and page.depth > 2:
        breadcrumbs = [{"title": a.title, "url": a.get_url(request)}
                       for a in page.get_ancestors().filter(depth__gte=2)]

    footer = SiteFooter.for_language(language)
    meta = json_ld = None
    if page is not None:
        meta = seo.page_meta(page, request)
        home_url = home.get_full_url(request) if home is not None else None
        json_ld = [mark_safe(seo.json_ld_script(item))  # noqa: S308 - escaped by json_ld_script
                   for item in seo.json_ld(page, request, meta, footer=footer, home_url=home_url)]

    chrome = {
        "page": page,
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
def absolute_url(request, url):
    """An absolute URL for feeds and link previews."""
    return seo.absolute(request, url)
