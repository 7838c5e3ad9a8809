"""The oEmbed provider (/api/oembed/): rich iframe responses for profiles and news cards, and errors."""

import html
import re

import pytest

pytestmark = pytest.mark.django_db

OEMBED = "/api/oembed/"


def test_profile_page_url(client, profile):
    response = client.get(OEMBED, {"url": f"http://testserver{profile.url}", "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Cache-Control"].startswith("public")
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["provider_name"] == "Voluntary Principles Initiative"
    assert data["title"] == "Chile: working-group profile"
    assert (data["width"], data["height"]) == (480, 340)
    src = html.unescape(re.search(r'src="([^"]+)"', data["html"]).group(1))
    assert src == "http://testserver/embed/working-groups/chile/?locale=en"
    assert data["html"].startswith("<iframe") and 'width="480"' in data["html"]


def test_spanish_profile_url_gives_spanish_card(client, profile_es):
    data = client.get(OEMBED, {"url": f"http://testserver{profile_es.url}"}).json()
    assert profile_es.url.startswith("/es/")
    assert "locale=es" in data["html"] and "/embed/working-groups/chile/" in data["html"]
    assert data["title"].startswith("Chile (grupo)")


def test_embed_card_urls(client, profile_es):
    data = client.get(OEMBED, {"url": "http://testserver/embed/working-groups/chile/news/?locale=es"}).json()
    assert "/embed/working-groups/chile/news/?locale=es" in html.unescape(data["html"])
    assert data["height"] == 380
    data = client.get(OEMBED, {"url": "http://testserver/embed/working-groups/chile/"}).json()
    assert "locale=en" in data["html"]


def test_maxwidth_and_maxheight(client, profile):
    data = client.get(OEMBED, {"url": f"http://testserver{profile.url}", "maxwidth": "300", "maxheight": "200"}).json()
    assert (data["width"], data["height"]) == (300, 200)
    assert 'width="300"' in data["html"] and 'height="200"' in data["html"]
    data = client.get(OEMBED, {"url": f"http://testserver{profile.url}", "maxwidth": "9000"}).json()
    assert data["width"] == 480
    for bad in ("-5", "0", "wide", ""):
        response = client.get(OEMBED, {"url": f"http://testserver{profile.url}", "maxwidth": bad})
        assert response.status_code == 200 and response.json()["width"] == 480


def test_xml_is_not_implemented(client, profile):
    response = client.get(OEMBED, {"url": f"http://testserver{profile.url}", "format": "xml"})
    assert response.status_code == 501
    assert "message" in response.json()


@pytest.mark.parametrize("url", [
    "http://example.com/en/working-groups/chile/",  # another site
    "http://testserver/en/",  # this site, not a profile
    "http://testserver/en/working-groups/",  # the directory
    "http://testserver/en/working-groups/atlantis/",
    "http://testserver/embed/working-groups/atlantis/",
    "http://testserver/embed/working-groups/chile.json",  # data, not a card
    "http://testserver/admin/pages/1/",
    "ftp://testserver/en/working-groups/chile/",
    "http://[::1",  # unparsable
    "not a url",
    "http://testserver/fr/working-groups/chile/",
])
def test_other_urls_are_404_json(client, profile, url):
    response = client.get(OEMBED, {"url": url, "format": "json"})
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_draft_profile_is_404(client, profile):
    url = f"http://testserver{profile.url}"
    profile.unpublish()
    assert client.get(OEMBED, {"url": url}).status_code == 404


def test_missing_url_is_400(client, home):
    response = client.get(OEMBED)
    assert response.status_code == 400 and response.json()["message"]


def test_discovery_link_on_profile_page(client, profile):
    page_html = client.get(profile.url).text
    match = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', page_html)
    assert match, "no oEmbed discovery link"
    oembed_url = html.unescape(match.group(1))
    assert oembed_url.startswith("http://testserver/api/oembed/?")
    response = client.get(oembed_url)
    assert response.status_code == 200 and response.json()["type"] == "rich"
