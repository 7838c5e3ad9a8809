"""Bounded relevance search: replaces how Wagtail's database search backends execute a plain search.

REPLACES  modelsearch's `SQLiteSearchResults._do_search/_do_count` (via `SQLiteSearchQueryCompiler.search`)
          and `PostgresSearchResults._do_search/_do_count` (via `PostgresSearchQueryCompiler.search`),
          for plain searches only (a PlainText query, relevance order, no `fields=`).
USES      upstream internals: `_build_rank_expression`, `MatchExpression`, `SQLiteFTSIndexEntry`,
          `IndexEntry`, `build_search_query`/`build_tsquery`, the results classes' `_do_search/_do_count`.
CHECKED   wagtail 8.0.1, whose wagtail.search backends re-export django-modelsearch 1.3.2.
BUYS      a search whose cost does not grow with the number of candidates: upstream joins every
          candidate object to its index entry and ranks it there; on SQLite the rank is a correlated
          subquery that runs the FTS5 match again per candidate (minutes for a common word at 10,000
          pages). Also one query for a page of results and its total. Figures: bench/results.md,
          "Search override (issue #14)".
DELETE    when modelsearch ranks on the index table (or bounds its SQLite rank subquery), or when
          bench/results.md shows a cold search within 2x of this one at the bench's largest size.
          tests/overrides/test_search_ranking.py compares this module with upstream (same matches,
          same order, both databases, search and autocomplete) and fails loudly on an upgrade.

The project's own choices (language configurations, stemming, field weights, type boosts, query
hygiene) are not here: they are extensions in search/backends/ that feed `rank_expression` and the
query; this module only executes a ranking, bounded.

How: a plain search runs on the index table alone, in two steps:

1. one query over the index entries: full-text match (FTS5 on SQLite, the GIN index on
   PostgreSQL), narrowed to the caller's queryset by a primary-key semi-join, ranked, cut to the
   requested slice: (object id, score) rows, best first;
2. one query for those objects through the caller's queryset (keeps `.specific()`,
   `select_related`, and re-applies its filters), put back in rank order.

The first step also counts all matches (a window function), so a page of results and its total
take one query: after evaluation, sliced results carry that `total` (`count()` stays a query of
its own for callers that count first). The caller's queryset is applied whole by the database, so
its filters need not be index FilterFields. Anything else (phrases, negation, `fields=`, no
relevance order, autocomplete) goes to Wagtail's own code.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import CharField, Count, F, Func, IntegerField, Subquery, Window
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks


class RankedQueryCompilerMixin:
    """Mixed into a backend's query compiler; each backend implements the two queryset methods."""

    def is_bounded(self):
        return self.order_by_relevance and self.fields is None and isinstance(self.query, PlainText)

    def check(self):
        if not self.is_bounded():  # bounded searches apply the queryset whole: any filter works
            super().check()

    def total_expression(self, config):
        """The number of matches, computed by the ranking query itself."""
        return Window(Count("pk"))

    def candidate_ids(self):
        """The caller's objects as a subquery of index-entry object ids (text)."""
        return self.queryset.order_by().values(_search_object_id=Cast("pk", CharField(max_length=50)))

    def content_type_ids(self):
        return get_descendants_content_types_pks(self.queryset.model)

    def matching_entries(self, config):
        """Index entries of the caller's objects that match the query (unranked)."""
        raise NotImplementedError

    def rank_expression(self, config, backend):
        """The score of a matching entry: upstream's own rank unless a backend subclass refines it."""
        raise NotImplementedError

    def ranked_entries(self, config, backend=None):
        """Matching entries as (object id, score, number of matches) rows, best first (to slice)."""
        raise NotImplementedError


