"""PostgreSQL search with one text-search configuration per content language.

Wagtail's database backends keep every entry in one table (one row per object), so two backends
configured side by side ("default" for English, "es" for Spanish) would overwrite each other's
rows. Instead this one backend indexes each object with the configuration of its own language and
searches with the configuration of the visitor's language:

    "SEARCH_CONFIG": "simple_unaccent",          # objects without a language, unknown languages
    "LANGUAGE_CONFIGS": {"en": "english_unaccent", "es": "spanish_unaccent"},

The `*_unaccent` configurations are created by search/migrations/0001 (PostgreSQL only).
Searches that name no language (the admin) match any configuration.

Plain searches run bounded (cms/overrides/search_ranking.py), with Wagtail's rank plus the tiers of
search/backends/weights.py (title, then summary, then FIRST_AMONG_EQUALS types such as news releases).
"""

import copy
import operator
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchVectorField
from django.db.models import F, Func, Q
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

from cms.overrides.search_ranking import RankedPostgresQueryCompiler, RankedPostgresSearchResults

from .hygiene import QueryHygieneMixin
from .weights import HEADING_TIER, TITLE_TIER, TYPE_TIER, FirstAmongEqualsMixin, tier, type_tier


class LanguageAwareQueryCompiler(RankedPostgresQueryCompiler):
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

    def rank_expression(self, config, backend):
        # Higher is better: Wagtail's rank plus the tiers of search/backends/weights.py. The summary
        # tier reads the body's boosted words (weights A to C: boosts above 1; body text is D).
        query = self.build_tsquery(self.query, config=config)
        first = backend.first_among_equals() if hasattr(backend, "first_among_equals") else ()
        return (super().rank_expression(config, backend)
                + tier(Q(title=query), TITLE_TIER)
                + tier(Q(_heading=query), HEADING_TIER)
                + type_tier("content_type_id", first, TYPE_TIER))

    def matching_entries(self, config):
        return super().matching_entries(config).alias(
            _heading=Func(F("body"), template="ts_filter(%(expressions)s, '{a,b,c}'::\"char\"[])",
                          output_field=SearchVectorField()))


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


class LanguageAwarePostgresSearchBackend(FirstAmongEqualsMixin, QueryHygieneMixin, PostgresSearchBackend):
    query_compiler_class = LanguageAwareQueryCompiler
    results_class = RankedPostgresSearchResults
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
