"""The one search function, shared by the search page and the API's `?search=`.

    search_pages(queryset, query, locale=None, operator="and") -> search results

- `queryset`: any queryset of an indexed model, usually pages already narrowed by the caller
  (e.g. `Page.objects.live().public()`, `NewsReleasePage.objects.live().filter(...)`). Filters on
  fields that are not search `FilterField`s are fine: the queryset is then narrowed by primary key.
- `query`: the visitor's text, any string (or None). It is cleaned here: NUL bytes, quotes, operators
  and other punctuation are dropped, the text is capped at MAX_QUERY_LENGTH characters and
  MAX_TERMS words. A query with no words left gives empty results, never an error.
- `locale`: a `Locale`, a language code ("es") or None for the active language. Results are
  always limited to that one locale, and on PostgreSQL the query is stemmed with that language's
  text-search configuration (see search/backends).
- `operator`: "and" (every word must match, the default) or "or".

Returns a lazy, sliceable object in relevance order (best first) with `.count()`, so it works
with Django's Paginator and DRF pagination; slicing it runs one query. Imports no content app.
"""

import re

from django.utils import translation
from wagtail.models import Locale
from wagtail.query import DeferredSpecificIterable, SpecificIterable
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import EmptySearchResults, FieldError, FilterError
from wagtail.search.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

# Long enough for any real question, short enough to keep the SQL small.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

# Words are runs of letters and digits in any script; everything else separates them. This drops
# quotes, backslashes, operators and emoji that would otherwise reach the full-text query syntax.
_WORD_RE = re.compile(r"[^\W_]+")


def clean_query(query):
    """The query as plain words separated by single spaces ("" when nothing searchable is left)."""
    if not isinstance(query, str):
        return ""
    words = _WORD_RE.findall(query[:MAX_QUERY_LENGTH])
    return " ".join(words[:MAX_TERMS])


def clean_search_query(query):
    """Any search query (a string or Wagtail's query objects, as the admin and Wagtail's API build them)
    with the same hygiene as `clean_query`: every text in it reduced to plain words.

    Returns a string (possibly "", which searches nothing) for a string; for a query object, the
    object rebuilt from its cleaned parts, or None when no words are left in it.
    """
    if query is None or isinstance(query, str):
        return clean_query(query)
    if isinstance(query, MatchAll):
        return query
    if isinstance(query, PlainText):
        terms = clean_query(query.query_string)
        return PlainText(terms, operator=query.operator, boost=query.boost) if terms else None
    if isinstance(query, Phrase):
        terms = clean_query(query.query_string)
        return Phrase(terms) if terms else None
    if isinstance(query, Fuzzy):
        terms = clean_query(query.query_string)
        return Fuzzy(terms, operator=query.operator, unaccent=query.unaccent) if terms else None
    if isinstance(query, Boost):
        subquery = clean_search_query(query.subquery)
        return Boost(subquery, query.boost) if subquery is not None else None
    if isinstance(query, Not):
        subquery = clean_search_query(query.subquery)
        return Not(subquery) if subquery is not None else None
    if isinstance(query, (And, Or)):
        subqueries = [sub for sub in map(clean_search_query, query.subqueries) if sub is not None]
        if not subqueries:
            return None
        return subqueries[0] if len(subqueries) == 1 else type(query)(subqueries)
    return None  # a query type this project does not know: search nothing rather than fail


def resolve_locale(locale=None):
    """A Locale from a Locale, a language code or None (the active language); None if unknown."""
    if isinstance(locale, Locale):
        return locale
    code = locale or translation.get_language() or ""
    try:
        return Locale.objects.get_for_language(code)
    except (Locale.DoesNotExist, LookupError):
        return None


def _language_backend(language_code):
    """The search backend, set up for one language where it supports that (PostgreSQL)."""
    backend = get_search_backend()
    for_language = getattr(backend, "for_language", None)
    return for_language(language_code) if for_language else backend


def search_pages(queryset, query, locale=None, operator="and"):
    """Search `queryset` for `query` within one locale; results in relevance order (see module doc)."""
    terms = clean_query(query)
    locale = resolve_locale(locale)
    if not terms or locale is None:
        return EmptySearchResults()

    has_locale = any(field.name == "locale" for field in queryset.model._meta.get_fields())
    if has_locale:
        queryset = queryset.filter(locale=locale)
    backend = _language_backend(locale.language_code)
    operator = "or" if operator == "or" else "and"

    try:
        return backend.search(terms, queryset, operator=operator)
    except (FieldError, FilterError):
        # The caller filtered on fields the index does not know (e.g. `alias_of`, topics): let the
        # database apply those filters in a subquery and let the index see only the primary key.
        narrowed = queryset.model._default_manager.filter(pk__in=queryset.order_by().values("pk"))
        iterable = getattr(queryset, "_iterable_class", None)
        if iterable in (SpecificIterable, DeferredSpecificIterable):
            # Keep `.specific()` pages when the caller asked for them.
            narrowed = narrowed.specific(defer=iterable is DeferredSpecificIterable)
        return backend.search(terms, narrowed, operator=operator)
