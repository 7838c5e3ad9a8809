"""Which public page an address of the site shows ("/es/grupos/chile/"), for callers that are given
a page's address rather than a request for it: the API's find view (`?html_path=`) and oEmbed URLs.

The address is routed as Wagtail serves it (from the locale root, through each page type's own
`route()`); the answer follows the one rule of cms/publishing/visibility.py.
"""

from django.conf import settings
from django.http import Http404
from wagtail.models import Page, Site

from cms.publishing.visibility import is_public, public_pages


def public_page_at(request, path, site=None, default_language=None):
    """The public page `path` shows on `site` (the request's when None), or None.

    The path's first segment is a content language code; a path without one is read in
    `default_language`, or shows nothing when that is None (as the public site, whose pages are
    all language-prefixed)."""
    components = [part for part in path.split("/") if part]
    if components and components[0] in {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}:
        language = components.pop(0)
    elif default_language:
        language = default_language
    else:
        return None
    site = site or Site.find_for_request(request)
    if site is None:
        return None
    roots = Page.objects.filter(translation_key=site.root_page.translation_key, locale__language_code=language)
    root = public_pages(roots, request, site=site).first()
    if root is None:
        return None
    try:
        page, _args, _kwargs = root.specific.route(request, components)
    except Http404:
        return None
    return page if is_public(page, request, site=site) else None
