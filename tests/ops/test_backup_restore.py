"""`make backup` / `make restore` (scripts/backup.sh, scripts/restore.sh): a backup restored into
an empty PostgreSQL database has every page, revision and translation, and the media files.

PostgreSQL only (pg_dump/pg_restore): skipped when the suite runs on SQLite.
"""

import os
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories import DocumentFactory, NewsIndexPageFactory, NewsReleasePageFactory
from tests.translation.conftest import translate

ROOT = Path(__file__).resolve().parents[2]

# serialized_rollback: the flush after a transactional test would otherwise remove the data
# Wagtail's migrations create (root page, default site, groups) for the tests that follow.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("backups are PostgreSQL dumps; run with DATABASE_URL=postgres://...")
    params = connection.settings_dict
    host, port, user = params["HOST"] or "127.0.0.1", params["PORT"] or "5432", params["USER"] or "postgres"
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    base = f"postgres://{user}{password}@{host}:{port}"
    return {"source": f"{base}/{params['NAME']}", "base": base}


@pytest.fixture
def empty_database(postgres):
    name = f"vpi_restore_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{postgres['base']}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{postgres['base']}/{name}"
    with psycopg.connect(f"{postgres['base']}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def counts(database_url):
    tables = {
        "pages": Page._meta.db_table,
        "revisions": Revision._meta.db_table,
        "translations": Translation._meta.db_table,
        "sources": TranslationSource._meta.db_table,
        "string_translations": StringTranslation._meta.db_table,
    }
    with psycopg.connect(database_url) as conn:
        result = {key: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for key, table in tables.items()}
        result["titles"] = sorted(row[0] for row in conn.execute(f'SELECT title FROM "{tables["pages"]}"'))
    return result


def run(script, env):

    completed = subprocess.run(
        [str(ROOT / "scripts" / script), *env.pop("args", [])], env={**os.environ, **env},
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip().splitlines()[-1]


def test_restore_into_an_empty_database(postgres, empty_database, homes, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    news = NewsIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=news, title="Ghana plenary", slug="ghana")
    release.title = "Ghana plenary 2026"
    release.save_revision().publish()
    translate(news, publish=True)
    translate(release)  # a Spanish draft
    DocumentFactory(title="Annual report")
    expected = counts(postgres["source"])
    assert expected["translations"] >= 2 and expected["revisions"] >= 3

    backup = run("backup.sh", {"DATABASE_URL": postgres["source"], "MEDIA_ROOT": str(settings.MEDIA_ROOT),
                               "BACKUP_DIR": str(tmp_path / "backups")})
    assert {p.name for p in Path(backup).iterdir()} == {"db.dump", "media.tar.gz", "SHA256SUMS"}

    restored_media = tmp_path / "restored-media"
    run("restore.sh", {"DATABASE_URL": empty_database, "MEDIA_ROOT": str(restored_media), "args": [backup]})
    assert counts(empty_database) == expected
    original_files = sorted(p.relative_to(settings.MEDIA_ROOT) for p in Path(settings.MEDIA_ROOT).rglob("*.pdf"))
    assert original_files
    assert sorted(p.relative_to(restored_media) for p in restored_media.rglob("*.pdf")) == original_files


def test_restore_refuses_a_damaged_backup(postgres, empty_database, tmp_path):
    backup = run("backup.sh", {"DATABASE_URL": postgres["source"], "MEDIA_ROOT": str(tmp_path / "none"),
                               "BACKUP_DIR": str(tmp_path / "backups")})
    with open(Path(backup) / "db.dump", "ab") as dump:
        dump.write(b"garbage")

    completed = subprocess.run([str(ROOT / "scripts" / "restore.sh"), backup],
                               env={**os.environ, "DATABASE_URL": empty_database}, capture_output=True, text=True)
    assert completed.returncode != 0
    assert "incomplete or damaged" in completed.stderr
