"""Query budgets: a listing costs the same number of SQL queries whatever `limit` is (<= 12 cold)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ImageFactory,
    NewsReleasePageFactory,
    NewsReleaseResourceFactory,
    NewsReleaseWorkingGroupFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    WorkingGroupPageFactory,
)

pytestmark = pytest.mark.django_db
BUDGET = 12


@pytest.fixture
def many(tree):
    """Six more releases, groups and resources, each with relations and images."""
    for n in range(6):
        group = WorkingGroupPageFactory(parent=tree["groups"], title=f"Group {n}", convenor=tree["convenor"])
        group.supporting_governments.add(tree["convenor"])
        group.save_revision().publish()
        resource = ResourcePageFactory(parent=tree["library"], title=f"Resource {n}", cover_image=ImageFactory())
        resource.topics.add(tree["rights"])
        ResourceLanguageVersionFactory(page=resource, language="en")
        resource.save_revision().publish()
        release = NewsReleasePageFactory(parent=tree["news"], title=f"Release {n}", featured_image=ImageFactory(),
                                         featured_image_alt="alt")
        release.topics.add(tree["rights"], tree["security"])
        NewsReleaseWorkingGroupFactory(page=release, working_group=group)
        NewsReleaseWorkingGroupFactory(page=release, working_group=tree["chile"])
        NewsReleaseResourceFactory(page=release, resource=resource)
        release.save_revision().publish()
    tree["guide"].cover_image = ImageFactory()
    tree["guide"].save_revision().publish()
    return tree


def count_queries(client, path):
    cache.clear()  # cold: no response cache, no cached site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return len(queries)


LISTINGS = ["news/", "working-groups/", "resources/", "pages/", "topics/", "organisations/", "images/", "documents/",
            "locales/", "news/?locale=es&fallback=default", "working-groups/?locale=es", "news/?search=release",
            "pages/?type=news.NewsReleasePage&fields=*"]


def test_listing_budget_does_not_grow_with_limit(client, many):
    for endpoint in LISTINGS:
        path = "/api/v2/" + endpoint + ("&" if "?" in endpoint else "?")
        client.get(path + "limit=100")  # renditions are made once, on first use; not part of the budget
        small = count_queries(client, path + "limit=1")
        large = count_queries(client, path + "limit=100")
        assert small == large, (endpoint, small, large)
        assert large <= BUDGET, (endpoint, large)


def test_detail_budget(client, many):
    for endpoint, key in [("news", "release"), ("working-groups", "chile"), ("resources", "guide"),
                          ("pages", "release"), ("topics", "rights"), ("organisations", "convenor")]:
        path = f"/api/v2/{endpoint}/{many[key].pk}/"
        client.get(path)
        assert count_queries(client, path) <= BUDGET, endpoint
