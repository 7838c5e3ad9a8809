"""The benchmark's moving parts, fast: seeding at a tiny size, wrk parsing, cold keys, the report."""

import pytest
from django.urls import NoReverseMatch, reverse

from bench import coldcache, report, wrk

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8110/bench/floor/
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.21ms    1.02ms  20.11ms   90.00%
    Req/Sec     1.25k    80.00     1.40k    70.00%
  Latency Distribution
     50%    3.05ms
     75%    3.50ms
     90%    4.10ms
     99%    1.20s
  6234 requests in 5.00s, 33.10MB read
  Non-2xx or 3xx responses: 3
Requests/sec:   1246.80
Transfer/sec:      6.62MB
"""
LUA_LINE = ('BENCH_JSON {"requests": 6234, "duration_us": 5000000, "bytes": 34700000, "non_2xx": 3, '
            '"socket_errors": 0, "p50_us": 3050, "p90_us": 4100, "p95_us": 4500, "p99_us": 1200000, '
            '"max_us": 1300000}\n')


def test_parse_standard_wrk_output():
    result = wrk.parse(WRK_OUTPUT)
    assert result.requests_per_second == 1246.80
    assert result.requests == 6234
    assert result.latency_ms == {50: 3.05, 75: 3.5, 90: 4.1, 99: 1200.0}
    assert result.non_2xx == 3 and not result.ok


def test_parse_lua_report_adds_p95():
    result = wrk.parse(WRK_OUTPUT + LUA_LINE)
    assert result.latency_ms[95] == 4.5
    assert result.requests_per_second == pytest.approx(1246.8)
    assert result.transfer_per_request == pytest.approx(34700000 / 6234)


def test_parse_socket_errors():
    result = wrk.parse("  10 requests in 1.00s, 1KB read\n  Socket errors: connect 0, read 2, write 0, timeout 1\n"
                       "Requests/sec:     10.00\n")
    assert result.socket_errors == 3 and not result.ok


def test_cold_namespace_changes_every_key():
    assert coldcache.make_key("k", "p", 1) == "p:1:k"
    seen = []
    middleware = coldcache.ColdCacheMiddleware(lambda request: seen.append(coldcache.make_key("k", "p", 1)))

    class Request:
        headers = {"X-Bench-Cache": "cold"}

    middleware(Request())
    middleware(Request())
    assert seen[0] != seen[1] and all(key.startswith("p:1:cold-") for key in seen)
    assert coldcache.make_key("k", "p", 1) == "p:1:k"


def test_floor_view_is_off_outside_the_bench(db, client):
    with pytest.raises(NoReverseMatch):
        reverse("bench_floor")
    assert client.get("/bench/floor/", follow=True).status_code == 404


@pytest.mark.django_db
def test_seed_tiny_then_grow(settings, tmp_path):
    from wagtail.models import Page

    from bench.seed import seed
    from news.models import NewsReleasePage

    settings.MEDIA_ROOT = tmp_path
    seed(8, demo=False)  # the demo content takes long to load; the bench's own fallbacks make the site
    en = NewsReleasePage.objects.filter(locale__language_code="en")
    es = NewsReleasePage.objects.filter(locale__language_code="es")
    assert en.live().count() == 8 and es.live().count() == 2
    seed(12, demo=False)
    assert en.count() == 12 and es.count() == 3
    assert all(not problems for problems in Page.find_problems())  # treebeard's tree is consistent
    release = es.first()
    assert release.translation_key in set(en.values_list("translation_key", flat=True))
    assert release.url_path == f"{release.get_parent().url_path}{release.slug}/"
    assert release.featured_image and release.topics.exists()
    assert [block.block_type for block in release.specific.body][:2] == ["paragraph", "heading"]
    assert NewsReleasePage.objects.search("Comunicado").count() >= 1


def test_report_keeps_the_other_database_and_the_analysis(tmp_path):
    path = tmp_path / "results.md"
    path.write_text(report.HEADER + "\n## Analysis\n\nBy hand.\n")
    size = {"size": 10, "cases": {}, "probe": {"cases": {}}, "rss_mb": {1: 100.0},
            "floor": {"rps": 1000.0, "runs": [{"rps": 1000.0}]}}
    machine = {"commit": "abc", "nproc": 2, "cpu": "cpu", "memory_gb": 24, "kernel": "k", "python": "3.11",
               "versions": {}, "wrk": "wrk"}
    run = {"date": "today", "machine": machine, "database": "SQLite", "database_key": "sqlite", "quick": False,
           "cache": "none", "wrk": "wrk -t1 -c4 -d1s", "total_seconds": 1, "timings": {}}
    report.write(path, run, [size])
    report.write(path, {**run, "database": "PostgreSQL 16", "database_key": "postgresql"}, [size])
    report.write(path, {**run, "date": "tomorrow"}, [size])
    text = path.read_text()
    assert text.count("<!-- bench:sqlite -->") == 1 and "<!-- bench:postgresql -->" in text
    assert "tomorrow" in text and "Run today" in text  # sqlite replaced, postgresql kept
    assert text.rstrip().endswith("By hand.")
