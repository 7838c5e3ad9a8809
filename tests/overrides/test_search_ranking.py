"""Contract of cms/overrides/search_ranking.py against the upstream backend it replaces.

Over a generated corpus and a generated matrix of queries (one to three words, "and"/"or"), the
bounded execution must find exactly what Wagtail's own compiler finds, in the same order, on the
database under test (SQLite or PostgreSQL). The project's ranking choices are switched off here
(upstream's rank expression, no stemming, no type boosts): this tests the override alone. The
project backend's autocomplete must stay upstream's, result for result (the admin depends on it).
If an upgrade of wagtail / django-modelsearch changes any of this, these tests fail.
"""

import itertools
import random

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from cms.overrides import search_ranking
from news.models import NewsReleasePage
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory

pytestmark = pytest.mark.django_db

VOCABULARY = ["plenary", "meeting", "security", "rights", "chile", "ghana", "report", "dialogue", "mining",
              "community"]


@pytest.fixture
def corpus(home):
    news = NewsIndexPageFactory(parent=home)
    rng = random.Random(14)
    for n in range(24):
        title = " ".join(rng.sample(VOCABULARY, rng.randint(1, 3)))
        summary = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(0, 8)))
        body = " ".join(rng.choice(VOCABULARY + ["the", "of", "and"]) for _ in range(rng.randint(0, 30)))
        NewsReleasePageFactory(parent=news, title=f"{title} {n}", summary=summary or "x",
                               body=[("paragraph", f"<p>{body}</p>")])
    return NewsReleasePage.objects.live()


def query_matrix():
    rng = random.Random(15)
    singles = VOCABULARY
    pairs = [" ".join(pair) for pair in itertools.combinations(VOCABULARY[:6], 2)]
    triples = [" ".join(rng.sample(VOCABULARY, 3)) for _ in range(6)]
    return [(terms, operator) for terms in singles + pairs + triples for operator in ("and", "or")]


def backends():
    """(the override over upstream's ranking, upstream itself), both on this database."""
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend as Upstream

        params = {"SEARCH_CONFIG": "english_unaccent"}

        class Bounded(Upstream):
            query_compiler_class = search_ranking.RankedPostgresQueryCompiler
            results_class = search_ranking.RankedPostgresSearchResults
    else:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend as Upstream

        params = {}

        class Bounded(Upstream):
            query_compiler_class = search_ranking.RankedSQLiteQueryCompiler
            results_class = search_ranking.RankedSQLiteSearchResults

    return Bounded(params), Upstream(params)


def upstream_order(backend, terms, queryset, operator):
    compiler = backend.search(terms, queryset, operator=operator).query_compiler
    kwargs = {"backend": backend} if connection.vendor == "postgresql" else {}
    return [(page.pk, round(page._score, 9)) for page in
            compiler.search(compiler.get_config(backend), None, None, score_field="_score", **kwargs)]


def groups(rows):
    """Results as consecutive groups of equal score: order within a tie is not part of the contract."""
    return [sorted(pk for pk, _score in group) for _score, group in itertools.groupby(rows, key=lambda r: r[1])]


def test_bounded_search_finds_the_same_in_the_same_order_as_upstream(corpus):
    bounded, upstream = backends()
    checked = 0
    for terms, operator in query_matrix():
        expected = upstream_order(upstream, terms, corpus, operator)
        results = bounded.search(terms, corpus, operator=operator).annotate_score("_score")
        ours = [(page.pk, round(page._score, 9)) for page in results]
        assert groups(ours) == groups(expected), (terms, operator)
        assert results.count() == len(expected)
        page = bounded.search(terms, corpus, operator=operator).annotate_score("_score")[3:7]
        assert [round(obj._score, 9) for obj in page] == [score for _pk, score in expected[3:7]], (terms, operator)
        checked += bool(expected)
    assert checked > 30  # the matrix really searched something


def test_the_bounded_path_is_taken_only_for_plain_relevance_searches(corpus):
    bounded, _upstream = backends()
    assert bounded.search("plenary", corpus).query_compiler.is_bounded()
    assert not bounded.search("plenary", corpus, order_by_relevance=False).query_compiler.is_bounded()
    assert not bounded.search("plenary", corpus, fields=["title"]).query_compiler.is_bounded()
    assert not isinstance(bounded.autocomplete("plen", corpus).query_compiler,
                          search_ranking.RankedQueryCompilerMixin)


@pytest.mark.parametrize("prefix", ["ple", "plenary", "sec", "chile ghana", "min", "zzz"])
def test_project_autocomplete_is_upstreams(corpus, prefix):
    """The project backend leaves autocomplete (the admin's search) to upstream: same results."""
    project = get_search_backend()
    _bounded, upstream = backends()
    upstream.autocomplete_config = getattr(project, "autocomplete_config", None)
    ours = [page.pk for page in project.autocomplete(prefix, corpus)]
    theirs = [page.pk for page in upstream.autocomplete(prefix, corpus)]
    assert sorted(ours) == sorted(theirs)
    assert ours == theirs