class RankedSearchResultsMixin:
    """Mixed into a backend's results class: the two-step search described in the module doc."""

    # Callers that count first and slice after (Paginator, the API's pagination): count() runs the
    # ranking query for the first rows, and slices within them reuse its rows, so the count costs
    # no query of its own.
    COUNT_PREFETCH = 100

    total = None  # number of matches, known once a bounded search has run (None: unknown)
    _first_rows = None  # ranked rows from 0, fetched by count(); shared with slices made after

    def _clone(self):
        clone = super()._clone()
        clone._first_rows = self._first_rows
        return clone

    def _is_bounded(self):
        """A plain search of the ranked compiler; the autocomplete compiler (the admin's) is upstream's."""
        compiler = self.query_compiler
        return isinstance(compiler, RankedQueryCompilerMixin) and compiler.is_bounded()

    def _ranked_rows(self):
        first = self._first_rows
        if first is not None:
            all_of_them = len(first) < self.COUNT_PREFETCH
            if all_of_them or (self.stop is not None and self.stop <= len(first)):
                return first[self.start:self.stop]
        compiler = self.query_compiler
        return list(compiler.ranked_entries(compiler.get_config(self.backend), self.backend)[self.start:self.stop])

    def _do_search(self):
        if not self._is_bounded():
            return super()._do_search()
        compiler = self.query_compiler
        rows = self._ranked_rows()
        if not rows:
            self.total = 0 if not self.start else None
            return []
        self.total = rows[0][2]
        to_python = compiler.queryset.model._meta.pk.to_python
        ranked = [(to_python(object_id), score) for object_id, score, _total in rows]
        queryset = compiler.queryset.filter(pk__in=[pk for pk, _score in ranked])
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        objects = {obj.pk: obj for obj in queryset}
        results = []
        for pk, score in ranked:
            obj = objects.get(pk)
            if obj is None:  # changed between the two queries
                continue
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        return results

    def _do_count(self):
        if not self._is_bounded():
            return super()._do_count()
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        if self.start or self.stop is not None:
            return compiler.matching_entries(config)[self.start:self.stop].count()
        self._first_rows = list(compiler.ranked_entries(config, self.backend)[:self.COUNT_PREFETCH])
        return self._first_rows[0][2] if self._first_rows else 0


# -- PostgreSQL ---------------------------------------------------------------------------------

class EntryDocument(Func):
    """An index entry's title and body vectors as one: `search_entry_document(title, body)`, Wagtail's
    `title || body` behind a function with a GIN index (search/migrations/0002), so the planner uses
    the index instead of concatenating the vectors of every row."""

    function = "search_entry_document"
    output_field = SearchVectorField()


class RankedPostgresQueryCompiler(RankedQueryCompilerMixin, PostgresSearchQueryCompiler):
    def matching_entries(self, config):
        return (
            IndexEntry._default_manager
            .filter(content_type_id__in=self.content_type_ids(), object_id__in=self.candidate_ids())
            .alias(_document=EntryDocument(F("title"), F("body")))
            .filter(_document=self.build_tsquery(self.query, config=config))
        )

    def rank_expression(self, config, backend):
        # The rank of Wagtail's backend (weighted title, normalised by title length, plus body).
        return self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)

    def ranked_entries(self, config, backend=None):
        return (
            self.matching_entries(config)
            .annotate(_score=self.rank_expression(config, backend), _total=self.total_expression(config))
            .order_by("-_score", "-pk").values_list("object_id", "_score", "_total")
        )


class RankedPostgresSearchResults(RankedSearchResultsMixin, PostgresSearchResults):
    pass


# -- SQLite (FTS5): only where the FTS5 index model exists (the SQLite database backend) ------------

try:
    from modelsearch.backends.database.sqlite.query import MatchExpression
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )
except LookupError:  # PostgreSQL and other databases: modelsearch defines no FTS5 model there
    SQLiteSearchQueryCompiler = None

if SQLiteSearchQueryCompiler is not None:
    class RankedSQLiteQueryCompiler(RankedQueryCompilerMixin, SQLiteSearchQueryCompiler):
        """One FTS5 match that both filters and ranks (upstream ranks with a correlated subquery)."""

        FTS_TABLE = SQLiteFTSIndexEntry._meta.db_table

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

        def rank_expression(self, config, backend):
            return self._build_rank_expression(self.get_index_vectors(), config)

        def ranked_entries(self, config, backend=None):
            # bm25 is negative, lower is better.
            return (
                self.matching_entries(config)
                .annotate(_score=self.rank_expression(config, backend), _total=self.total_expression(config))
                .order_by("_score", "-index_entry_id").values_list("index_entry__object_id", "_score", "_total")
            )


    class RankedSQLiteSearchResults(RankedSearchResultsMixin, SQLiteSearchResults):
        pass
