"""Every listing runs the same number of queries whatever its length (3 or 30 items)."""

import datetime

import pytest

from tests.factories import (
    ImageFactory,
    NewsReleasePageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    WorkingGroupPageFactory,
)

pytestmark = pytest.mark.django_db

# Measured: news 18, directory 14, library 21 (with a little slack for other apps' middleware).
# Of these, Wagtail's site lookup, routing and view-restriction check take about six and the chrome
# (cms/templatetags/site_tags.py) three; the rest is the listing: filter options, one aggregate per
# facet, count, the page, and bulk prefetches (topics, language versions, images, renditions).
BUDGETS = {"news": 20, "groups": 16, "library": 23}


def fill(site_tree, count):
    image = ImageFactory()
    for n in range(count):
        release = NewsReleasePageFactory(parent=site_tree["news"], featured_image=image if n % 2 else None,
                                         featured_image_alt="A photo",
                                         publication_date=datetime.date(2021, 1, 1) + datetime.timedelta(days=n))
        release.topics.set([site_tree["rights"]])
        WorkingGroupPageFactory(parent=site_tree["groups"], country=["CL", "GH", "FR", "JP"][n % 4])
        resource = ResourcePageFactory(parent=site_tree["library"], cover_image=image if n % 2 else None)
        ResourceLanguageVersionFactory(page=resource, language="en")
        ResourceLanguageVersionFactory(page=resource, language="fr")
        resource.topics.set([site_tree["rights"]])


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("key", ["news", "groups", "library"])
def test_listing_query_budget(client, site_tree, django_assert_max_num_queries, key, count, settings):
    fill(site_tree, count)
    url = site_tree[key].url
    client.get(url)  # renditions are generated once, on the first view
    settings.RESPONSE_CACHE_SECONDS = 0  # measure the render, not the response cache
    with django_assert_max_num_queries(BUDGETS[key]):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(BUDGETS[key]):
        assert client.get(f"{url}?year=2021&topic=defenders&region=africa&language=fr&page=2").status_code == 200
