"""Contract: cms/overrides/sites.py chooses the site Site.find_for_request would (wagtail 8.0.1's
get_site_for_hostname), over generated sets of sites (hostnames, IPv4 and IPv6 addresses, ports,
with and without a default site) and requests (ports, case, unknown hosts, X-Forwarded-Host)."""

import itertools

import pytest
from django.test import RequestFactory, override_settings
from wagtail.models import Site

from cms.overrides.sites import match_site

pytestmark = pytest.mark.django_db

HOSTNAMES = ["a.test", "127.0.0.1", "[::1]"]
PORTS = [80, 8080]
PAIRS = list(itertools.product(HOSTNAMES, PORTS))

# (Host header or None for SERVER_NAME only, SERVER_PORT, extra headers)
REQUESTS = [
    (host, port, {})
    for host in ["a.test", "A.Test", "a.test:8080", "a.test:9000", "b.test", "127.0.0.1", "127.0.0.1:8080",
                 "[::1]", "[::1]:8080", "[::1]:80", "unknown.test", None]
    for port in ["80", "8080"]
] + [  # X-Forwarded-Host is ignored while USE_X_FORWARDED_HOST is off (the default)
    (host, "80", {"HTTP_X_FORWARDED_HOST": "a.test:8080"}) for host in ["unknown.test", "[::1]:8080"]
]


def site_sets():
    """Every set of one to three (hostname, port) sites, with no default or each one as default."""
    for size in (1, 2, 3):
        for pairs in itertools.combinations(PAIRS, size):
            for default in (None, *range(size)):
                yield pairs, default


def make_request(host, port, extra):
    headers = {"SERVER_PORT": port, "SERVER_NAME": "a.test", **extra}
    if host is not None:
        headers["HTTP_HOST"] = host
    return RequestFactory().get("/", **headers)


def chosen(site):
    return site and site.pk


def compare_all(home):
    checked = mismatched = 0
    for pairs, default in site_sets():
        Site.objects.all().delete()
        for index, (hostname, port) in enumerate(pairs):
            Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=index == default)
        sites = list(Site.objects.all())
        for host, port, extra in REQUESTS:
            expected = Site.find_for_request(make_request(host, port, extra))
            actual = match_site(sites, make_request(host, port, extra))
            checked += 1
            if chosen(actual) != chosen(expected):
                mismatched += 1
                print("mismatch", pairs, default, host, port, extra, expected, actual)
    return checked, mismatched


def test_chooses_wagtails_site_over_generated_sites_and_hosts(home):
    checked, mismatched = compare_all(home)
    assert mismatched == 0
    assert checked > 3000


@override_settings(USE_X_FORWARDED_HOST=True, USE_X_FORWARDED_PORT=True)
def test_with_forwarded_host_and_port_trusted(home):
    Site.objects.all().delete()
    Site.objects.create(hostname="a.test", port=80, root_page=home, is_default_site=True)
    Site.objects.create(hostname="a.test", port=8080, root_page=home)
    Site.objects.create(hostname="[::1]", port=8080, root_page=home)
    sites = list(Site.objects.all())
    for forwarded_host, forwarded_port in itertools.product(["a.test", "a.test:8080", "[::1]:8080", "x.test"],
                                                            [None, "8080", "80"]):
        extra = {"HTTP_X_FORWARDED_HOST": forwarded_host}
        if forwarded_port:
            extra["HTTP_X_FORWARDED_PORT"] = forwarded_port
        expected = Site.find_for_request(make_request("unknown.test", "80", extra))
        assert chosen(match_site(sites, make_request("unknown.test", "80", extra))) == chosen(expected), extra


def test_no_request_is_the_default_site_and_a_found_site_is_kept(home):
    Site.objects.all().delete()
    default = Site.objects.create(hostname="a.test", port=80, root_page=home, is_default_site=True)
    other = Site.objects.create(hostname="b.test", port=80, root_page=home)
    sites = list(Site.objects.all())
    assert chosen(match_site(sites, None)) == default.pk
    request = make_request("a.test", "80", {})
    request._wagtail_site = other  # what Site.find_for_request keeps on the request
    assert Site.find_for_request(request) is other  # Wagtail still reads its per-request cache
    assert match_site(sites, request) is other
