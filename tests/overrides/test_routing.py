"""Contract: cms/overrides/routing.py routes every path exactly as Wagtail's Page.route_for_request
and wagtail.views.serve do (wagtail 8.0.1), over a generated matrix of paths, hosts and languages.
An upgrade that changes Wagtail's routing, or the private caches the override fills, fails here."""

import itertools

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from cms.overrides import routing
from home.models import StandardPage

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "other.test:8080", "unknown.test"]  # default site, second site, unknown (default)
LANGUAGES = ["en", "es"]


def generated_paths():
    """Every page's path below the locale homes and below the sections (the second site's root),
    each as is, without its trailing slash, upper-cased, with a missing child and a doubled slash."""
    relative = {""}
    for url_path in Page.objects.filter(depth__gt=1).values_list("url_path", flat=True):
        components = [c for c in url_path.split("/") if c]
        relative.add("/".join(components[1:]))
        relative.add("/".join(components[2:]))
    paths = set()
    for rel in relative:
        base = f"{rel}/" if rel else ""
        paths.update({base, rel, base.upper(), f"{base}no-such-page/", base.replace("/", "//", 1)})
    return sorted(paths)


def summary(result):
    """What serving depends on: the page (its specific type), route args, its parent (cached by
    the routing) and the view restrictions the check_view_restrictions hook will read."""
    if result is None:
        return None
    page, args, kwargs = result
    parent = page.get_parent()
    return (page.pk, type(page), tuple(args), tuple(sorted(kwargs.items())), parent and parent.pk,
            page.locale.language_code, sorted(r.pk for r in page.get_view_restrictions()))


def route(router, host, language, path):
    request = RequestFactory().get("/", HTTP_HOST=host)
    with translation.override(language):
        return summary(router(request, path)), request


def test_routes_like_wagtail_over_generated_paths(contract_tree):
    paths = generated_paths()
    assert len(paths) > 60
    found = 0
    mismatched = []
    for host, language, path in itertools.product(HOSTS, LANGUAGES, paths):
        expected, _request = route(Page.route_for_request, host, language, path)
        cache.clear()  # the override stores Wagtail's site root paths in the cache: start empty
        actual, request = route(routing.route_for_request, host, language, path)
        found += expected is not None
        if actual != expected:
            mismatched.append((host, language, path, expected, actual))
        # The site root paths it handed to Wagtail are Wagtail's own.
        if hasattr(request, "_wagtail_cached_site_root_paths"):
            cached = request._wagtail_cached_site_root_paths
            cache.clear()
            assert cached == Site.get_site_root_paths(), (host, language, path)
    assert not mismatched, mismatched[:5]
    assert found > 40  # the matrix reaches real pages in both locales and on both sites


@pytest.mark.parametrize("language", LANGUAGES)
def test_serves_like_wagtail(client, contract_tree, monkeypatch, language):
    """Through the whole stack (hooks, password and login restrictions, 404s): the same answer."""
    paths = [p for p in generated_paths() if p.endswith("/") and "//" not in p and p == p.lower()] + [""]

    def answers():
        result = []
        for path in paths:
            cache.clear()  # no response cache: both runs render
            response = client.get(f"/{language}/{path}")
            page = (response.context or {}).get("page") if response.status_code == 200 else None
            result.append((path, response.status_code, response.get("Location"), getattr(page, "pk", None)))
        return result

    ours = answers()
    monkeypatch.setattr(routing, "_default_routing_only", lambda: False)  # Wagtail's own routing
    upstream = answers()
    assert ours == upstream
    statuses = {status for _path, status, _location, _page in ours}
    assert {200, 404}.issubset(statuses) and (302 in statuses or language == "es")


def test_a_page_type_overriding_route_gets_wagtails_routing(contract_tree, monkeypatch):
    """RoutablePageMixin and the like: the override steps aside, and the answers stay Wagtail's."""
    def route_with_extra(self, request, path_components):
        if path_components == ["extra"]:
            return RouteResult(self, args=("extra",))
        return Page.route(self, request, path_components)

    monkeypatch.setattr(StandardPage, "route", route_with_extra, raising=False)
    routing._default_routing_only.cache_clear()
    try:
        assert routing._default_routing_only() is False
        for path in ["about/extra/", "about/", "news/café/extra/", "about/other/"]:
            expected, _request = route(Page.route_for_request, "localhost", "en", path)
            actual, _request = route(routing.route_for_request, "localhost", "en", path)
            assert actual == expected, path
        assert route(routing.route_for_request, "localhost", "en", "about/extra/")[0][2] == ("extra",)
    finally:
        monkeypatch.undo()
        routing._default_routing_only.cache_clear()
