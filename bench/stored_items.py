"""What the API's stored items (cms.api.store) buy once the response cache is cold.

`python -m bench.django_main bench.stored_items [--repeat N]` against a seeded bench database
(bench/seed.py). In-process (Django's test client), per API case: the median time and the SQL
queries of a cold request (every Django cache cleared first) served

- from the stored items (what production does),
- with stored items off (`PageEndpoint.store_representations = False`: the live serializer),
- from the stored items after they were dropped (the first read after an invalidation builds and
  stores them);

and the time to drop the rows that depend on a topic, and on an image (what saving either does),
rolled back after each measurement.

A cold request is what every reader gets first after any publish: the response cache is keyed by
the content version, so each publish makes every cached response cold. Light on purpose (a few
cases, a few repeats): run it on a quiet machine and compare ratios, not absolute times.
"""

import argparse
import statistics
import time

from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.cases import CASES, resolve_context

HOST = "127.0.0.1"
EXTRA = [
    ("api_resources_all", "API resources listing (20, all fields)", lambda c: "/api/v2/resources/?limit=20&fields=*"),
    ("api_groups", "API working-groups listing (default fields)", lambda c: "/api/v2/working-groups/?limit=20"),
]


def clear_caches():
    for cache in caches.all():
        cache.clear()


def cold(client, url, drop=None):
    clear_caches()
    if drop:
        drop()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url, HTTP_HOST=HOST)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, len(queries.captured_queries)


def run(client, url, repeat, drop=None):
    cold(client, url, drop)  # one-time work (URL resolvers, serializer classes) not counted
    times, counts = zip(*(cold(client, url, drop) for _ in range(repeat)), strict=True)
    return round(statistics.median(times), 1), max(counts)


class Rollback(Exception):
    pass


def invalidation_ms(tokens, repeat):
    """Median time to drop the rows depending on `tokens`, and how many rows that is."""
    from cms.api import store as api_store
    from cms.models import ApiRepresentation

    times, dropped = [], 0
    for _ in range(repeat):
        try:
            with transaction.atomic():
                before = ApiRepresentation.objects.count()
                started = time.perf_counter()
                api_store.drop_dependants(tokens)
                times.append((time.perf_counter() - started) * 1000)
                dropped = before - ApiRepresentation.objects.count()
                raise Rollback
        except Rollback:
            pass
    return round(statistics.median(times), 2), dropped


def invalidations(repeat):
    from django.db.models import Count
    from wagtail.images import get_image_model

    from cms.models import ApiRepresentation, Topic

    topic = Topic.objects.annotate(n=Count("releases")).order_by("-n").first()
    from news.models import NewsReleasePage

    image = get_image_model().objects.filter(pk__in=NewsReleasePage.objects.values("featured_image")).first()
    print(f"\nStored rows: {ApiRepresentation.objects.count()}")
    print("| change | rows dropped | ms (median) |\n|---|---:|---:|")
    for label, token in (("a topic used by the most releases", f"snippet:{topic.translation_key}"),
                         ("an image", f"image:{image.pk}")):
        ms, dropped = invalidation_ms([token], repeat)
        print(f"| {label} | {dropped} | {ms} |", flush=True)


def main(argv=None):
    from cms.api import store as api_store
    from cms.api.base import PageEndpoint

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--invalidation-only", action="store_true")
    args = parser.parse_args(argv)
    if args.invalidation_only:
        return invalidations(args.repeat)
    context = resolve_context()
    client = Client(raise_request_exception=False)
    cases = [(case.name, case.label, case.build) for case in CASES if case.kind == "api"] + EXTRA
    api_store.build_missing()
    print("| case | stored: ms, queries | live serializer: ms, queries | stored, rebuilt on read: ms, queries |")
    print("|---|---:|---:|---:|")
    for _name, label, build in cases:
        url = build(context)
        stored = run(client, url, args.repeat)
        PageEndpoint.store_representations = False
        try:
            live = run(client, url, args.repeat)
        finally:
            PageEndpoint.store_representations = True
        rebuilt = run(client, url, args.repeat, drop=api_store.drop_all)
        print(f"| {label} `{url}` | {stored[0]}, {stored[1]} | {live[0]}, {live[1]} | {rebuilt[0]}, {rebuilt[1]} |",
              flush=True)
    api_store.build_missing()
    invalidations(args.repeat)
