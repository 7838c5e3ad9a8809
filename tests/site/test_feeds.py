"""RSS and Atom feeds of releases: valid XML, live releases only, per locale and per group."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, [item.findtext("title") for item in channel.findall("item")]


def test_rss_lists_live_releases_newest_first(client, site_tree):
    channel, titles = rss_titles(client.get("/en/feeds/news.rss"))
    assert titles == ["Chile group launched", "Statement on security"]
    assert channel.findtext("language") == "en"
    item = channel.find("item")
    assert item.findtext("link") == "http://testserver/en/news/chile-launch/"
    assert item.findtext("description") == f"<p>{site_tree['launch'].summary}</p>"
    assert item.findtext("pubDate").startswith("Tue, 05 Mar 2024")
    assert [c.text for c in item.findall("category")] == ["Human rights defenders"]


def test_atom_feed(client, site_tree):
    response = client.get("/en/feeds/news.atom")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Chile group launched", "Statement on security"]
    assert entries[0].find(f"{ATOM}link").get("href") == "http://testserver/en/news/chile-launch/"
    assert entries[0].findtext(f"{ATOM}updated")


def test_feeds_per_locale(client, site_tree):
    _channel, titles = rss_titles(client.get("/es/feeds/news.rss"))
    assert titles == ["Lanzamiento del grupo de Chile"]


def test_unpublished_release_leaves_the_feed(client, site_tree):
    site_tree["statement"].unpublish()
    _channel, titles = rss_titles(client.get("/en/feeds/news.rss"))
    assert titles == ["Chile group launched"]


def test_feed_per_working_group(client, site_tree):
    _channel, titles = rss_titles(client.get("/en/feeds/working-groups/chile.rss"))
    assert titles == ["Chile group launched"]
    _channel, titles = rss_titles(client.get("/en/feeds/working-groups/ghana.rss"))
    assert titles == []
    atom = ET.fromstring(client.get("/es/feeds/working-groups/chile.atom").content)
    assert [e.findtext(f"{ATOM}title") for e in atom.findall(f"{ATOM}entry")] == ["Lanzamiento del grupo de Chile"]
    assert client.get("/en/feeds/working-groups/atlantis.rss").status_code == 404


def test_feed_is_advertised_in_head(client, site_tree):
    head = client.get(site_tree["news"].url).text.split("</head>")[0]
    assert '<link rel="alternate" type="application/rss+xml"' in head and 'href="/en/feeds/news.rss"' in head


def test_summaries_are_html_escaped_for_readers(client, site_tree):
    """Readers render <description> and Atom's <summary type="html"> as HTML: a plain-text summary
    with markup-like text must stay text (it went in unescaped)."""
    launch = site_tree["launch"]
    launch.summary = "Tools & <script>alert(1)</script> rights\n\nSecond paragraph"
    launch.save_revision().publish()
    rss = ET.fromstring(client.get("/en/feeds/news.rss").content).find("channel").find("item")
    expected = "<p>Tools &amp; &lt;script&gt;alert(1)&lt;/script&gt; rights</p>\n\n<p>Second paragraph</p>"
    assert rss.findtext("description") == expected
    atom = ET.fromstring(client.get("/en/feeds/news.atom").content).find(f"{ATOM}entry")
    summary = atom.find(f"{ATOM}summary")
    assert summary.get("type") == "html" and summary.text == expected
