"""Ranking tiers shared by the SQLite and PostgreSQL backends.

A score is the backend's relevance (bm25 on SQLite, ts_rank on PostgreSQL, both well below
TYPE_TIER in size) plus tiers, so that entries are ordered:
1. by query words in the title (TITLE_TIER; SQLite counts the words, PostgreSQL any);
2. then by a query word in a boosted field, the summary (HEADING_TIER);
3. then by type: FIRST_AMONG_EQUALS (backend params, ["app_label.Model"]) lifts those types, news
   releases, above others in the same tiers (TYPE_TIER);
4. then by relevance.
On SQLite lower scores are better (bm25 is negative): the backends pass the sign.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, FloatField, Value, When

TITLE_TIER = 1e6
HEADING_TIER = 1e5
TYPE_TIER = 1e4


def tier(condition, size):
    """`size` when `condition` (a lookup or Q) holds, else 0."""
    return Case(When(condition, then=Value(size)), default=Value(0.0), output_field=FloatField())


def type_tier(content_type_field, content_type_ids, size):
    if not content_type_ids:
        return Value(0.0, output_field=FloatField())
    return Case(When(**{f"{content_type_field}__in": content_type_ids}, then=Value(size)), default=Value(0.0),
                output_field=FloatField())


def resolve_types(labels):
    """Content type ids of ["app_label.Model", ...]."""
    return [ContentType.objects.get_for_model(apps.get_model(label)).pk for label in labels or ()]


class FirstAmongEqualsMixin:
    """A backend's FIRST_AMONG_EQUALS setting: the page types ranked first among equal matches,
    resolved to content type ids on first use (not at start-up: the tables may not exist yet)."""

    def __init__(self, params):
        super().__init__(params)
        self._first_among_equals = params.get("FIRST_AMONG_EQUALS", ())
        self._first_types = None

    def first_among_equals(self):
        if self._first_types is None:
            self._first_types = resolve_types(self._first_among_equals)
        return self._first_types
