"""SQLite search (development, tests, the embedded default): Wagtail's FTS5 backend, extended.

- Ranking runs bounded (cms/overrides/search_ranking.py).
- Accents and stemming (search/backends/text.py): each entry's title and body are rewritten after
  Wagtail indexes them, as folded words followed by their Snowball stems in the object's language;
  queries are folded and stemmed with the visitor's language (`for_language`), or only folded when
  no language is given (the admin, images, documents). Autocomplete keeps Wagtail's text: prefixes,
  accent-insensitive through FTS5's unicode61 tokenizer.
- Weights: the title column holds the title and the fields declared with a boost above 1 (a
  release's summary); bm25 weighs it TITLE_WEIGHT times the body. TYPE_BOOSTS (backend params,
  {"app_label.Model": factor}) lift a page type among equal matches (news releases).
"""

import copy

from django.db.models import FloatField, Func
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
from .weights import resolve_type_boosts, type_factor

TITLE_WEIGHT = 5.0


class WeightedBM25(Func):
    """FTS5's bm25 with one weight per column (autocomplete, body, title): lower is better."""

    output_field = FloatField()

    def __init__(self, title_weight):
        self.title_weight = float(title_weight)
        super().__init__()

    def as_sql(self, compiler, connection, **extra):
        table = RankedSQLiteQueryCompiler.FTS_TABLE
        return f"bm25({table}, 0.0, 1.0, %s)", [self.title_weight]


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
    """(title column, body column) of `obj`: title and boosted fields first, the rest in the body."""
    title, body = [], []
    for field in obj.get_search_fields():
        for search_field, value in _values(obj, field):
            heading = search_field.field_name == "title" or (search_field.boost or 1) > 1
            (title if heading and isinstance(field, SearchField) else body).append(value)
    return text.index_text(" ".join(title), language), text.index_text(" ".join(body), language)


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
        boosts = getattr(backend, "type_boosts", None)
        return WeightedBM25(TITLE_WEIGHT) * type_factor("index_entry__content_type_id", boosts() if boosts else ())


class RankedSQLiteSearchBackend(QueryHygieneMixin, SQLiteSearchBackend):
    query_compiler_class = LanguageAwareSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults
    index_class = LanguageAwareSQLiteIndex

    def __init__(self, params):
        super().__init__(params)
        self._type_boost_params = params.get("TYPE_BOOSTS", {})
        self._type_boosts = None

    def type_boosts(self):
        if self._type_boosts is None:
            self._type_boosts = resolve_type_boosts(self._type_boost_params)
        return self._type_boosts

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
