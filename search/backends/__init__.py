"""The search backend: `WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"`.

On PostgreSQL it is the database backend made language-aware (search/backends/postgres.py); on
SQLite with FTS5 (development, tests, the embedded default) Wagtail's FTS5 backend with bounded
ranking (search/backends/sqlite.py); elsewhere Wagtail's usual database backend. Both of ours
search plainly in two bounded steps (cms/overrides/search_ranking.py). All of them clean every query
(search/backends/hygiene.py), whoever asks: the search page, the API, the admin.
"""

from django.db import connection
from modelsearch.backends import database

from .hygiene import QueryHygieneMixin


def SearchBackend(params):  # noqa: N802 - the name Wagtail's backend loader looks for
    if connection.vendor == "postgresql":
        from .postgres import LanguageAwarePostgresSearchBackend

        return LanguageAwarePostgresSearchBackend(params)
    backend = database.SearchBackend(params)  # decides, once, whether SQLite's FTS5 is usable
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        from .sqlite import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return type(f"Clean{type(backend).__name__}", (QueryHygieneMixin, type(backend)), {})(params)
