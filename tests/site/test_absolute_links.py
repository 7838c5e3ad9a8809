"""Issue #17: every absolute link follows one rule (cms/links.py). Without SITE_BASE_URL, links
name the origin each request was made to (`make run` on any port, no Site record to set): HTML
canonical, hreflang, OpenGraph and JSON-LD, sitemaps, RSS/Atom, the API's html_url and oEmbed;
the response cache never gives one host's links to another. With SITE_BASE_URL (production)
they name it. A page of another site keeps its Site record's host."""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from wagtail.models import Page, Site

from cms import links
from cms.api.store import site_request
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory

pytestmark = pytest.mark.django_db

URL = re.compile(r'https?://[^\s"\'<>&]+')
NAMESPACES = re.compile(r"https?://(www\.w3\.org|schema\.org|www\.sitemaps\.org)(/|$)")


def served_links(client, site_tree, host):
    """Every absolute URL a visitor, a crawler, a feed reader and a partner get from `host`."""
    launch, chile = site_tree["launch"], site_tree["chile"]
    found = {}
    html = client.get(launch.url, HTTP_HOST=host).content.decode()
    head = html.split("</head>", 1)[0]
    found["canonical"] = re.search(r'<link rel="canonical" href="([^"]+)"', head).group(1)
    found["og:url"] = re.search(r'<meta property="og:url" content="([^"]+)"', head).group(1)
    found["hreflang"] = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', head)
    found["json-ld"] = [url for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
                        for url in URL.findall(json.dumps(json.loads(block)))]
    sitemap = client.get("/sitemap-en.xml", HTTP_HOST=host).content
    found["sitemap"] = [element.text for element in ET.fromstring(sitemap).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    found["sitemap-index"] = URL.findall(client.get("/sitemap.xml", HTTP_HOST=host).content.decode())
    found["robots"] = URL.findall(client.get("/robots.txt", HTTP_HOST=host).content.decode())
    found["rss"] = URL.findall(client.get("/en/feeds/news.rss", HTTP_HOST=host).content.decode())
    found["atom"] = URL.findall(client.get("/en/feeds/news.atom", HTTP_HOST=host).content.decode())
    api = client.get("/api/v2/news/", HTTP_HOST=host).json()
    found["api"] = [item["meta"][name] for item in api["items"] for name in ("html_url", "detail_url")]
    profile = f"http://{host}{chile.url}"
    oembed = client.get(f"/api/oembed/?url={quote(profile)}", HTTP_HOST=host).json()
    found["oembed"] = [oembed["provider_url"], *URL.findall(oembed["html"])]
    found["embed-card"] = URL.findall(client.get("/embed/working-groups/chile/", HTTP_HOST=host).content.decode())
    return found


def assert_all_start_with(found, origin):
    for kind, urls in found.items():
        urls = [urls] if isinstance(urls, str) else urls
        assert urls, kind
        others = [url for url in urls if not url.startswith(origin + "/") and not NAMESPACES.match(url)]
        assert not others, (kind, others)


def test_links_name_the_origin_of_each_request(client, site_tree, django_assert_num_queries):
    # Two runserver-like origins of the same site (the Site record says localhost:80), in turn:
    # the second must not get the first's cached bodies, nor the first the second's.
    first = served_links(client, site_tree, "127.0.0.1:8125")
    assert_all_start_with(first, "http://127.0.0.1:8125")
    assert first["canonical"] == f"http://127.0.0.1:8125{site_tree['launch'].url}"
    assert_all_start_with(served_links(client, site_tree, "localhost:9000"), "http://localhost:9000")
    with django_assert_num_queries(0):  # answered by the response cache, with its own links
        html = client.get(site_tree["launch"].url, HTTP_HOST="127.0.0.1:8125").content.decode()
    assert "localhost:9000" not in html and 'href="http://127.0.0.1:8125/en/news/chile-launch/"' in html


def test_https_behind_the_proxy_header(client, site_tree, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    html = client.get(site_tree["launch"].url, HTTP_HOST="vpi.test", HTTP_X_FORWARDED_PROTO="https").content.decode()
    assert '<link rel="canonical" href="https://vpi.test/en/news/chile-launch/">' in html


def test_configured_base_url_wins(client, site_tree, settings):
    settings.SITE_BASE_URL = "https://vpi.example.org/ignored/"
    for host in ("127.0.0.1:8125", "10.0.0.5"):
        found = served_links(client, site_tree, host)
        del found["oembed"]  # it asks about a URL of the host itself; checked below
        assert_all_start_with(found, "https://vpi.example.org")
    url = f"https://vpi.example.org{site_tree['chile'].url}"
    oembed = client.get(f"/api/oembed/?url={quote(url)}", HTTP_HOST="127.0.0.1:8125").json()
    assert oembed["provider_url"] == "https://vpi.example.org/"
    assert 'src="https://vpi.example.org/embed/working-groups/chile/' in oembed["html"]
    # Outside a request too (webhooks, purges, items stored at publish).
    assert links.page_url(site_tree["launch"]) == "https://vpi.example.org/en/news/chile-launch/"


def test_without_request_or_configuration_the_site_record(site_tree):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "cms.internal", 8443
    site.save()
    launch = Page.objects.get(pk=site_tree["launch"].pk)
    assert links.page_url(launch) == "http://cms.internal:8443/en/news/chile-launch/"
    assert links.page_url(launch, site_request(site)) == "http://cms.internal:8443/en/news/chile-launch/"
    assert links.absolute(None, "/api/v2/") == "http://cms.internal:8443/api/v2/"


@pytest.mark.parametrize("configured", [None, "https://vpi.example.org"])
def test_a_page_of_another_site_keeps_its_host(client, site_tree, settings, rf, configured):
    settings.SITE_BASE_URL = configured
    root = Page.get_first_root_node()
    other_home = NewsIndexPageFactory(parent=root, title="Other", slug="other-home")
    other_page = NewsReleasePageFactory(parent=other_home, slug="elsewhere")
    other_page.save_revision().publish()
    Site.objects.create(hostname="other.example", port=8080, root_page=other_home)
    launch = site_tree["launch"]
    here = rf.get("/", HTTP_HOST="127.0.0.1:8125")  # the default site, by fallback
    assert links.page_url(other_page, here) == "http://other.example:8080/en/elsewhere/"
    assert links.page_url(launch, here) == (configured or "http://127.0.0.1:8125") + "/en/news/chile-launch/"
    # Served from the other site (a proxy in front of it on another port): its own pages take
    # the request's origin, the default site's pages their configured or recorded address.
    there = rf.get("/", HTTP_HOST="other.example:8080")
    assert links.page_url(other_page, there) == "http://other.example:8080/en/elsewhere/"
    assert links.page_url(launch, there) == (configured or "http://localhost") + "/en/news/chile-launch/"
