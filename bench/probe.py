"""Resolve the cases' URLs against the seeded database and measure each once, in-process.

`python -m bench.django_main bench.probe --output probe.json [--profile profile.txt]`

Per case: HTTP status (404 = feature not built yet: "not available"), response bytes, and SQL
queries (count and time) of a cold request (Django cache cleared first) and of the warm request
that follows. Django's test client and CaptureQueriesContext, so the server being load-tested
carries no instrumentation. This process uses the local-memory cache (the harness gives it no
REDIS_URL), so clearing it touches nothing else.

--profile writes a pyinstrument profile of cold requests of the profiled cases.
"""

import argparse
import contextlib
import json
import threading
import time

from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.cases import CASES, resolve_context

HOST = "127.0.0.1"
PROFILE_REPEAT = 15
PROFILE_SECONDS = 20  # fewer repeats when requests are slow
TIME_LIMIT = 20  # seconds; a slower request is reported, not measured


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds):
    """Interrupt the database query running when `seconds` have passed (the request then fails).

    Some cases take minutes on some databases (SQLite search at 10,000 releases); the probe reports
    them as too slow instead of waiting. sqlite3's interrupt() and psycopg's cancel() are made to
    be called from another thread.
    """
    connection.ensure_connection()
    raw = connection.connection
    fired = threading.Event()

    def interrupt():
        fired.set()
        (raw.interrupt if connection.vendor == "sqlite" else raw.cancel)()

    timer = threading.Timer(seconds, interrupt)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
    if fired.is_set():
        raise TooSlow(f"over {seconds} s per request")


def clear_caches():
    for cache in caches.all():
        cache.clear()


def fetch(client, url, headers):
    with time_limit(TIME_LIMIT):
        return client.get(url, headers=headers or None, HTTP_HOST=HOST)


def measure(client, url, headers, cold):
    if cold:
        clear_caches()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = fetch(client, url, headers)
        elapsed = time.perf_counter() - started
    content = b"".join(response) if response.streaming else response.content
    return {
        "status": response.status_code,
        "bytes": len(content),
        "content_type": response.get("Content-Type", ""),
        "queries": len(queries.captured_queries),
        "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 2),
        "ms": round(elapsed * 1000, 2),
    }


def profile_case(client, url, headers):
    """pyinstrument of PROFILE_REPEAT cold requests (cache cleared before each): SQL share, tree, hot spots."""
    from pyinstrument import Profiler

    fetch(client, url, headers)
    profiler = Profiler(interval=0.0005)
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        profiler.start()
        repeats = 0
        while repeats < PROFILE_REPEAT and (not repeats or time.perf_counter() - started < PROFILE_SECONDS):
            clear_caches()
            fetch(client, url, headers)
            repeats += 1
        profiler.stop()
        elapsed = (time.perf_counter() - started) / repeats * 1000
    sql = sum(float(q["time"]) for q in queries.captured_queries) / repeats * 1000
    count = len(queries.captured_queries) / repeats
    options = {"filter_threshold": 0.02}  # hide frames under 2% of the total
    tree = profiler.output_text(unicode=False, color=False, time="percent_of_total", processor_options=options)
    flat = profiler.output_text(unicode=False, color=False, flat=True, processor_options=options)
    tree_lines = [line for line in tree.splitlines() if line.strip()][4:]  # drop the banner
    flat_lines = [line for line in flat.splitlines() if line.strip()][4:][:20]
    summary = (f"{repeats} requests; {elapsed:.1f} ms per request (profiler on), of which SQL {sql:.1f} ms "
               f"({sql / elapsed:.0%}) in {count:.0f} queries; the rest is Python.")
    return summary, "\n".join(tree_lines[:90]), "\n".join(flat_lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True)
    parser.add_argument("--profile", help="write the profile of the profiled cases here")
    args = parser.parse_args(argv)

    client = Client(raise_request_exception=False)
    context = resolve_context()
    results = {"context": {k: v for k, v in context.items() if isinstance(v, (str, int))}, "cases": {}}
    # One request first so one-time work (URL resolvers, templates, locale lookups) is not counted.
    fetch(client, "/bench/floor/", {})
    fetch(client, "/en/", {})
    profiles = []
    for case in CASES:
        url = case.url(context)
        entry = {"name": case.name, "label": case.label, "kind": case.kind, "url": url}
        if url is None:
            entry["available"] = False
            entry["reason"] = "no such content in the demo data"
        else:
            try:
                fetch(client, url, case.headers)  # warms in-process state, as in a running worker
                entry["cold"] = measure(client, url, case.headers, cold=True)
                entry["warm"] = measure(client, url, case.headers, cold=False)
            except TooSlow as error:
                entry.pop("cold", None)
                entry.update(available=False, reason=f"too slow: {error}")
                results["cases"][case.name] = entry
                print(f"[probe] {case.name:<18} {url} -> too slow ({error})", flush=True)
                continue
            status = entry["cold"]["status"]
            entry["available"] = status == 200
            if status in (301, 302, 307, 308):
                # An unknown path outside the language prefix is redirected to /en/...: follow it.
                final = client.get(url, headers=case.headers or None, HTTP_HOST=HOST, follow=True)
                status = final.status_code
            if status == 404:
                entry["reason"] = "not available (404: not built yet)"
            elif status != 200:
                entry["reason"] = f"answers {status}"
            if args.profile and case.profile and entry["available"]:
                profiles.append((case, url, profile_case(client, url, case.headers)))
        results["cases"][case.name] = entry
        print(f"[probe] {case.name:<18} {url or '-'} -> "
              f"{entry.get('cold', {}).get('status', 'n/a')}", flush=True)
    with open(args.output, "w") as handle:
        json.dump(results, handle, indent=2)
    if args.profile:
        with open(args.profile, "w") as handle:
            for case, url, (summary, tree, flat) in profiles:
                handle.write(f"#### {case.label}, cold: `{url}`\n\n{summary}\n\n"
                             f"Call tree (share of the total; frames under 2% hidden):\n\n```\n{tree}\n```\n\n"
                             f"Hot spots (own time):\n\n```\n{flat}\n```\n\n")
