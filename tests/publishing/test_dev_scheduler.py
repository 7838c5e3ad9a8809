"""`make run` in development: the scheduler it starts beside the server (another process) publishes
a scheduled release, and the server shows it within a minute although it had cached the page
without it. Without Redis each process has its own local-memory cache: the content version they
share is the database's (cms/publishing/models.py)."""

import datetime
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
PORT = int(os.environ.get("DEV_SCHEDULER_TEST_PORT", "8108"))
BASE = f"http://127.0.0.1:{PORT}"
GO_LIVE_AHEAD = 75


def database_url_for_subprocesses(tmp_path):
    """The test database as other processes can open it: a file copy of SQLite's in-memory test
    database, or the PostgreSQL test database itself."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        target = tmp_path / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{target}"
    return (f"postgres://{settings_dict['USER']}@{settings_dict['HOST'] or '127.0.0.1'}:"
            f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}")


def get(path):
    try:
        with urllib.request.urlopen(BASE + path, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_make_run_scheduler_publishes_and_the_dev_server_shows_it(homes, tmp_path):
    news = NewsIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=news, title="Scheduled in development", live=False)
    # Far enough ahead for a slow machine to start the server and cache the listing before it.
    release.go_live_at = timezone.now() + datetime.timedelta(seconds=GO_LIVE_AHEAD)
    release.save_revision().publish()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "REDIS_URL": "",
           "DATABASE_URL": database_url_for_subprocesses(tmp_path),
           "LOG_LEVEL": "ERROR", "PYTHONUNBUFFERED": "1"}
    make = subprocess.Popen(
        ["make", "--no-print-directory", "dev-servers", f"PORT={PORT}", "SCHEDULER_INTERVAL=2",
         f"PY={sys.executable}"],
        cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(240):
            try:
                if get("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("the development server did not start")
        status, html = get("/en/news/")
        assert timezone.now() < release.go_live_at - datetime.timedelta(seconds=5), "startup too slow for this test"
        assert status == 200 and "Scheduled in development" not in html  # now in the response cache
        assert get("/en/news/")[1] == html
        deadline = time.monotonic() + (release.go_live_at - timezone.now()).total_seconds() + 60
        while time.monotonic() < deadline:
            if "Scheduled in development" in get("/en/news/")[1]:
                break
            time.sleep(1)
        else:
            pytest.fail("the release did not appear on the development server within a minute of its go-live time")
        assert get("/en/news/" + release.slug + "/")[0] == 200
    finally:
        os.killpg(make.pid, signal.SIGTERM)
        make.wait(timeout=30)
    # The scheduler stopped with the server: nothing is left in the process group.
    for _ in range(20):
        try:
            os.killpg(make.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.5)
    else:
        pytest.fail("a process of `make dev-servers` outlived the server")
