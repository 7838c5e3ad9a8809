"""The search backend: `WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"`.

On PostgreSQL it is the database backend made language-aware (search/backends/postgres.py); on
any other database it is Wagtail's usual database backend (SQLite FTS5 in development and tests).
"""

from django.db import connection
from wagtail.search.backends import database


def SearchBackend(params):  # noqa: N802 - the name Wagtail's backend loader looks for
    if connection.vendor == "postgresql":
        from .postgres import LanguageAwarePostgresSearchBackend

        return LanguageAwarePostgresSearchBackend(params)
    return database.SearchBackend(params)
