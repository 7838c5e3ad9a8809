"""SQLite search (development, tests, the embedded default): Wagtail's FTS5 backend, bounded.

Wagtail ranks each candidate with a correlated subquery that runs the FTS5 match again, so a word
found in most of 10,000 pages took minutes. Plain searches here run one FTS5 match that both
filters and ranks (search/backends/ranked.py). Ranking is Wagtail's: bm25 weighted by the title
normalisation factor. SQLite has no stemming; accents are ignored by FTS5's tokenizer.
"""

from django.db.models import F, Func, IntegerField, Subquery
from wagtail.search.backends.database.sqlite.query import MatchExpression
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)

from .hygiene import QueryHygieneMixin
from .ranked import RankedQueryCompilerMixin, RankedSearchResultsMixin


class RankedSQLiteQueryCompiler(RankedQueryCompilerMixin, SQLiteSearchQueryCompiler):
    def matching_entries(self, config):
        match = MatchExpression(self.FTS_TABLE_FIELDS, self.build_search_query(self.query, config=config))
        return SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type_id__in=self.content_type_ids(),
            index_entry__object_id__in=self.candidate_ids(),
        )

    def total_expression(self, config):
        # FTS5's bm25() cannot run under a window function: count in a scalar subquery (run once).
        count = Func(F("pk"), function="COUNT", output_field=IntegerField())
        return Subquery(self.matching_entries(config).order_by().annotate(_count=count).values("_count"))

    def ranked_entries(self, config):
        rank = self._build_rank_expression(self.get_index_vectors(), config)
        # bm25 is negative, lower is better.
        return (
            self.matching_entries(config).annotate(_score=rank, _total=self.total_expression(config))
            .order_by("_score", "-index_entry_id").values_list("index_entry__object_id", "_score", "_total")
        )


class RankedSQLiteSearchResults(RankedSearchResultsMixin, SQLiteSearchResults):
    pass


class RankedSQLiteSearchBackend(QueryHygieneMixin, SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults

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
