"""`make fault`: the site survives its cache failing. CI runs it (bounded, about a minute).

Starts its own redis-server (a free port from FAULT_REDIS_PORT, 6391) and a production-settings
gunicorn (2 workers, its own port FAULT_PORT, 8109) on its own database, made fresh each run: the
PostgreSQL database FAULT_DATABASE_URL (vpi_fault), copied from the soak's prepared database
(vpi_soak, scripts/live.py) when it exists, else migrated and loaded with the demo; with
FAULT_DATABASE_URL=sqlite (or no PostgreSQL) an SQLite file in var/fault/. Then, for pages, the
API, embeds, oEmbed, feeds and search:

1. Redis up: every URL answers without a 5xx (and is stored in the response cache);
2. Redis hung (SIGSTOP): every URL again, each within FAULT_MAX_SECONDS (3 s), no 5xx; a release
   is published meanwhile (by another process, as the scheduled-publishing command would) and its
   page and API detail show the new title at once;
3. Redis resumed (SIGCONT): the new title, never the stored old page, from the first request on;
4. Redis stopped (SIGTERM: connection refused): as 2, with another publish;
5. Redis restarted, empty: as 3.

Exit status 1 on any 5xx, slow answer or stale response. It never touches the shared Redis or
the development database.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from live import PYTHON, ROOT, log

OUT = ROOT / "var" / "fault"
MAX_SECONDS = float(os.environ.get("FAULT_MAX_SECONDS", "3"))
failures = []


def free_port(start):
    for port in range(start, start + 100):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    sys.exit(f"no free port from {start}")


PORT = free_port(int(os.environ.get("FAULT_PORT", "8109")))
REDIS_PORT = free_port(int(os.environ.get("FAULT_REDIS_PORT", "6391")))
BASE = f"http://127.0.0.1:{PORT}"
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "DATABASE_URL": os.environ.get("FAULT_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/vpi_fault"),
    "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
    "CACHE_KEY_PREFIX": "vpi-fault",
    "CACHE_SOCKET_TIMEOUT": "0.25",
    "CONTENT_VERSION_SECONDS": "2",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "WAGTAILADMIN_BASE_URL": BASE,
    "LOG_LEVEL": "CRITICAL",
    "API_THROTTLE_RATE": "",  # one loopback client stands for many readers
}


def manage(*args, **kwargs):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=ENV, check=True, text=True, **kwargs)


def prepare_database():
    """A fresh database: a copy of the soak's (fast) or migrate + demo. True when it needs loading."""
    url = ENV["DATABASE_URL"]
    if url.startswith(("postgres://", "postgresql://")):
        try:
            import psycopg

            base, name = url.rsplit("/", 1)
            if name in ("vpi", "postgres", "vpi_soak", ""):
                sys.exit(f"refusing to use the database {name!r}")
            with psycopg.connect(f"{base}/postgres", autocommit=True, connect_timeout=5) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                template = os.environ.get("FAULT_TEMPLATE_DATABASE", "vpi_soak")
                if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone():
                    try:
                        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                        log(f"database {name}: a copy of {template}")
                        return False
                    except psycopg.Error:  # the template is in use
                        pass
                conn.execute(f'CREATE DATABASE "{name}"')
                return True
        except ImportError:
            pass
        except Exception as exc:  # noqa: BLE001 - no PostgreSQL: SQLite
            log(f"PostgreSQL unavailable ({exc.__class__.__name__}); using SQLite")
    ENV["DATABASE_URL"] = f"sqlite:///{OUT / 'db.sqlite3'}"
    return True


