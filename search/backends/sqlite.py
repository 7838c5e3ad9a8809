"""SQLite search (development, tests, the embedded default): Wagtail's FTS5 backend, extended.

- Ranking runs bounded (cms/overrides/search_ranking.py).
- Accents and stemming (search/backends/text.py): each entry's title and body are rewritten after
  Wagtail indexes them, as folded words followed by their Snowball stems in the object's language;
  queries are folded and stemmed with the visitor's language (`for_language`), or only folded when
  no language is given (the admin, images, documents). Autocomplete keeps Wagtail's text: prefixes,
  accent-insensitive through FTS5's unicode61 tokenizer.
- Ranking (search/backends/weights.py): query words in the title first, then in the fields declared
  with a boost above 1 (a release's summary), then FIRST_AMONG_EQUALS types (news releases), then
  bm25. The title column holds the title, TITLE_END, then the boosted fields; bm25 weighs it
  TITLE_WEIGHT times the body.
"""

import copy

from django.db.models import Case, CharField, F, FloatField, Func, Value, When
from django.db.models.functions import Concat
from django.db.models.lookups import Contains, LessThan
from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend
from modelsearch.index import RelatedFields, SearchField
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from cms.overrides.search_ranking import RankedSQLiteQueryCompiler, RankedSQLiteSearchResults

from . import text
from .hygiene import QueryHygieneMixin
from .weights import HEADING_TIER, TITLE_TIER, TYPE_TIER, FirstAmongEqualsMixin, tier, type_tier

TITLE_WEIGHT = 5.0
TITLE_END = " | "  # in the title column, between the title and the boosted fields (not a word for FTS5)


class WeightedBM25(Func):
    """FTS5's bm25 with one weight per column (autocomplete, body, title): lower is better, 0 when
    no query word is in a column of non-zero weight."""

    output_field = FloatField()

    def __init__(self, body_weight, title_weight):
        self.weights = [float(body_weight), float(title_weight)]
        super().__init__()

    def as_sql(self, compiler, connection, **extra):
        table = RankedSQLiteQueryCompiler.FTS_TABLE
        return f"bm25({table}, 0.0, %s, %s)", self.weights


def _values(obj, field):
    """(search field, text) pairs of `obj` for a SearchField or RelatedFields (public index API)."""
    if isinstance(field, SearchField):
        value = field.get_value(obj)
        if isinstance(value, list | tuple):
            value = ", ".join(force_str(item) for item in value)
        elif isinstance(value, dict):
            value = ", ".join(force_str(item) for item in value.values())
        yield field, force_str(value) if value is not None else ""
    elif isinstance(field, RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        related = related.all() if hasattr(related, "all") else [related() if callable(related) else related]
        for item in related:
            for sub_field in field.fields:
                yield from _values(item, sub_field)


def entry_texts(obj, language):
    """(title column, body column) of `obj`. The title column holds the title, TITLE_END, then the
    fields with a boost above 1 (the summary); the body column the rest."""
    title, boosted, body = [], [], []
    for field in obj.get_search_fields():
        for search_field, value in _values(obj, field):
            if isinstance(field, SearchField) and search_field.field_name == "title":
                title.append(value)
            elif isinstance(field, SearchField) and (search_field.boost or 1) > 1:
                boosted.append(value)
            else:
                body.append(value)
    heading = f"{text.index_text(' '.join(title), language)}{TITLE_END}{text.index_text(' '.join(boosted), language)}"
    return heading, text.index_text(" ".join(body), language)


def title_words_hit(words):
    """How many of the query's words are in an entry's title proper (the title column before TITLE_END)."""
    column = Concat(Value(" "), F("index_entry__title"), Value(TITLE_END), output_field=CharField())
    title = Func(column, Value(1), Func(column, Value(TITLE_END), function="instr"), function="substr",
                 output_field=CharField())  # " word word " (up to the first TITLE_END)
    hits = [Case(When(Contains(title, f" {word} "), then=Value(1.0)), default=Value(0.0), output_field=FloatField())
            for word in dict.fromkeys(words)]
    return sum(hits[1:], hits[0]) if hits else Value(0.0, output_field=FloatField())


class LanguageAwareSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)  # Wagtail's rows (title, body, autocomplete) ...
        if not model.get_search_fields():
            return
        # ... then title and body rewritten: folded words and stems in the object's language.
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_id = {force_str(obj.pk): obj for obj in objs}
        entries = list(IndexEntry._default_manager.filter(content_type_id=get_content_type_pk(model),
                                                          object_id__in=list(by_id)))
        for entry in entries:
            obj = by_id[entry.object_id]
            entry.title, entry.body = entry_texts(obj, languages.get(getattr(obj, "locale_id", None)))
        IndexEntry._default_manager.bulk_update(entries, ["title", "body"], batch_size=500)


class LanguageAwareSQLiteQueryCompiler(RankedSQLiteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = text.query_words(query.query_string.split(), config)
            if not words:
                return None
            query = PlainText(" ".join(words), operator=query.operator)
        return super().build_search_query_content(query, config=config)

    def rank_expression(self, config, backend):
        # Lower is better (bm25 is negative): the tiers of search/backends/weights.py, subtracted.
        words = text.query_words(self.query.query_string.split(), config)
        first = backend.first_among_equals() if hasattr(backend, "first_among_equals") else ()
        return (WeightedBM25(1.0, TITLE_WEIGHT)
                - title_words_hit(words) * Value(TITLE_TIER)
                - tier(LessThan(WeightedBM25(0.0, 1.0), 0.0), HEADING_TIER)
                - type_tier("index_entry__content_type_id", first, TYPE_TIER))


class RankedSQLiteSearchBackend(FirstAmongEqualsMixin, QueryHygieneMixin, SQLiteSearchBackend):
    query_compiler_class = LanguageAwareSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults
    index_class = LanguageAwareSQLiteIndex

    def for_language(self, language_code):
        """This backend stemming queries with one language (search.query.search_pages)."""
        clone = copy.copy(self)
        clone.config = text.language_of(language_code)
        return clone

    # The FTS5 table has three columns (title, body, autocomplete), not one per model field: the
    # upstream compiler would put a model field's name (a snippet's "name") into the MATCH as a
    # column and fail. A `fields=` restriction that is not a column searches every column instead
    # (for autocomplete that is the one autocomplete column, all AutocompleteFields together).
    FTS_COLUMNS = {"search": {"title", "body"}, "autocomplete": set()}

    def _columns_or_none(self, kind, fields):
        return fields if fields and set(fields) <= self.FTS_COLUMNS[kind] else None

    def search(self, query, model_or_queryset, fields=None, *args, **kwargs):
        return super().search(query, model_or_queryset, self._columns_or_none("search", fields), *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, fields=None, *args, **kwargs):
        return super().autocomplete(query, model_or_queryset, self._columns_or_none("autocomplete", fields),
                                    *args, **kwargs)
