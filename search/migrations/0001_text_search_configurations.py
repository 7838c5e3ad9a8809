"""Accent-insensitive text-search configurations for PostgreSQL (nothing to do elsewhere).

english_unaccent / spanish_unaccent: the built-in configuration with `unaccent` applied before the
stemmer, so "participacion" matches "participación". simple_unaccent: no stemming, for objects
without a language and languages without a configuration of their own.
"""

from django.db import migrations

CONFIGURATIONS = {"english_unaccent": "english", "spanish_unaccent": "spanish", "simple_unaccent": "simple"}


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, source in CONFIGURATIONS.items():
        # CREATE TEXT SEARCH CONFIGURATION has no IF NOT EXISTS: check the catalogue.
        schema_editor.execute(
            f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
                    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source});
                END IF;
            END $$;
            """
        )
        stemmer = f"{source}_stem" if source != "simple" else "simple"
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH unaccent, {stemmer}"
        )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations, elidable=False)]
