"""The page endpoints' listing query reads the content table alone (page conditions in a correlated
EXISTS), so the database walks the default order's index and stops after one page; its total
counts exactly what the listing shows."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.test_visibility import hidden_pages

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path, table", [
    ("news/?fields=*", "news_newsreleasepage"),
    ("news/?fields=*&locale=es&fallback=default", "news_newsreleasepage"),
    # (resources order by title after the date: the page table is joined for that, the date index
    # still gives the order's left part)
])
def test_listing_query_reads_the_content_table_alone(api, tree, path, table):
    with CaptureQueriesContext(connection) as queries:
        response, _body = api(path)
    assert response.status_code == 200
    listing = [q["sql"] for q in queries.captured_queries if "LIMIT 20" in q["sql"] and f'FROM "{table}"' in q["sql"]]
    assert listing, path
    # The outer FROM has no join: the page conditions are inside EXISTS.
    assert re.search(rf'FROM "{table}" WHERE EXISTS\(', listing[0]), listing[0]
    assert "JOIN" not in listing[0].split(" WHERE EXISTS(")[0], listing[0]


def test_total_count_is_what_the_listing_shows(api, tree):
    _response, body = api("news/?locale=es&fallback=default")
    # The Spanish release, and the English statement (no Spanish translation); not the English release.
    assert sorted(item["id"] for item in body["items"]) == sorted([tree["release_es"].pk, tree["statement"].pk])
    assert body["meta"]["total_count"] == 2
    hidden_pages(tree)
    for path in ["news/", "news/?locale=es", "news/?locale=es&fallback=default", "news/?kind=statement",
                 "news/?topic=human-rights&locale=es&fallback=default", "resources/", "working-groups/",
                 "working-groups/?locale=es&fallback=default", "resources/?locale=es"]:
        response, body = api(path)
        assert response.status_code == 200, path
        assert body["meta"]["total_count"] == len(body["items"]), path
