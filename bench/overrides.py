"""What each upstream override (cms/overrides/) still buys: SQL queries and time of cold and warm
requests with the override, and with the upstream path it replaces switched back in this
process only (nothing is switched in production code).

`python -m bench.django_main bench.overrides [--repeat 10] [--output FILE]`, with the bench
settings and a database seeded by bench.seed (as `make bench` prepares it). Cold: every cache
cleared before the request; warm: the same URL again, the response cache filled. Django's test
client, CaptureQueriesContext and time.perf_counter, in-process (like bench/probe.py). Writes the
Markdown table recorded in bench/results.md, "Overrides (issue #14)".

It adds two standard pages to the database the first time (3 and 30 rich-text page links: a
page's query count must not grow with its links).
"""

import argparse
import contextlib
import statistics
import time
from pathlib import Path
from unittest import mock

from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText, get_rewriter
from wagtail.rich_text.pages import PageLinkHandler

from bench.cases import resolve_context
from cms.overrides import page_links, routing, site_root_paths
from cms.publishing import visibility
from cms.templatetags import site_tags

HOST = "127.0.0.1"
BUDGET = 12  # tests/site/test_query_budget.py, tests/api/test_query_budget.py


def _upstream_site(sites, request):
    """Wagtail's Site.find_for_request (the default site without a request, as site_scope needs)."""
    if request is None:
        return Site.objects.filter(is_default_site=True).first()
    return Site.find_for_request(request)


@classmethod
def _upstream_links(cls, attrs_list):
    return PageLinkHandler.expand_db_attributes_many.__func__(PageLinkHandler, attrs_list)


@contextlib.contextmanager
def _upstream_link_handler():
    """Wagtail's PageLinkHandler output; the rewriter caches the handlers' methods, so rebuild it."""
    get_rewriter.cache_clear()
    try:
        with mock.patch.object(page_links.LocalizedPageLinkHandler, "expand_db_attributes_many", _upstream_links):
            yield
    finally:
        get_rewriter.cache_clear()


def _locale_get_active():
    return Locale.get_active().language_code


# name -> (what it is, patches that put the upstream path back)
SWITCHES = {
    "routing": ("cms/overrides/routing.py",
                lambda: [mock.patch.object(routing, "_default_routing_only", lambda: False)]),
    "sites": ("cms/overrides/sites.py", lambda: [mock.patch.object(visibility, "match_site", _upstream_site)]),
    "site_root_paths": ("cms/overrides/site_root_paths.py",
                        lambda: [mock.patch.object(site_root_paths, "remember", lambda *a, **k: None)]),
    "active_locale": ("cms/overrides/active_locale.py",
                      lambda: [mock.patch.object(routing, "active_language", _locale_get_active),
                               mock.patch.object(page_links, "active_language", _locale_get_active)]),
    "page_links": ("cms/overrides/page_links.py", lambda: [_upstream_link_handler()]),
    "renditions": ("cms/publishing/renditions.py (extension point)",
                   lambda: [mock.patch.object(site_tags, "prefetch_page_renditions", lambda page: None)]),
}


@contextlib.contextmanager
def upstream(names):
    with contextlib.ExitStack() as stack:
        for name in names:
            for patch in SWITCHES[name][1]():
                stack.enter_context(patch)
        yield


def links_page(context, count):
    """A published standard page under the English home whose one paragraph links `count` pages."""
    from home.models import HomePage, StandardPage
    from news.models import NewsReleasePage

    slug = f"bench-links-{count}"
    page = StandardPage.objects.filter(slug=slug).first()
    if page is None:
        home = HomePage.objects.get(depth=2, locale=Locale.get_default())
        targets = list(NewsReleasePage.objects.filter(locale=home.locale).order_by("pk")[:count])
        links = " ".join(f'<a linktype="page" id="{target.pk}">{target.title}</a>' for target in targets)
        page = home.add_child(instance=StandardPage(title=f"{count} links", slug=slug, intro="Links.",
                                                    body=[("paragraph", RichText(f"<p>{links}</p>"))]))
        page.save_revision().publish()
    return page.url


def cases(context):
    return {
        "HTML home": context["home_url"],
        "HTML release": context["release_url"],
        "HTML news index p5": f"{context['news_url']}?page=5",
        "HTML directory": context["directory_url"],
        "HTML page, 3 links": links_page(context, 3),
        "HTML page, 30 links": links_page(context, 30),
        "HTML 404": "/en/no-such-page/",
        "RSS feed": "/en/feeds/news.rss",
        "sitemap (en)": "/sitemap-en.xml",
        "API news listing": "/api/v2/news/?limit=20&fields=*",
        "API working group": f"/api/v2/working-groups/{context['group_id']}/",
    }


def clear_caches():
    for cache in caches.all():
        cache.clear()


def timed(client, url):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url, HTTP_HOST=HOST)
        elapsed = time.perf_counter() - started
    assert response.status_code in (200, 404), (url, response.status_code)
    return len(queries.captured_queries), elapsed * 1000


def measure(client, url, repeat):
    """(cold queries, cold median ms, warm queries, warm median ms)."""
    client.get(url, HTTP_HOST=HOST)  # renditions and oEmbed records exist, as in bench/probe.py
    cold = []
    for _ in range(repeat):
        clear_caches()
        cold.append(timed(client, url))
    timed(client, url)  # fill the response cache
    warm = [timed(client, url) for _ in range(repeat)]
    return (max(q for q, _ in cold), statistics.median(ms for _, ms in cold),
            max(q for q, _ in warm), statistics.median(ms for _, ms in warm))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--only", help="comma-separated switches to measure (default: each, then all)")
    args = parser.parse_args(argv)
    client = Client()
    urls = cases(resolve_context())
    names = args.only.split(",") if args.only else list(SWITCHES)
    variants = [("(all overrides)", [])] + [(name, [name]) for name in names]
    if not args.only:
        variants.append(("(all upstream)", list(SWITCHES)))
    results = {}
    for label, names in variants:
        with upstream(names):
            for case, url in urls.items():
                results[label, case] = measure(client, url, args.repeat)
        print(f"[overrides] {label} measured", flush=True)

    lines = [f"{connection.vendor}, {args.repeat} requests per figure; queries: the most of any request, "
             "ms: median. Each row: the override replaced by its upstream path; Δ = upstream − override.", "",
             "| upstream path for | case | cold queries (override → upstream) | cold ms (override → upstream) "
             "| warm queries | warm ms (override → upstream) |", "|---|---|---|---|---|---|"]
    base = {case: results["(all overrides)", case] for case in urls}
    for label, _names in variants[1:]:
        for case in urls:
            ours, theirs = base[case], results[label, case]
            if label != "(all upstream)" and ours[0] == theirs[0] and abs(theirs[1] - ours[1]) < 0.1 * ours[1]:
                continue  # the override changes nothing measurable here
            flag = " **over budget**" if theirs[0] > BUDGET else ""
            lines.append(f"| {label} | {case} | {ours[0]} → {theirs[0]}{flag} | {ours[1]:.1f} → {theirs[1]:.1f} "
                         f"| {ours[2]} → {theirs[2]} | {ours[3]:.2f} → {theirs[3]:.2f} |")
    lines += ["", "With every override: " + ", ".join(f"{case} {q} q / {ms:.1f} ms cold, {wq} q / {wms:.2f} ms warm"
                                                       for case, (q, ms, wq, wms) in base.items())]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text)
