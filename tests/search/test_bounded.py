"""Bounded search (cms/overrides/search_ranking.py, its contract with upstream in tests/overrides/):
the number of matches from the ranking query, the GIN index on PostgreSQL, and query budgets of the
search page and the API's `?search=` that do not grow with the matches."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from search.query import search_pages
from tests.factories import (
    NewsReleasePageFactory,
    searchable_pages,
)

pytestmark = pytest.mark.django_db
BUDGET = 12  # SQL queries for any public page or API response, cold cache


def _releases(indexes):
    NewsReleasePageFactory(parent=indexes["news"], title="Plenary", summary="The plenary meeting of members.")
    NewsReleasePageFactory(parent=indexes["news"], title="Other", summary="Mentions a plenary once.")
    NewsReleasePageFactory(parent=indexes["news"], title="Plenary meeting in Accra",
                           body=[("paragraph", "<p>The plenary meeting heard a plenary report.</p>")])
    for n in range(6):
        NewsReleasePageFactory(parent=indexes["news"], title=f"Plenary meeting {n} " + "notes " * n,
                               summary="Meeting " * (n + 1))
    NewsReleasePageFactory(parent=indexes["news"], title="Unrelated")


def _queries(evaluate):
    with CaptureQueriesContext(connection) as queries:
        value = evaluate()
    return value, len(queries)


def test_a_page_of_results_carries_the_number_of_matches(indexes):
    _releases(indexes)
    search_pages(Page.objects.live(), "plenary", "en").count()  # content types are cached from here on
    page = search_pages(Page.objects.live(), "plenary", "en")[2:5]
    items, queries = _queries(lambda: list(page))
    assert len(items) == 3 and page.total == 9
    assert queries == 2  # the ranked page with its total, then its pages
    beyond = search_pages(Page.objects.live(), "plenary", "en")[50:60]
    assert list(beyond) == [] and beyond.total is None  # unknown past the end: count() answers
    nothing = search_pages(Page.objects.live(), "zanzibar", "en")[:10]
    assert list(nothing) == [] and nothing.total == 0


def test_counting_first_then_slicing_costs_no_more_queries(indexes):
    """Paginator and the API count, then slice: the count's ranking query serves the slice."""
    _releases(indexes)
    results = search_pages(Page.objects.live(), "plenary", "en")
    count, queries = _queries(results.count)
    assert count == 9 and queries == 1
    items, queries = _queries(lambda: list(results[2:5]))
    assert queries == 1 and [page.pk for page in items] == [page.pk for page in list(results)[2:5]]


@pytest.mark.postgres
def test_postgres_matches_through_the_gin_index(indexes):
    from wagtail.search.models import IndexEntry

    from cms.overrides.search_ranking import EntryDocument

    _releases(indexes)
    results = search_pages(Page.objects.live(), "plenary meeting", "en")
    compiler = results.query_compiler
    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(results.backend))
    matching = IndexEntry.objects.alias(_document=EntryDocument(F("title"), F("body"))).filter(_document=tsquery)
    assert matching.count() == 8
    with transaction.atomic():
        # A test database is too small for the planner to prefer an index: make it the only way.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        plan = matching.explain()
    assert "search_indexentry_document_gin" in plan


def _cold_queries(client, path):
    client.get(path)  # process-wide caches (content types) are warm in production too
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response


def test_search_page_budget_is_fixed_whatever_the_matches(client, home, indexes):
    SearchPromotion.objects.create(query=Query.get("dialogue"), page=indexes["news"], sort_order=0)
    searchable_pages(home, indexes, 0, 4)
    few, response = _cold_queries(client, "/en/search/?q=dialogue")
    assert len(response.context["results"]) == 4 and response.context["promotions"]
    searchable_pages(home, indexes, 4, 36)
    many, response = _cold_queries(client, "/en/search/?q=dialogue")
    assert len(response.context["results"]) == 10 and response.context["page_obj"].paginator.count == 40
    assert few == many <= BUDGET
    later, response = _cold_queries(client, "/en/search/?q=dialogue&page=3")
    assert len(response.context["results"]) == 10 and later <= BUDGET


def test_api_search_budget_is_fixed_whatever_the_matches(client, indexes):
    for n in range(3):
        NewsReleasePageFactory(parent=indexes["news"], title=f"Dialogue {n}")
    few, response = _cold_queries(client, "/api/v2/news/?search=dialogue&limit=20")
    assert response.json()["meta"]["total_count"] == 3
    for n in range(3, 30):
        NewsReleasePageFactory(parent=indexes["news"], title=f"Dialogue {n}")
    many, response = _cold_queries(client, "/api/v2/news/?search=dialogue&limit=20")
    assert response.json()["meta"]["total_count"] == 30 and len(response.json()["items"]) == 20
    assert few == many <= BUDGET


@pytest.mark.parametrize("number", ["²", "0", "-1", "1.5", "9" * 30, " 2", "", "3"])
def test_odd_page_numbers_get_a_normal_page(client, indexes, number):
    for n in range(12):
        NewsReleasePageFactory(parent=indexes["news"], title=f"Plenary {n}")
    response = client.get("/en/search/", {"q": "plenary", "page": number})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count == 12 and page_obj.number in (1, 2)
    assert len(response.context["results"]) == (10 if page_obj.number == 1 else 2)
