"""PostgreSQL search with one text-search configuration per content language.

Wagtail's database backends keep every entry in one table (one row per object), so two backends
configured side by side ("default" for English, "es" for Spanish) would overwrite each other's
rows. Instead this one backend indexes each object with the configuration of its own language and
searches with the configuration of the visitor's language:

    "SEARCH_CONFIG": "simple_unaccent",          # objects without a language, unknown languages
    "LANGUAGE_CONFIGS": {"en": "english_unaccent", "es": "spanish_unaccent"},

The `*_unaccent` configurations are created by search/migrations/0001 (PostgreSQL only).
Searches that name no language (the admin) match any configuration.

Plain searches run on the index table first (search/backends/ranked.py). They match with
`search_entry_document(title, body)`, Wagtail's `title || body` behind a function that declares its
real cost, so that the planner uses its GIN index (search/migrations/0002) instead of
concatenating the vectors of every row.
"""

import copy
import operator
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchVectorField
from django.db.models import F, Func
from wagtail.models import Locale
from wagtail.search.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)

from .hygiene import QueryHygieneMixin
from .ranked import RankedQueryCompilerMixin, RankedSearchResultsMixin


class EntryDocument(Func):
    """An index entry's title and body vectors as one (the expression of the GIN index)."""

    function = "search_entry_document"
    output_field = SearchVectorField()


class LanguageAwareQueryCompiler(RankedQueryCompilerMixin, PostgresSearchQueryCompiler):
    def get_config(self, backend):
        config = backend.config
        if isinstance(config, tuple) and self.fields is not None:
            # Field-restricted searches build one vector per field with a single configuration.
            return backend.default_config
        return config

    def build_tsquery(self, query, config=None):
        if isinstance(config, tuple):
            # No language given: the query matches an entry indexed with any configuration.
            return reduce(operator.or_, (super(LanguageAwareQueryCompiler, self).build_tsquery(query, config=c)
                                         for c in config))
        return super().build_tsquery(query, config=config)

    def matching_entries(self, config):
        return (
            IndexEntry._default_manager
            .filter(content_type_id__in=self.content_type_ids(), object_id__in=self.candidate_ids())
            .alias(_document=EntryDocument(F("title"), F("body")))
            .filter(_document=self.build_tsquery(self.query, config=config))
        )

    def ranked_entries(self, config):
        # The rank of Wagtail's backend (weighted title, normalised by title length, plus body).
        rank = self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
        return (
            self.matching_entries(config).annotate(_score=rank, _total=self.total_expression(config))
            .order_by("-_score", "-pk").values_list("object_id", "_score", "_total")
        )


class LanguageAwareSearchResults(RankedSearchResultsMixin, PostgresSearchResults):
    pass


class LanguageAwareIndex(PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        language_codes = None
        for obj in objs:
            locale_id = getattr(obj, "locale_id", None)
            if locale_id is not None and language_codes is None:
                language_codes = dict(Locale.objects.values_list("pk", "language_code"))
            code = language_codes.get(locale_id) if locale_id is not None else None
            groups[self.backend.config_for_language(code)].append(obj)

        for config, group in groups.items():
            # The parent class reads the configuration from the backend: give it one per language.
            index = copy.copy(self)
            index.backend = self.backend.with_config(config)
            super(LanguageAwareIndex, index).add_items(model, group)


class LanguageAwarePostgresSearchBackend(QueryHygieneMixin, PostgresSearchBackend):
    query_compiler_class = LanguageAwareQueryCompiler
    results_class = LanguageAwareSearchResults
    index_class = LanguageAwareIndex

    def __init__(self, params):
        super().__init__(params)
        self.default_config = params.get("SEARCH_CONFIG") or "simple"
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))
        self.config = tuple(dict.fromkeys([*self.language_configs.values(), self.default_config]))
        # Autocomplete (the admin) matches prefixes without stemming, as upstream's "simple", but
        # accent-insensitive in every language: "participacion" finds "participación".
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG") or self.default_config

    def config_for_language(self, language_code):
        if not language_code:
            return self.default_config
        code = language_code.lower()
        return self.language_configs.get(code) or self.language_configs.get(code.split("-")[0]) or self.default_config

    def with_config(self, config):
        clone = copy.copy(self)
        clone.config = config
        return clone

    def for_language(self, language_code):
        """This backend searching with one language's configuration (stemming, stop words)."""
        return self.with_config(self.config_for_language(language_code))
