"""Contract: the sitemap's bulk URLs (cms/overrides/sitemap_urls.py) list the same pages, at the
same addresses, with the same dates as Wagtail's Sitemap._urls, over a generated two-language tree
(nested sections, translated and untranslated pages, pages with no publish date, several paginator
pages); and the upstream methods are the ones checked, so an upgrade that changes them fails here."""

import hashlib
import inspect
import itertools

import pytest
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sites.requests import RequestSite
from django.test import RequestFactory
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page, Site, get_page_models

from cms.content.sitemaps import LocaleSitemap
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory, StandardPageFactory, translate

UPSTREAM_SHA256 = {  # wagtail 8.0.1, Django 5.2.19
    WagtailSitemap._urls: "4bfc0b041a9373257f10b94c3504566407241825edd8a792efda65b73bf9ec3f",
    DjangoSitemap._urls: "dda9a21f8832d6b30e65fb8376b9fc8fe38fd916f46e673185827664f7fbad76",
}


def source_hash(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


def test_upstream_methods_are_the_ones_checked():
    assert {source_hash(f) for f in UPSTREAM_SHA256} == set(UPSTREAM_SHA256.values())


def test_no_page_type_has_its_own_sitemap_urls():
    """Upstream asks each page for its URLs; the bulk version does not, so a page type that starts
    answering differently must come with a change to the override."""
    assert [m.__name__ for m in get_page_models() if m.get_sitemap_urls is not Page.get_sitemap_urls] == []


class Upstream(WagtailSitemap):
    """Wagtail's sitemap over the same pages (its own _urls, per page `get_sitemap_urls`)."""

    def __init__(self, ours, request):
        super().__init__(request)
        self.ours = ours

    def items(self):
        return self.ours.items().specific()


@pytest.fixture
def tree(homes, locale_es):
    Site.objects.filter(is_default_site=True).update(hostname="testserver", port=80)
    en = homes["en"]
    sections = [StandardPageFactory(parent=en, title=f"Section {n}", slug=f"section-{n}") for n in range(3)]
    news = NewsIndexPageFactory(parent=en)
    for n, parent in zip(range(9), itertools.cycle([*sections, news])):
        factory = NewsReleasePageFactory if parent == news else StandardPageFactory
        page = factory(parent=parent, title=f"Page {n}", slug=f"page-{n}")
        if n % 3 == 0:
            translate(page, locale_es, title=f"Página {n}", slug=f"pagina-{n}")
    StandardPageFactory(parent=sections[0], title="Draft", slug="draft", live=False)
    # A page whose only date is its latest revision's, and one with neither (upstream's lastmod None).
    Page.objects.filter(slug="page-1").update(last_published_at=None)
    return homes


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("limit", [3, 50000])  # several paginator pages, and one
@pytest.mark.parametrize("undated", [False, True])
def test_same_pages_addresses_and_dates_as_wagtail(tree, language, limit, undated):
    if undated:
        Page.objects.filter(slug="page-2").update(last_published_at=None, latest_revision_created_at=None)
    request = RequestFactory().get("/sitemap.xml")
    ours = LocaleSitemap(language, request)
    upstream = Upstream(ours, request)
    ours.limit = upstream.limit = limit
    assert ours.paginator.num_pages == upstream.paginator.num_pages
    for number in ours.paginator.page_range:
        mine = ours.get_urls(page=number, site=RequestSite(request), protocol="http")
        theirs = upstream.get_urls(page=number, site=RequestSite(request), protocol="http")
        assert [(u["location"], u["lastmod"]) for u in mine] == [(u["location"], u["lastmod"]) for u in theirs]
        assert getattr(ours, "latest_lastmod", None) == getattr(upstream, "latest_lastmod", None)
    assert ours.paginator.count > 3


def test_alternates_are_the_public_translations(tree):
    request = RequestFactory().get("/sitemap.xml")
    sitemap = LocaleSitemap("es", request)
    urls = {u["item"].slug: u for u in sitemap.get_urls(site=RequestSite(request), protocol="http")}
    assert {a["lang_code"]: a["location"] for a in urls["pagina-0"]["alternates"]} == {
        "es": urls["pagina-0"]["location"],
        "en": Page.objects.get(slug="page-0").get_full_url(request),
        "x-default": Page.objects.get(slug="page-0").get_full_url(request),
    }
    assert urls["pagina-0"]["location"].startswith("http://testserver/es/")
    assert "draft" not in urls
