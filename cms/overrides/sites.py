"""Which site answers a request, chosen among Site rows already read.

Replaces: wagtail.models.sites.get_site_for_hostname (the query behind Site.find_for_request and
Site._find_for_request), and reads/writes Site.find_for_request's per-request cache
(`request._wagtail_site`, a private attribute).
Checked against: wagtail 8.0.1 (Django 5.2.19's split_domain_port and HttpRequest._get_raw_host).

What it buys: cms.publishing.visibility.site_scope reads every site in the same query as the site's
locale roots and the view restrictions, so a request that is not routed to a page (the API,
sitemaps, feeds, search) learns its site without Wagtail's own query: one query per cold request.
Routed HTML requests do not use it (the routing has already called Site.find_for_request, whose
answer `match_site` returns).

Delete when: Wagtail exposes a way to choose a site among given Site objects (or
get_site_for_hostname takes a queryset), or when the measurement in bench/results.md
("Overrides (issue #14)") shows the saved query no longer matters with the response cache warm.
Contract: tests/overrides/test_sites.py (against Site.find_for_request over generated sites and hosts).
"""

from django.http.request import split_domain_port

# Wagtail's ranks (wagtail.models.sites.MATCH_*), best first.
_HOSTNAME_PORT, _HOSTNAME_DEFAULT, _DEFAULT, _HOSTNAME = 0, 1, 2, 3


def request_host_and_port(request):
    """(hostname, port) as Site._find_for_request reads them: the raw Host header (no ALLOWED_HOSTS
    check), lower-cased and without its port, and the request's port."""
    return split_domain_port(request._get_raw_host())[0], request.get_port()


def match_site(sites, request):
    """The site for `request` among `sites` (every Site row), by get_site_for_hostname's rule,
    without its query; the default site when there is no request; None when nothing matches.
    A site Site.find_for_request already found for this request is returned as is."""
    if request is None:
        return next((site for site in sites if site.is_default_site), None)
    cached = getattr(request, "_wagtail_site", False)
    if cached is not False:
        return cached
    hostname, port = request_host_and_port(request)

    def rank(site):
        if site.hostname == hostname:
            if str(site.port) == str(port):
                return _HOSTNAME_PORT
            return _HOSTNAME_DEFAULT if site.is_default_site else _HOSTNAME
        return _DEFAULT

    candidates = sorted((site for site in sites if site.hostname == hostname or site.is_default_site), key=rank)
    if len(candidates) == 1 or (candidates and rank(candidates[0]) in (_HOSTNAME_PORT, _HOSTNAME_DEFAULT)):
        return candidates[0]
    if candidates and rank(candidates[0]) == _DEFAULT:
        # The default and exactly one hostname match: the hostname match; more: the default.
        return candidates[len(candidates) == 2]
    return None

