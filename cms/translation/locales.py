"""Locales, and the one rule "this object in this language".

Relations are kept on the source (default-locale) objects and localised when shown: a Spanish
release's topics are "the Spanish topic with the same translation_key, else the English one".
Every listing, page, embed, feed, API relation and rich-text link says it with these words, in
bulk (one query for a whole list):

- `versions(among, keys)`: {translation_key: {language code: object}}, the versions of these
  objects in `among` (for pages, the public ones: `public_pages(...)`, so drafts, aliases and
  private pages are never picked).
- `pick(found, language, fallback=True)`: from one object's versions, the one in `language`, else
  (with fallback) the default locale's; None when there is none.
- `in_language(objects, language, fallback=True, among=None)`: `versions` and `pick` for a list
  or queryset of pages or snippets.
- `locale_q(code, fallback, ...)`: the same rule as a condition on a listing's rows (the API's
  ?locale= and ?fallback=default), for listings too long to read.

`language` is a language code, a Locale or a locale id, whichever the caller holds (no query).
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q, QuerySet, Subquery
from wagtail.models import Locale


def default_language_code():
    """The default locale's language code (Wagtail's rule: settings.LANGUAGE_CODE); no query."""
    return settings.LANGUAGE_CODE


def default_locale_q():
    """Relations are kept on the source (default-locale) objects and localised when shown."""
    return Q(locale__language_code=default_language_code())


def locale_ids(code):
    """The ids of the locale `code`, as a subquery (a condition on locale_id needs no join)."""
    return Locale.objects.filter(language_code=code).values("pk")


def locale_q(code, fallback, translated_q=None, public_queryset=None):
    """The same rule as a condition, for listings (the API's ?locale= and ?fallback=default): items
    in `code`; with fallback, plus default-locale items that have no public translation in `code`.
    The translation test is `translated_q` (a condition on the item, e.g. a correlated Exists) or,
    failing that, membership in `public_queryset`'s translation keys."""
    in_code = Q(locale__in=locale_ids(code))
    if not fallback or code == default_language_code():
        return in_code
    if translated_q is None:
        translated = public_queryset.filter(in_code).order_by().values("translation_key")
        translated_q = Q(translation_key__in=Subquery(translated))
    return in_code | (Q(locale__in=locale_ids(default_language_code())) & ~translated_q)


def _matches(language):
    if isinstance(language, Locale):
        return lambda obj: obj.locale_id == language.pk
    if isinstance(language, int):
        return lambda obj: obj.locale_id == language
    return lambda obj: obj.locale.language_code == language


def versions(among, keys):
    """{translation_key: {language code: object}} for the objects of `among` (a queryset of pages
    or snippets) with these translation keys (a list or a subquery). One query."""
    grouped = defaultdict(dict)
    if isinstance(keys, (list, tuple, set, frozenset)) and not keys:
        return grouped
    for obj in among.filter(translation_key__in=keys).select_related("locale"):
        grouped[obj.translation_key][obj.locale.language_code] = obj
    return grouped


def pick(found, language, fallback=True):
    """The version in `language` among `found` ({language code: object}, one object's versions);
    with `fallback`, else the version in the default locale; None when there is none."""
    match = _matches(language)
    chosen = next((obj for obj in found.values() if match(obj)), None)
    if chosen is None and fallback:
        chosen = found.get(default_language_code())
    return chosen


def in_language(objects, language, fallback=True, among=None):
    """Each of `objects` (translatable pages or snippets: instances, or a queryset) in `language`:
    its version there, else (with `fallback`) its version in the default locale; those with
    neither are left out, and each object appears once. Versions are read from `among` (default:
    every object of the model; for pages pass the public pages, e.g. `public_pages(Model.objects
    .all(), request)`). In the order of `objects` for instances, of `among` for a queryset. One
    query."""
    if isinstance(objects, QuerySet):
        among = among if among is not None else objects.model._default_manager.all()
        found = versions(among, objects.values("translation_key"))
        keys = list(dict.fromkeys(obj.translation_key for per_key in found.values() for obj in per_key.values()))
    else:
        objects = [obj for obj in objects if obj is not None]
        if not objects:
            return []
        among = among if among is not None else type(objects[0])._default_manager.all()
        keys = list(dict.fromkeys(obj.translation_key for obj in objects))
        found = versions(among, keys)
    chosen = (pick(found.get(key, {}), language, fallback) for key in keys)
    return [obj for obj in chosen if obj is not None]
