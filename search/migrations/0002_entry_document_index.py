"""PostgreSQL: a GIN index on each search-index entry's title and body vectors taken together.

Wagtail matches a search against `title || body` but indexes the two vectors separately, so every
search concatenated and tested every entry. `search_entry_document` is that concatenation behind a
function that says what it costs (PL/pgSQL, so it is not inlined and its COST stands): the planner
then prefers the index even for words found in most entries. Nothing to do on other databases.
"""

from django.db import migrations

CREATE = [
    """
    CREATE OR REPLACE FUNCTION search_entry_document(title tsvector, body tsvector) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000
    AS $$ BEGIN RETURN title || body; END $$
    """,
    "CREATE INDEX IF NOT EXISTS search_indexentry_document_gin ON wagtailsearch_indexentry "
    "USING gin (search_entry_document(title, body))",
]
DROP = [
    "DROP INDEX IF EXISTS search_indexentry_document_gin",
    "DROP FUNCTION IF EXISTS search_entry_document(tsvector, tsvector)",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_text_search_configurations"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
