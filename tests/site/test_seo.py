"""Canonical URLs, OpenGraph and Twitter meta, and JSON-LD (NewsArticle, Organization)."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def meta(html, attr, name):
    match = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def json_ld(html):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html,
                                                       re.S)]


def test_release_meta(client, site_tree):
    html = client.get(site_tree["launch"].url).text
    head = html.split("</head>")[0]
    assert '<link rel="canonical" href="http://testserver/en/news/chile-launch/">' in head
    assert meta(head, "property", "og:type") == "article"
    assert meta(head, "property", "og:title") == "Chile group launched"
    assert meta(head, "property", "og:url") == "http://testserver/en/news/chile-launch/"
    assert meta(head, "property", "og:description") == site_tree["launch"].summary
    assert meta(head, "name", "description") == site_tree["launch"].summary
    image = meta(head, "property", "og:image")
    assert image.startswith("http://testserver/media/images/") and "fill-1200x630" in image
    assert meta(head, "property", "og:image:alt") == "Participants at the launch"
    assert meta(head, "name", "twitter:card") == "summary_large_image"
    assert meta(head, "name", "twitter:image") == image


def test_release_json_ld_is_a_news_article(client, site_tree):
    [article] = json_ld(client.get(site_tree["launch"].url).text)
    assert article["@context"] == "https://schema.org" and article["@type"] == "NewsArticle"
    assert article["headline"] == "Chile group launched"
    assert article["datePublished"] == "2024-03-05"
    assert article["inLanguage"] == "en"
    assert article["mainEntityOfPage"] == "http://testserver/en/news/chile-launch/"
    assert article["publisher"]["@type"] == "Organization"
    assert article["locationCreated"]["name"] == "Santiago, Chile"
    assert article["image"][0].startswith("http://testserver/media/images/")


def test_profile_json_ld_is_an_organization(client, site_tree):
    [group] = json_ld(client.get(site_tree["chile"].url).text)
    assert group["@type"] == "Organization" and group["name"] == "Chile working group"
    assert group["areaServed"] == {"@type": "Country", "name": "Chile", "identifier": "CL"}
    assert group["parentOrganization"]["name"] == "Voluntary Principles Initiative"
    assert group["email"] == "chile@example.org"


def test_home_json_ld_describes_the_initiative(client, site_tree):
    html = client.get("/en/").text
    [org] = json_ld(html)
    assert org["@type"] == "Organization" and org["url"] == "http://testserver/en/"
    assert meta(html, "property", "og:type") == "website"
    assert meta(html, "name", "twitter:card") == "summary"


def test_json_ld_cannot_break_out_of_its_script(client, site_tree):
    release = site_tree["statement"]
    release.title = "</script><script>alert(1)</script>"
    release.save_revision().publish()
    html = client.get(release.url).text
    assert "<script>alert(1)" not in html
    [article] = json_ld(html)
    assert article["headline"] == "</script><script>alert(1)</script>"


def test_seo_title_and_search_description_win(client, site_tree):
    release = site_tree["statement"]
    release.seo_title = "A better title"
    release.search_description = "A better description."
    release.save_revision().publish()
    html = client.get(release.url).text
    assert "<title>A better title | Voluntary Principles Initiative</title>" in html
    assert meta(html, "name", "description") == "A better description."


def test_spanish_page_meta(client, site_tree):
    head = client.get(site_tree["launch_es"].url).text.split("</head>")[0]
    assert '<link rel="canonical" href="http://testserver/es/noticias/lanzamiento/">' in head
    assert meta(head, "property", "og:locale") == "es"
