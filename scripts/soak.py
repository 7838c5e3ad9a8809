"""`make soak`: a bounded load test on loopback while pages and translations are published.

gunicorn (production settings, its own database and Redis db) serves the demo site; wrk sends
SOAK_CONNECTIONS connections of mixed HTML, API and embed requests for SOAK_SECONDS; meanwhile this
process publishes edits of English pages and Spanish translations (through wagtail-localize) and,
after each publish, polls the page and its API representation until the new title shows. It reports
errors (non-2xx/3xx and socket errors: must be 0), stale responses (new title not served within
SOAK_STALE_WINDOW seconds of the publish: must be 0) and each gunicorn worker's RSS at start and end.
Exit status 1 when either count is not 0. Results: var/soak/last.json.

Environment (defaults): SOAK_SECONDS (180), SOAK_CONNECTIONS (32), SOAK_THREADS (2), SOAK_PORT (8107),
SOAK_WORKERS (2), SOAK_STALE_WINDOW (3), SOAK_PUBLISH_INTERVAL (2); the database and Redis: scripts/live.py:
SOAK_DATABASE_URL (postgres://postgres@127.0.0.1:5432/vpi_soak, created when missing; an sqlite:///
URL works too), SOAK_REDIS_URL (redis://127.0.0.1:6379/13), SOAK_FRESH=1 to drop the database first.
It never touches the development database.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from live import DATABASE_URL, ROOT, django_setup, gunicorn, log, prepare_database, server_env
from live import get as get_from

SECONDS = int(os.environ.get("SOAK_SECONDS", "180"))
CONNECTIONS = int(os.environ.get("SOAK_CONNECTIONS", "32"))
THREADS = int(os.environ.get("SOAK_THREADS", "2"))
PORT = int(os.environ.get("SOAK_PORT", "8107"))
WORKERS = int(os.environ.get("SOAK_WORKERS", "2"))
STALE_WINDOW = float(os.environ.get("SOAK_STALE_WINDOW", "3"))
PUBLISH_INTERVAL = float(os.environ.get("SOAK_PUBLISH_INTERVAL", "2"))
BASE = f"http://127.0.0.1:{PORT}"
OUT = ROOT / "var" / "soak"
ENV = server_env(PORT)

LUA = """
local urls = {}
for line in io.lines(os.getenv("SOAK_URLS_FILE")) do urls[#urls + 1] = line end
local i = 0
init = function(args) math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)); i = math.random(#urls) end
request = function()
  i = (i % #urls) + 1
  return wrk.format("GET", urls[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('SOAK_JSON {"requests": %d, "non_2xx_3xx": %d, "connect": %d, "read": %d, '
    .. '"write": %d, "timeout": %d, "p50_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f}\\n',
    summary.requests, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def get(path, timeout=10):
    return get_from(BASE, path, timeout)


def collect_urls():
    """Mixed traffic: every live page in each language, the API's listings and details, the embeds."""
    from wagtail.models import Page

    from workinggroups.models import WorkingGroupPage

    urls = []
    for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path")[:120]:
        url = page.get_url()
        if url:
            urls.append(url)
        urls.append(f"/api/v2/pages/{page.pk}/")
    for code in ("en", "es"):
        urls += [f"/api/v2/pages/?locale={code}", f"/{code}/feeds/news.rss", f"/{code}/search/?q=security"]
    status, index = get("/api/v2/")
    if status == 200:
        # The API index lists its endpoints; include each listing.
        urls += sorted({f"/api/v2/{m}/" for m in re.findall(r'/api/v2/([a-z-]+)/"', index)} - {"/api/v2/pages/"})
    for profile in WorkingGroupPage.objects.live().filter(locale__language_code="en")[:10]:
        urls += [f"/embed/working-groups/{profile.slug}/", f"/embed/working-groups/{profile.slug}.json",
                 f"/embed/working-groups/{profile.slug}/news/"]
    broken = []
    for url in list(dict.fromkeys(urls)):
        status, _ = get(url)
        if status >= 400:
            broken.append((url, status))
    return list(dict.fromkeys(urls)), broken


def worker_rss(master_pid):
    import psutil

    workers = psutil.Process(master_pid).children()
    return {str(child.pid): round(child.memory_info().rss / 2**20, 1) for child in workers}


class Publisher(threading.Thread):
    """Publishes an English edit, then a Spanish translation, alternately; checks freshness after each."""

    def __init__(self, deadline):
        super().__init__(daemon=True)
        self.deadline = deadline
        self.publishes = 0
        self.stale = []
        self.latencies = []
        self.errors = []

    def targets(self):
        from wagtail.models import Locale, Page
        from wagtail_localize.models import Translation

        spanish = Locale.objects.get(language_code="es")
        pages = []
        for page in Page.objects.live().filter(locale__language_code="en", depth__gte=3).specific().order_by("path"):
            translation = Translation.objects.filter(source__object_id=page.translation_key,
                                                     target_locale=spanish).first()
            target = page.get_translation_or_none(spanish)
            if translation and target and target.live:
                pages.append((page, translation, target))
            if len(pages) >= 4:
                break
        return pages

    def publish_english(self, page, n):
        page = page.specific_class.objects.get(pk=page.pk)
        page.title = re.sub(r" \[soak \d+\]$", "", page.title) + f" [soak {n}]"
        page.save_revision().publish()
        return page, page.title

    def publish_spanish(self, page, translation, target, n):
        from wagtail_localize.models import StringSegment, StringTranslation

        title = re.sub(r" \[soak \d+\]$", "", target.title) + f" [soak {n}]"
        translation.source.update_from_db()
        segment = StringSegment.objects.filter(source=translation.source, context__path="title").first()
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=translation.target_locale, context=segment.context,
            defaults={"data": title, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        translation.save_target(publish=True)
        return target.specific_class.objects.get(pk=target.pk), title

    def fresh(self, page, title):
        from django.utils.html import escape

        deadline = time.monotonic() + STALE_WINDOW
        seen = {"html": False, "api": False}
        while time.monotonic() < deadline and not all(seen.values()):
            if not seen["html"]:
                status, body = get(page.get_url())
                seen["html"] = status == 200 and escape(title) in body
            if not seen["api"]:
                status, body = get(f"/api/v2/pages/{page.pk}/")
                seen["api"] = status == 200 and json.loads(body or "{}").get("title") == title
            if not all(seen.values()):
                time.sleep(0.1)
        return [kind for kind, ok in seen.items() if not ok]

    def run(self):
        from django.db import close_old_connections

        try:
            targets = self.targets()
            if not targets:
                self.errors.append("no translated pages to publish")
                return
            n = 0
            while time.monotonic() < self.deadline:
                n += 1
                page, translation, target = targets[n % len(targets)]
                if n % 2:
                    published, title = self.publish_english(page, n)
                else:
                    published, title = self.publish_spanish(page, translation, target, n)
                self.publishes += 1
                started = time.monotonic()  # freshness is measured from the end of the publish
                missing = self.fresh(published, title)
                if missing:
                    self.stale.append({"url": published.get_url(), "title": title, "stale": missing})
                else:
                    self.latencies.append(round(time.monotonic() - started, 3))
                close_old_connections()
                time.sleep(PUBLISH_INTERVAL)
        except Exception as exc:  # noqa: BLE001 - reported as a soak error, never swallowed
            self.errors.append(f"publisher: {exc.__class__.__name__}: {exc}")


def main():
    prepare_database(ENV)
    django_setup(ENV)
    OUT.mkdir(parents=True, exist_ok=True)
    result = {"seconds": SECONDS, "connections": CONNECTIONS, "workers": WORKERS,
              "database": DATABASE_URL.split(":")[0]}
    with gunicorn(ENV, PORT, WORKERS) as server:
        urls, broken = collect_urls()
        result["urls"] = len(urls)
        result["broken_urls"] = broken
        rss_start = worker_rss(server.pid)
        log(f"{len(urls)} URLs; wrk {CONNECTIONS} connections for {SECONDS}s while publishing")
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "urls.txt").write_text("\n".join(urls) + "\n")
            (Path(tmp) / "soak.lua").write_text(LUA)
            publisher = Publisher(time.monotonic() + SECONDS - 1)
            publisher.start()
            wrk = subprocess.run(
                ["wrk", "-t", str(THREADS), "-c", str(CONNECTIONS), "-d", f"{SECONDS}s", "--timeout", "15s",
                 "-s", str(Path(tmp) / "soak.lua"), BASE],
                env={**os.environ, "SOAK_URLS_FILE": str(Path(tmp) / "urls.txt")},
                capture_output=True, text=True, check=False,
            )
            publisher.join(timeout=STALE_WINDOW + 30)
        match = re.search(r"SOAK_JSON (\{.*\})", wrk.stdout)
        if not match:
            sys.exit(f"soak: wrk failed: {wrk.stderr or wrk.stdout}")
        load = json.loads(match.group(1))
        rps = re.search(r"Requests/sec:\s+([\d.]+)", wrk.stdout)
        load["requests_per_second"] = float(rps.group(1)) if rps else None
        rss_end = worker_rss(server.pid)
    errors = load["non_2xx_3xx"] + load["connect"] + load["read"] + load["write"] + load["timeout"]
    errors += len(broken) + len(publisher.errors)
    latencies = sorted(publisher.latencies)
    result.update({
        "load": load,
        "errors": errors,
        "publisher_errors": publisher.errors,
        "publishes": publisher.publishes,
        "stale": len(publisher.stale),
        "stale_details": publisher.stale[:10],
        "fresh_after_publish_s": {"max": latencies[-1] if latencies else None,
                                  "median": latencies[len(latencies) // 2] if latencies else None},
        "worker_rss_mb": {"start": rss_start, "end": rss_end},
        "finished": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
    })
    (OUT / "last.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    log(f"{load['requests']} requests ({load['requests_per_second']} req/s, p99 {load['p99_ms']} ms), "
        f"errors {result['errors']}, publishes {result['publishes']}, stale {result['stale']}, "
        f"worker RSS MB start {rss_start} end {rss_end}")
    if result["errors"] or result["stale"] or not result["publishes"]:
        log("FAILED: errors and stale responses must be 0, and at least one publish must happen")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
