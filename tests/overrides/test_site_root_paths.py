"""Contract: the site root paths cms/overrides/site_root_paths.py hands to Wagtail (through the
public scope's one query) equal Site.get_site_root_paths() (wagtail 8.0.1), over generated sets of
sites: roots at the top or in a section, with and without translations, ports 80/443/8080, with
and without a default site, with WAGTAIL_I18N_ENABLED on and off. (The routing's use of it is
checked in test_routing.py.)"""

import itertools

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from wagtail.models import Page, Site

from cms.publishing.visibility import site_scope
from tests.factories import StandardPageFactory, translate

pytestmark = pytest.mark.django_db

PAIRS = list(itertools.product(["a.test", "b.test"], [80, 443, 8080]))


def site_sets(roots):
    for size in (1, 2, 3):
        for pairs in itertools.combinations(PAIRS, size):
            for default in (None, 0):
                for shift in range(len(roots)):  # each site's root chosen among the roots, in turn
                    sites = [(host, port, roots[(i + shift) % len(roots)]) for i, (host, port) in enumerate(pairs)]
                    yield sites, default


@pytest.mark.parametrize("i18n", [True, False])
def test_site_root_paths_are_wagtails(homes, locale_es, i18n):
    section = StandardPageFactory(parent=homes["en"], slug="section")
    translate(section, locale_es, slug="seccion")
    standalone = Page.get_first_root_node().add_child(instance=StandardPageFactory.build(slug="standalone"))
    roots = [homes["en"], section, standalone]
    checked = 0
    with override_settings(WAGTAIL_I18N_ENABLED=i18n):
        for sites, default in site_sets(roots):
            Site.objects.all().delete()
            for index, (host, port, root) in enumerate(sites):
                Site.objects.create(hostname=host, port=port, root_page=root, is_default_site=index == default)
            request = RequestFactory().get("/", HTTP_HOST=sites[0][0], SERVER_PORT=str(sites[0][1]))
            site_scope(request)
            cache.clear()
            expected = Site.get_site_root_paths()
            assert request._wagtail_cached_site_root_paths == expected, (sites, default)
            checked += 1
    assert checked > 100
