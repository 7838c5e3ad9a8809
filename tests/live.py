"""Other processes against the test database: `make dev-servers` (runserver, the scheduler and the
webhook worker, as `make run` starts them) and `manage.py shell` see what the test wrote.

    with dev_servers(tmp_path, port) as servers:
        status, body = servers.get("/en/news/")
        servers.shell("from wagtail.models import Page; print(Page.objects.count())")

Everything `make dev-servers` started is stopped with its process group when the block ends.
"""

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


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


class DevServers:
    def __init__(self, tmp_path, port):
        self.base = f"http://127.0.0.1:{port}"
        self.log = tmp_path / "dev-servers.log"
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "REDIS_URL": "",
                    "DATABASE_URL": database_url_for_subprocesses(tmp_path),
                    "DEV_CACHE_DIR": str(tmp_path / "cache"), "LOG_LEVEL": "ERROR", "PYTHONUNBUFFERED": "1"}

    def get(self, path):
        """(status, body) of a GET from the development server."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, ""

    def shell(self, code):
        """Run `code` in `manage.py shell` against the servers' database; its standard output."""
        result = subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c", code], cwd=ROOT,
                                env=self.env, capture_output=True, text=True, timeout=120)
        if result.returncode:
            pytest.fail(f"manage.py shell failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def log_tail(self, chars=3000):
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


def port_is_free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@contextlib.contextmanager
def dev_servers(tmp_path, port, scheduler_interval=2, startup_seconds=120):
    """`make dev-servers` on `port` against the test database (copied to a file on SQLite: write
    the scenario first); yields a DevServers. On the way out the whole process group is stopped,
    and the test fails if a process of it outlives the server."""
    if not port_is_free(port):  # another server there would answer our requests
        pytest.fail(f"port {port} is in use")
    servers = DevServers(tmp_path, port)
    with open(servers.log, "wb") as log:
        make = subprocess.Popen(
            ["make", "--no-print-directory", "dev-servers", f"PORT={port}", f"SCHEDULER_INTERVAL={scheduler_interval}",
             f"PY={sys.executable}"],
            cwd=ROOT, env=servers.env, start_new_session=True, stdout=log, stderr=subprocess.STDOUT)
    failed = True
    try:
        deadline = time.monotonic() + startup_seconds
        while time.monotonic() < deadline:
            try:
                if servers.get("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if make.poll() is not None:
                pytest.fail(f"`make dev-servers` exited:\n{servers.log_tail()}")
            time.sleep(0.5)
        else:
            pytest.fail(f"the development server did not start within {startup_seconds} s:\n{servers.log_tail()}")
        yield servers
        failed = False
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(make.pid, signal.SIGTERM)
        try:
            make.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # The scheduler and the worker stop with the server: nothing may be left in the process group.
        for _ in range(40):
            try:
                os.killpg(make.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.5)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(make.pid, signal.SIGKILL)
            if not failed:
                pytest.fail("a process of `make dev-servers` outlived the server")
