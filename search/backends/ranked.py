"""Bounded relevance search, shared by the PostgreSQL and SQLite backends.

Wagtail's database backends join every candidate object to its index entry and rank it there; on
SQLite the rank is a correlated subquery that runs the full-text match again for each candidate
(minutes at 10,000 pages). Here a plain search (a query string, relevance order, all fields) runs
on the index table alone, in two steps:

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

from django.db.models import CharField, Count, Window
from django.db.models.functions import Cast
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

    def ranked_entries(self, config):
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
        return list(compiler.ranked_entries(compiler.get_config(self.backend))[self.start:self.stop])

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
        self._first_rows = list(compiler.ranked_entries(config)[:self.COUNT_PREFETCH])
        return self._first_rows[0][2] if self._first_rows else 0
