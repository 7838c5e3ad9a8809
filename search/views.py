"""The search page, /<lang>/search/?q=...&type=...&page=...: the one place that knows the page types.

Results are live, public, non-alias pages under the current site's root in the visitor's language,
found by search.query.search_pages. Staff promote pages for a query in the admin
(Settings > Promoted search results); a promoted page is shown in the visitor's language.

The number of queries does not depend on the results: the page of results and the number of
matches come from one search query, the pages of all four types from one more (each type's
table joined), and the view restrictions are the layout's (read once per request).
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation
from django.utils.dateformat import format as machine_date
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site
from wagtail.search.utils import normalise_query_string

from cms.content.listing import elided_page_numbers
from cms.publishing.visibility import public_descendants
from cms.translation.locales import in_language
from home.models import StandardPage
from news.models import NewsReleasePage
from resources.models import ResourcePage
from search.query import MAX_QUERY_LENGTH, clean_query, search_pages
from workinggroups.models import WorkingGroupPage

RESULTS_PER_PAGE = 10
SNIPPET_WORDS = 40
# Pages beyond this are left to Paginator (which answers with the last page).
MAX_PAGE_NUMBER = 10_000

# The `type` filter: key in the address -> (label, page model).
RESULT_TYPES = {
    "news": (_("News releases"), NewsReleasePage),
    "groups": (_("Working groups"), WorkingGroupPage),
    "resources": (_("Resources"), ResourcePage),
    "pages": (_("Pages"), StandardPage),
}

# Control characters (NUL included) are never part of a question and PostgreSQL refuses NUL.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]+")


def _visitor_query(request):
    """The query as typed, made safe to show and to look up: capped, no control characters."""
    raw = request.GET.get("q", "")
    return _CONTROL_RE.sub(" ", raw[:MAX_QUERY_LENGTH]).strip()


def _locale_root(request):
    """The current site's root page in the visitor's language, with its locale (None: nothing to search)."""
    site = Site.find_for_request(request)
    if site is None or not translation.get_language():
        return None
    try:
        language_code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    return next(iter(in_language([site.root_page], language_code, fallback=False)), None)


def _specific(page, models_by_type):
    """The page as its own type, from the row joined by `select_related` (no query)."""
    model = models_by_type.get(page.content_type_id)
    return getattr(page, model._meta.model_name) if model else page


def _page_of_results(results, number):
    """The requested page of results. A search knows its number of matches once a page of it has
    run, so the page is fetched first and Paginator is told the count (it would count first)."""
    paginator = Paginator(results, RESULTS_PER_PAGE)
    number = number or "1"
    if number.isascii() and number.isdigit() and 1 <= int(number) <= MAX_PAGE_NUMBER:
        start = (int(number) - 1) * RESULTS_PER_PAGE
        chunk = results[start:start + RESULTS_PER_PAGE]
        items = list(chunk)
        total = getattr(chunk, "total", None)
        if total is not None and (items or start == 0):
            paginator.count = total
            return PaginatorPage(items, int(number), paginator)
    return paginator.get_page(number)  # past the end, not a number, nothing searched


def _date(page):
    """(label, machine-readable date, text) for a result; None when the page has no meaningful date."""
    if isinstance(page, ResourcePage):
        if not page.publication_date:
            return None
        precision = {"year": "Y", "month": "Y-m"}.get(page.publication_date_precision, "Y-m-d")
        return "", machine_date(page.publication_date, precision), page.publication_date_display
    if isinstance(page, NewsReleasePage):
        return "", page.publication_date.isoformat(), date_format(page.publication_date, "DATE_FORMAT")
    if isinstance(page, WorkingGroupPage):
        if page.launch_date:
            return _("Launched"), page.launch_date.isoformat(), date_format(page.launch_date, "DATE_FORMAT")
        if page.launch_year:
            return _("Launched"), str(page.launch_year), str(page.launch_year)
        return None
    if page.last_published_at:
        return _("Updated"), page.last_published_at.date().isoformat(), date_format(page.last_published_at,
                                                                                     "DATE_FORMAT")
    return None


def _result(page, request):
    """What the template shows for one specific page: title, link, type, date and a snippet."""
    text = getattr(page, "summary", "") or getattr(page, "intro", "") or page.search_description
    return {
        "page": page,
        "url": page.get_url(request),
        "type": page._meta.verbose_name,
        "date": _date(page),
        "snippet": Truncator(text).words(SNIPPET_WORDS),
    }


def _promotions(query, locale, pages, request):
    """Staff picks for this query: pages shown in the visitor's language, then external links."""
    strings = {normalise_query_string(query), normalise_query_string(clean_query(query))} - {""}
    if not strings:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string__in=strings)
        .select_related("page").order_by("sort_order", "pk")
    )
    # The picked pages in the visitor's language (no fallback: results are in one language).
    localised = {page.translation_key: page
                 for page in in_language([pick.page for pick in picks if pick.page_id], locale, False, among=pages)}
    promotions, seen = [], set()
    for pick in picks:
        if pick.page_id:
            page = localised.get(pick.page.translation_key)
            if page is None or page.pk in seen:
                continue
            seen.add(page.pk)
            promotions.append({"title": page.title, "url": page.get_url(request),
                               "description": pick.description or page.search_description})
        elif pick.external_link_url:
            promotions.append({"title": pick.external_link_text or pick.external_link_url,
                               "url": pick.external_link_url, "description": pick.description})
    return promotions


def search(request):
    query = _visitor_query(request)
    type_key = request.GET.get("type", "")
    if type_key not in RESULT_TYPES:
        type_key = ""
    models = [RESULT_TYPES[type_key][1]] if type_key else [model for _label, model in RESULT_TYPES.values()]

    results, promotions, models_by_type = [], [], {}
    root = _locale_root(request) if query else None
    if root is not None:
        pages = public_descendants(root, request, inclusive=True)  # index-friendly: path ranges
        models_by_type = {ct.pk: model for model, ct in ContentType.objects.get_for_models(*models).items()}
        candidates = pages.filter(content_type__in=list(models_by_type)).select_related(
            *[model._meta.model_name for model in models])
        results = search_pages(candidates, query, root.locale)
        promotions = _promotions(query, root.locale, pages, request)

    page_obj = _page_of_results(results, request.GET.get("page"))
    return render(request, "search/search.html", {
        "query": query,
        "type": type_key,
        "types": [(key, label) for key, (label, _model) in RESULT_TYPES.items()],
        "results": [_result(_specific(page, models_by_type), request) for page in page_obj],
        "page_obj": page_obj,
        "page_range": elided_page_numbers(page_obj),
        "ellipsis": Paginator.ELLIPSIS,
        "promotions": promotions if page_obj.number == 1 else [],
    })
