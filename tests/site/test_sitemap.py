"""sitemap.xml: an index of one sitemap per locale; hreflang alternates; no drafts, aliases or
private pages."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def urls(client, path):
    response = client.get(path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {u.findtext(f"{SM}loc"): {a.get("hreflang"): a.get("href") for a in u.findall(f"{XHTML}link")}
            for u in root.findall(f"{SM}url")}


def test_index_lists_a_sitemap_per_locale(client, site_tree):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locs = [s.findtext(f"{SM}loc") for s in root.findall(f"{SM}sitemap")]
    assert locs == ["http://testserver/sitemap-en.xml", "http://testserver/sitemap-es.xml"]


def test_locale_sitemaps_with_alternates(client, site_tree):
    en = urls(client, "/sitemap-en.xml")
    assert "http://testserver/en/" in en and "http://testserver/en/news/chile-launch/" in en
    assert "http://testserver/en/news/statement/" in en
    assert en["http://testserver/en/news/chile-launch/"] == {
        "en": "http://testserver/en/news/chile-launch/",
        "es": "http://testserver/es/noticias/lanzamiento/",
        "x-default": "http://testserver/en/news/chile-launch/",
    }
    assert en["http://testserver/en/news/statement/"] == {}  # no translation, no alternates
    es = urls(client, "/sitemap-es.xml")
    assert "http://testserver/es/noticias/lanzamiento/" in es
    assert not any(loc.startswith("http://testserver/en/") for loc in es)


def test_no_drafts_aliases_or_private_pages(client, site_tree):
    alias = site_tree["statement"].copy_for_translation(site_tree["es"], alias=True)
    PageViewRestriction.objects.create(page=site_tree["peru"], restriction_type=PageViewRestriction.PASSWORD,
                                       password="secret")
    en = urls(client, "/sitemap-en.xml")
    es = urls(client, "/sitemap-es.xml")
    assert not any("draft" in loc for loc in en)
    assert alias.get_full_url() not in es and alias.get_full_url().endswith("/es/noticias/statement/")
    assert "http://testserver/en/working-groups/peru/" not in en
    assert "http://testserver/en/working-groups/chile/" in en


def test_unknown_section_is_404(client, homes):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_other_sites_pages_stay_in_their_own_sitemap(client, site_tree):
    from wagtail.models import Page, Site

    from home.models import HomePage
    from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory

    other_root = Page.get_first_root_node().add_child(instance=HomePage(
        title="Other site", slug="other-home", hero_title="x", hero_text="y", locale=site_tree["news"].locale))
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    other = NewsReleasePageFactory(parent=NewsIndexPageFactory(parent=other_root), title="Other site's release")

    assert not any(other.slug in loc for loc in urls(client, "/sitemap-en.xml"))
    other_site = {loc for loc in urls_for_host(client, "/sitemap-en.xml", "other.example")}
    assert any(other.slug in loc for loc in other_site)


def urls_for_host(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [u.findtext(f"{SM}loc") for u in root.findall(f"{SM}url")]
