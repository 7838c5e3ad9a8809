"""Every public page, feed and sitemap answers in at most 12 SQL queries with an empty cache, and in
the same number whatever the number of items (a few, or enough for five pages of news).

Of the 12: the site, the route (cms/overrides/routing.py: one query for the page chain, its view restrictions
and the site root paths, one for the specific page), the private sections (cms/publishing/visibility.py), the
chrome's pages and footer (cms/templatetags/site_tags.py) and the renditions of the page's own
images (cms/publishing/renditions.py); the rest is the page's content, fetched in bulk.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from home.models import HomePageFeaturedResource, HomePagePinnedRelease
from tests.factories import (
    ImageFactory,
    NewsReleasePageFactory,
    NewsReleaseResourceFactory,
    NewsReleaseWorkingGroupFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    StandardPageFactory,
    WorkingGroupPageFactory,
)

pytestmark = pytest.mark.django_db

BUDGET = 12
FEW, MANY = 3, 45  # MANY: page 5 of the news index exists (10 releases a page)


def fill(site_tree, start, stop):
    """Items start..stop-1 in every listing, with images, topics, languages and relations."""
    image = ImageFactory()
    for n in range(start, stop):
        release = NewsReleasePageFactory(parent=site_tree["news"], featured_image=image if n % 2 else None,
                                         featured_image_alt="A photo", kind="release",
                                         publication_date=datetime.date(2021, 1, 1) + datetime.timedelta(days=n))
        release.topics.set([site_tree["rights"]])
        group = WorkingGroupPageFactory(parent=site_tree["groups"], country=["CL", "GH", "FR", "JP"][n % 4],
                                        featured_image=image if n % 2 else None, featured_image_alt="A map")
        resource = ResourcePageFactory(parent=site_tree["library"], cover_image=image if n % 2 else None,
                                       resource_type="toolkit")
        ResourceLanguageVersionFactory(page=resource, language="en")
        ResourceLanguageVersionFactory(page=resource, language="fr")
        resource.topics.set([site_tree["rights"]])
        # The measured release, profile and home link to more and more of everything.
        NewsReleaseWorkingGroupFactory(page=site_tree["launch"], working_group=group)
        NewsReleaseResourceFactory(page=site_tree["launch"], resource=resource)
        NewsReleaseWorkingGroupFactory(page=release, working_group=site_tree["chile"])
        site_tree["chile"].resource_links.create(resource=resource)
    home = site_tree["homes"]["en"]
    for n, release in enumerate(site_tree["news"].get_children()[start:min(stop, start + 3)]):
        HomePagePinnedRelease.objects.create(page=home, release=release, sort_order=start + n)
    for n, resource in enumerate(site_tree["library"].get_children()[start:min(stop, start + 6)]):
        HomePageFeaturedResource.objects.create(page=home, resource=resource, sort_order=start + n)
    # A standard page whose body has more and more images and page links.
    body = [("image", {"image": ImageFactory(), "alt_text": "A photo", "caption": ""}) for _ in range(0, stop, 8)]
    # One paragraph with more and more page links (one query per rich text value: cms/overrides/page_links.py).
    links = [site_tree["news"].pk, site_tree["chile"].pk, site_tree["chile_es"].pk] * (1 + stop // 8)
    body.append(("paragraph", RichText("<p>" + " ".join(f'<a linktype="page" id="{pk}">link</a>' for pk in links)
                                       + "</p>")))
    about = site_tree.get("about") or StandardPageFactory(parent=home, slug="about", title="About")
    about.body = body
    about.save_revision().publish()
    site_tree["about"] = about


def urls(site_tree):
    news, chile = site_tree["news"].url, site_tree["chile"]
    return {
        "home en": "/en/",
        "home es": "/es/",
        "release": site_tree["launch"].url,
        "release es": site_tree["launch_es"].url,
        "news page 1": news,
        "news page 5": f"{news}?page=5",
        "news filtered": f"{news}?year=2021&kind=release&topic=defenders&group=chile&page=2",
        "directory": site_tree["groups"].url,
        "directory filtered": f"{site_tree['groups'].url}?type=country&region=americas",
        "profile": chile.url,
        "profile es": site_tree["chile_es"].url,
        "library two facets": f"{site_tree['library'].url}?type=toolkit&topic=defenders",
        "resource": site_tree["toolkit"].url,
        "standard page": "/en/about/",
        "404": "/en/no-such-page/",
        "rss": "/en/feeds/news.rss",
        "atom": "/en/feeds/news.atom",
        "group rss": f"/en/feeds/working-groups/{chile.slug}.rss",
        "group atom": f"/en/feeds/working-groups/{chile.slug}.atom",
        "sitemap index": "/sitemap.xml",
        "sitemap section": "/sitemap-en.xml",
        "robots": "/robots.txt",
    }


def cold_queries(client, url):
    """Queries of a request with an empty cache (renditions already generated by a first view)."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == (404 if "no-such" in url else 200), url
    return len(queries.captured_queries)


def test_every_public_page_within_budget_and_constant(client, site_tree, django_assert_max_num_queries):
    fill(site_tree, 0, FEW)
    few = {name: cold_queries(client, url) for name, url in urls(site_tree).items()}
    fill(site_tree, FEW, MANY)
    many = {name: cold_queries(client, url) for name, url in urls(site_tree).items()}
    assert {name: n for name, n in many.items() if n > BUDGET} == {}
    assert few == many  # the same number of queries for 3 and 45 items
    for url in urls(site_tree).values():  # and the budget through pytest-django's own assertion
        cache.clear()
        with django_assert_max_num_queries(BUDGET):
            client.get(url)


def test_news_pager_is_elided_and_accessible(client, site_tree):
    NewsReleasePageFactory.create_batch(148, parent=site_tree["news"], publication_date=datetime.date(2020, 1, 1))
    html = client.get(f"{site_tree['news'].url}?page=7").text  # 150 releases: 15 pages
    pager = html[html.index('<nav class="pagination"'):]
    pager = pager[:pager.index("</nav>")]
    assert 'aria-label="Pages"' in pager
    assert '<span aria-current="page">7</span>' in pager and 'href="?page=7"' not in pager
    linked = {n for n in range(1, 16) if f'href="?page={n}"' in pager}
    assert linked == {1, 5, 6, 8, 9, 15}  # the ends, two either side (and previous/next among them)
    gaps = pager.split("…")
    assert len(gaps) == 3  # two gaps, neither of them a link
    assert all(not part.rstrip().endswith("<a") for part in gaps)
    assert pager.count('class="pagination__gap" aria-hidden="true"') == 2
