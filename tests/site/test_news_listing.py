"""The news index: newest first, filters by year, topic, kind and working group (GET, shareable),
pagination, and bad addresses giving a normal page; the release page."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from news.listing import RELEASES_PER_PAGE
from tests.factories import NewsReleasePageFactory

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_newest_first_only_live(client, site_tree):
    response = client.get(site_tree["news"].url)
    assert response.status_code == 200
    assert titles(response.text) == ["Chile group launched", "Statement on security"]
    assert "Draft release" not in response.text


@pytest.mark.parametrize("query, expected", [
    ("year=2023", ["Statement on security"]),
    ("year=2024", ["Chile group launched"]),
    ("topic=defenders", ["Chile group launched"]),
    ("topic=public-security", ["Statement on security"]),
    ("kind=statement", ["Statement on security"]),
    ("group=chile", ["Chile group launched"]),
    ("year=2024&kind=statement", []),
])
def test_filters(client, site_tree, query, expected):
    response = client.get(f"{site_tree['news'].url}?{query}")
    assert response.status_code == 200
    assert titles(response.text) == expected
    if not expected:
        assert "No releases match these filters." in response.text


def test_filter_options_show_what_exists(client, site_tree):
    html = client.get(site_tree["news"].url).text
    assert '<option value="2024">2024</option>' in html and '<option value="2023">2023</option>' in html
    assert '<option value="defenders">Human rights defenders</option>' in html
    assert "Unused topic" not in html  # no release uses it
    assert '<option value="chile">Chile working group</option>' in html
    assert 'value="ghana"' not in html  # no release relates to it
    selected = client.get(f"{site_tree['news'].url}?kind=statement").text
    assert '<option value="statement" selected>Statement</option>' in selected


@pytest.mark.parametrize("query", [
    "year=abc", "year=1999", "topic=nope", "kind=<script>", "group=../../etc", "page=abc", "page=-1",
    "page=99999", "year=2024&year=abc", "topic=%00", "page=1e9",
])
def test_bad_values_give_a_normal_page(client, site_tree, query):
    response = client.get(f"{site_tree['news'].url}?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main")[1]
    assert titles(response.text)  # invalid values are ignored, the list still shows


def test_spanish_index_lists_spanish_releases_with_localised_topics(client, site_tree):
    html = client.get(site_tree["news_es"].url).text
    assert titles(html) == ["Lanzamiento del grupo de Chile"]
    assert '<option value="defenders">Personas defensoras</option>' in html
    assert "Personas defensoras" in html.split('class="cards"')[1]


def test_count_leaves_out_drafts_aliases_and_private_releases(client, site_tree):
    # Unfiltered, the count is read from the page table (NewsIndexPage.release_pages), not from the
    # listed releases: it must apply the same conditions.
    news = site_tree["news"]
    private = NewsReleasePageFactory(parent=news, title="Private release")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD,
                                       password="secret")
    site_tree["statement"].create_alias(update_slug="statement-alias")
    html = client.get(news.url).text
    assert titles(html) == ["Chile group launched", "Statement on security"]
    assert "2 releases" in html


def test_pagination(client, site_tree):
    for n in range(RELEASES_PER_PAGE + 3):
        NewsReleasePageFactory(parent=site_tree["news"], title=f"Old release {n:02d}",
                               publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    url = site_tree["news"].url
    first = client.get(url).text
    assert len(titles(first)) == RELEASES_PER_PAGE
    assert "15 releases" in first
    assert 'href="?page=2" rel="next"' in first
    second = client.get(f"{url}?page=2").text
    assert titles(second) == [f"Old release {n:02d}" for n in (4, 3, 2, 1, 0)]
    assert client.get(f"{url}?page=99").text.count('class="card"') == 5  # past the end: the last page
    # Filters survive pagination links.
    filtered = client.get(f"{url}?year=2020&page=1").text
    assert 'href="?year=2020&amp;page=2"' in filtered


def test_release_page(client, site_tree):
    html = client.get(site_tree["launch"].url).text
    assert '<span class="dateline__place">Santiago, Chile</span>' in html
    assert '<time datetime="2024-03-05">' in html
    assert "Body text." in html
    assert '<a href="/en/working-groups/chile/">Chile working group</a>' in html
    assert '<a href="/en/resources/toolkit/">Implementation toolkit</a>' in html
    assert 'href="/en/news/?topic=defenders">Human rights defenders</a>' in html
    # A responsive, modern-format picture with alt text.
    picture = html.split("<picture>")[1].split("</picture>")[0]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert 'alt="Participants at the launch"' in picture and "width=" in picture and "height=" in picture


def test_spanish_release_links_spanish_pages(client, site_tree):
    html = client.get(site_tree["launch_es"].url).text
    assert '<a href="/es/grupos-de-trabajo/chile/">Grupo de trabajo de Chile</a>' in html
    assert '<a href="/es/recursos/caja/">Caja de herramientas</a>' in html
    assert "Personas defensoras" in html


def test_listing_images_are_lazy_webp_srcsets(client, site_tree):
    html = client.get(site_tree["news"].url).text
    img = re.search(r'<img[^>]*class="card__image"[^>]*>', html).group(0)
    assert 'loading="lazy"' in img and "srcset=" in img and ".webp" in img and 'sizes="' in img
    assert 'alt="Participants at the launch"' in img and "width=" in img and "height=" in img
