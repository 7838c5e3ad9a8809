"""Alias pages (English text copied under /es/) never pass for translations anywhere readers look."""

import re

import pytest
from wagtail.models import Locale, Page

from cms.publishing.visibility import is_public, public_pages
from tests.factories import NewsReleasePageFactory

pytestmark = pytest.mark.django_db

TITLE = "An English-only release"


@pytest.fixture
def alias(tree):
    release = NewsReleasePageFactory(parent=tree["news"], title=TITLE, slug="english-only")
    alias = release.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True, alias=True)
    assert alias.alias_of_id == release.pk and alias.live
    return alias


def test_the_visibility_rule_leaves_aliases_out(alias, tree):
    spanish = Page.objects.filter(locale__language_code="es")
    assert alias.pk in spanish.values_list("pk", flat=True)
    assert alias.pk not in public_pages(spanish).values_list("pk", flat=True)
    assert tree["news_es"].pk in public_pages(spanish).values_list("pk", flat=True)
    assert not is_public(alias) and is_public(tree["news_es"])


def test_alias_absent_from_the_spanish_home_page(client, alias, tree):
    """The home page's latest releases once listed an alias of an English release on /es/."""
    assert alias.alias_of.title in client.get(tree["home"].url).content.decode()  # the original shows
    assert TITLE not in client.get(tree["home_es"].url).content.decode()
    assert alias.pk not in [page.pk for page in tree["home_es"].specific.latest_releases()]


def test_alias_absent_from_listing_feeds_sitemap_and_api(client, alias, tree):
    assert TITLE not in client.get(tree["news_es"].url).content.decode()
    assert TITLE not in client.get("/es/feeds/news.rss").content.decode()
    assert TITLE not in client.get("/es/feeds/news.atom").content.decode()

    alias_path = alias.get_url()
    assert alias_path.startswith("/es/") and "english-only" in alias_path
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>[^<]*(/sitemap-[^<]+\.xml)[^<]*</loc>", index)
    assert sections
    for section in sections:
        assert alias_path not in client.get(section).content.decode()

    for url in ("/api/v2/news/?locale=es", "/api/v2/pages/?locale=es"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert alias.pk not in [item["id"] for item in response.json()["items"]]
    # The English original's list of translations does not offer the alias as Spanish.
    english = client.get(Page.objects.get(pk=alias.alias_of_id).url).content.decode()
    assert alias.url not in english