def start_redis():
    process = subprocess.Popen(["redis-server", "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--save", "",
                                "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return process
        except OSError:
            time.sleep(0.05)
    sys.exit("redis-server did not start")


def fetch(path):
    """(status, body, seconds)."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(BASE + path, timeout=30) as response:
            status, body = response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        status, body = exc.code, ""
    except OSError as exc:
        status, body = 599, str(exc)
    return status, body, time.monotonic() - started


def check_all(phase, urls, bounded):
    worst = 0.0
    for path in urls:
        status, _body, seconds = fetch(path)
        worst = max(worst, seconds)
        if status >= 500:
            failures.append(f"{phase}: {path} answered {status}")
        if bounded and seconds > MAX_SECONDS:
            failures.append(f"{phase}: {path} took {seconds:.2f} s (limit {MAX_SECONDS} s)")
    log(f"{phase}: {len(urls)} URLs, slowest {worst:.2f} s")


PUBLISH = """
from news.models import NewsReleasePage
page = NewsReleasePage.objects.get(pk={pk}).get_latest_revision_as_object()
page.title = {title!r}
page.save_revision().publish()
"""


def publish(pk, title):
    started = time.monotonic()
    manage("shell", "-c", PUBLISH.format(pk=pk, title=title), stdout=subprocess.DEVNULL)
    log(f"published {title!r} in {time.monotonic() - started:.1f} s")


def expect_title(phase, release, title):
    for path in (release["url"], f"/api/v2/news/{release['id']}/"):
        for attempt in range(2):  # the first answer may be stored, the second is from the cache
            status, body, _seconds = fetch(path)
            if status != 200 or title not in body:
                failures.append(f"{phase}: {path} (request {attempt + 1}) does not show {title!r} ({status})")


def discover():
    """The URLs to exercise, read from the running site's own API."""
    _status, body, _ = fetch("/api/v2/news/?fields=title&limit=3")
    releases = json.loads(body)["items"]
    release = {"id": releases[0]["id"], "url": urllib.parse.urlsplit(releases[0]["meta"]["html_url"]).path}
    _status, body, _ = fetch("/api/v2/working-groups/?fields=title&limit=1")
    profile = json.loads(body)["items"][0]
    slug = profile["meta"]["slug"]
    profile_url = profile["meta"]["html_url"]
    urls = ["/en/", "/es/", "/en/news/", release["url"], urllib.parse.urlsplit(profile_url).path,
            "/en/resources/", "/en/search/?q=chile", "/es/search/?q=derechos",
            "/api/v2/pages/", "/api/v2/news/", f"/api/v2/news/{release['id']}/", "/api/v2/working-groups/",
            "/api/v2/resources/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/news/?search=chile",
            f"/embed/working-groups/{slug}/", f"/embed/working-groups/{slug}/news/",
            f"/embed/working-groups/{slug}.json", "/api/oembed/?" + urllib.parse.urlencode({"url": profile_url}),
            "/en/feeds/news.rss", "/en/feeds/news.atom", "/sitemap.xml", "/robots.txt"]
    return release, urls


def main():
    started = time.monotonic()
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    redis = start_redis()
    gunicorn = None
    try:
        steps = [["migrate", "--noinput", "--verbosity", "0"]]
        if prepare_database():
            steps.append(["load_demo"])
        log(f"preparing {ENV['DATABASE_URL']} (redis-server on {REDIS_PORT})")
        for step in (*steps, ["collectstatic", "--noinput", "--verbosity", "0"]):
            manage(*step, stdout=subprocess.DEVNULL)
        log(f"starting gunicorn on {BASE} (2 workers)")
        gunicorn = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "gunicorn") if (ROOT / ".venv").exists() else "gunicorn",
             "cms.wsgi:application", "--bind", f"127.0.0.1:{PORT}", "--workers", "2", "--threads", "4",
             "--worker-class", "gthread", "--timeout", "60", "--log-level", "warning"], cwd=ROOT, env=ENV)
        for _ in range(200):
            if fetch("/healthz")[0] == 200:
                break
            time.sleep(0.2)
        else:
            sys.exit("gunicorn did not become healthy")
        release, urls = discover()

        check_all("redis up", urls, bounded=False)
        check_all("redis up (cached)", urls, bounded=True)

        redis.send_signal(signal.SIGSTOP)
        log("redis hung (SIGSTOP)")
        check_all("redis hung", urls, bounded=True)
        publish(release["id"], "Published while the cache hung")
        expect_title("redis hung", release, "Published while the cache hung")
        check_all("redis hung, after the publish", urls, bounded=True)
        redis.send_signal(signal.SIGCONT)
        log("redis resumed (SIGCONT)")
        expect_title("redis resumed", release, "Published while the cache hung")
        check_all("redis resumed", urls, bounded=True)
        expect_title("redis resumed, cached", release, "Published while the cache hung")

        redis.terminate()
        redis.wait(timeout=10)
        log("redis stopped")
        check_all("redis stopped", urls, bounded=True)
        publish(release["id"], "Published while the cache was down")
        expect_title("redis stopped", release, "Published while the cache was down")
        redis = start_redis()
        log("redis restarted (empty)")
        expect_title("redis restarted", release, "Published while the cache was down")
        check_all("redis restarted", urls, bounded=True)
        # Each worker skips Redis for CACHE_RETRY_SECONDS (2 s) after its last failure, and the
        # health check reports that honestly: it must be healthy again within a few seconds.
        deadline = time.monotonic() + 10
        while (status := fetch("/healthz")[0]) != 200 and time.monotonic() < deadline:
            time.sleep(0.5)
        if status != 200:
            failures.append(f"/healthz answers {status} 10 s after recovery")
    finally:
        if gunicorn is not None:
            gunicorn.send_signal(signal.SIGTERM)
            try:
                gunicorn.wait(timeout=20)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
        redis.send_signal(signal.SIGCONT)
        redis.terminate()
        redis.wait(timeout=10)
    log(f"done in {time.monotonic() - started:.0f} s: {len(failures)} failure(s)")
    for failure in failures:
        log(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
