"""The search page: results, locale and site isolation, live and public pages only, promotions,
type filter, pagination, bad queries and the query budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site
from wagtail_localize.models import TranslationSource

from home.models import HomePage
from tests.factories import (
    NewsReleasePageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    StandardPageFactory,
    WorkingGroupPageFactory,
    searchable_pages,
)

pytestmark = pytest.mark.django_db


def search(client, q, lang="en", **params):
    response = client.get(f"/{lang}/search/", {"q": q, **params})
    assert response.status_code == 200
    return response


def result_titles(response):
    return [item["page"].title for item in response.context["results"]]


def test_results_show_title_type_date_and_snippet(client, home, indexes):
    NewsReleasePageFactory(parent=indexes["news"], title="Chile working group launched",
                           summary="Thirty stakeholders met in Santiago.", publication_date="2024-09-05")
    WorkingGroupPageFactory(parent=indexes["groups"], title="Chile", summary="The Chile working group.",
                            launch_year=2024)
    resource = ResourcePageFactory(parent=indexes["library"], title="Chile guidance",
                                   summary="Guidance for working group members.", publication_date_precision="year")
    ResourceLanguageVersionFactory(page=resource)
    StandardPageFactory(parent=home, title="About", intro="How a working group starts.")

    response = search(client, "working group")
    assert sorted(result_titles(response)) == ["About", "Chile", "Chile guidance", "Chile working group launched"]
    html = response.text
    assert "4 results for “working group”" in html
    assert 'datetime="2024-09-05"' in html and "Thirty stakeholders met in Santiago." in html
    assert 'Launched <time datetime="2024">2024</time>' in html
    assert '<time datetime="2023">2023</time>' in html
    assert "News release" in html and "Working-group profile" in html and "Resource" in html
    assert '<label for="search-q">' in html and 'role="search"' in html


def test_finds_language_version_titles_and_topics(client, indexes):
    from tests.factories import TopicFactory

    resource = ResourcePageFactory(parent=indexes["library"], title="Implementation guidance")
    ResourceLanguageVersionFactory(page=resource, language="fr", title="Guide de mise en œuvre")
    topic = TopicFactory(name="Grievance mechanisms")
    resource.topics.add(topic)
    resource.save_revision().publish()

    assert result_titles(search(client, "mise en œuvre")) == ["Implementation guidance"]
    assert result_titles(search(client, "grievance")) == ["Implementation guidance"]


def test_spanish_visitors_get_spanish_results_only(client, indexes, translate):
    release = NewsReleasePageFactory(parent=indexes["news"], title="Training on security", summary="Security.")
    translate(release, title="Formación sobre seguridad", summary="Seguridad y formación.")

    assert result_titles(search(client, "seguridad", "es")) == ["Formación sobre seguridad"]
    assert result_titles(search(client, "security", "es")) == []
    assert result_titles(search(client, "security", "en")) == ["Training on security"]
    assert result_titles(search(client, "seguridad", "en")) == []


def test_draft_changes_and_unpublished_pages_are_not_found(client, indexes):
    live = NewsReleasePageFactory(parent=indexes["news"], title="Annual plenary")
    live.title = "Confidential draft title"
    live.save_revision()  # a draft on top of the live version
    never = NewsReleasePageFactory(parent=indexes["news"], title="Annual draft report", live=False)

    assert result_titles(search(client, "annual")) == ["Annual plenary"]
    assert result_titles(search(client, "confidential")) == []

    never.save_revision().publish()  # published after it was indexed as a draft
    assert sorted(result_titles(search(client, "annual"))) == ["Annual draft report", "Annual plenary"]

    Page.objects.get(pk=never.pk).unpublish()
    assert result_titles(search(client, "annual")) == ["Annual plenary"]


def test_translation_published_through_wagtail_localize_is_found(client, indexes, locale_es, translate):
    translate(indexes["news"])
    release = NewsReleasePageFactory(parent=indexes["news"], title="Kinshasa dialogue")
    source, _created = TranslationSource.get_or_create_from_instance(release)
    translation, _created = source.create_or_update_translation(locale_es, publish=False, fallback=True)
    assert result_titles(search(client, "kinshasa", "es")) == []  # a draft until the translator publishes

    translation.get_latest_revision().publish()
    assert result_titles(search(client, "kinshasa", "es")) == ["Kinshasa dialogue"]


def test_private_pages_are_not_found(client, home, indexes):
    private = StandardPageFactory(parent=home, title="Members area")
    StandardPageFactory(parent=private, title="Members minutes")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(parent=home, title="Members of the Initiative")

    assert result_titles(search(client, "members")) == ["Members of the Initiative"]


def test_alias_pages_are_not_found(client, home, indexes):
    original = StandardPageFactory(parent=home, title="Reporting guidelines")
    original.create_alias(parent=indexes["news"], update_slug="reporting-guidelines-copy")

    assert [item["page"].pk for item in search(client, "reporting").context["results"]] == [original.pk]


def test_other_sites_pages_are_not_found(client, home, locale_en):
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Other site", slug="other", hero_title="Other",
                                                  hero_text="Other.", locale=locale_en))
    Site.objects.create(hostname="other.example.org", root_page=other_home)
    StandardPageFactory(parent=other_home, title="Mining dialogue elsewhere")
    StandardPageFactory(parent=home, title="Mining dialogue")

    assert result_titles(search(client, "mining")) == ["Mining dialogue"]
    other = client.get("/en/search/", {"q": "mining"}, HTTP_HOST="other.example.org")
    assert result_titles(other) == ["Mining dialogue elsewhere"]


def test_filter_by_type(client, home, indexes):
    NewsReleasePageFactory(parent=indexes["news"], title="Colombia news")
    WorkingGroupPageFactory(parent=indexes["groups"], title="Colombia", country="CO")
    StandardPageFactory(parent=home, title="Colombia page")

    assert result_titles(search(client, "colombia", type="groups")) == ["Colombia"]
    assert result_titles(search(client, "colombia", type="news")) == ["Colombia news"]
    assert len(result_titles(search(client, "colombia", type="nonsense"))) == 3
    assert 'option value="groups" selected' in search(client, "colombia", type="groups").text


def test_promotions_in_the_visitors_language(client, indexes, translate):
    resource = ResourcePageFactory(parent=indexes["library"], title="VPs 101",
                                   search_description="An introduction to the Voluntary Principles.")
    ResourceLanguageVersionFactory(page=resource)
    translate(resource, title="VPs 101 en español")
    query = Query.get("101")
    SearchPromotion.objects.create(query=query, page=resource, description="Start here.", sort_order=0)
    SearchPromotion.objects.create(query=query, external_link_url="https://example.org/vps",
                                   external_link_text="The Principles", sort_order=1)

    en = search(client, "101")
    assert [p["title"] for p in en.context["promotions"]] == ["VPs 101", "The Principles"]
    assert "Start here." in en.text and 'href="https://example.org/vps"' in en.text
    es = search(client, "101", "es")
    assert [p["title"] for p in es.context["promotions"]] == ["VPs 101 en español", "The Principles"]
    assert search(client, "something else").context["promotions"] == []


def test_promoted_page_that_is_not_live_is_not_shown(client, indexes):
    resource = ResourcePageFactory(parent=indexes["library"], title="Old toolkit")
    resource.unpublish()
    SearchPromotion.objects.create(query=Query.get("toolkit"), page=resource, sort_order=0)

    assert search(client, "toolkit").context["promotions"] == []


def test_pagination(client, indexes, settings):
    settings.RESPONSE_CACHE_SECONDS = 0  # pages are requested again: read the view's context each time
    for n in range(25):
        NewsReleasePageFactory(parent=indexes["news"], title=f"Plenary {n}")

    first = search(client, "plenary")
    assert len(first.context["results"]) == 10 and first.context["page_obj"].paginator.count == 25
    second = search(client, "plenary", page=2)
    assert len(second.context["results"]) == 10
    assert 'aria-current="page">2</a>' in second.text and 'rel="prev"' in second.text and 'rel="next"' in second.text
    assert len(search(client, "plenary", page=3).context["results"]) == 5
    seen = {item["page"].pk for n in (1, 2, 3) for item in search(client, "plenary", page=n).context["results"]}
    assert len(seen) == 25
    assert search(client, "plenary", page="abc").context["page_obj"].number == 1
    assert search(client, "plenary", page="999").context["page_obj"].number == 3


def test_no_results_help(client, indexes):
    html = search(client, "zanzibar", type="news").text
    assert "0 results for “zanzibar”" in html and "Nothing matched your search." in html
    assert "Search all content types" in html


@pytest.mark.parametrize("query", [
    "",
    "   ",
    "x" * 10_000,
    "human " * 2_000,
    '"unbalanced quote',
    "'single' \"double\" `back`",
    "rights AND NOT OR NEAR( * ^ : -",
    "!!! & | <-> :* ()",
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1 UNION SELECT password FROM auth_user",
    "human\x00rights",
    "\x00",
    "🙂🌍",
    "derechos 🙂 humanos",
    "\\ \\\\ %_%",
    "<script>alert(1)</script>",
])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_bad_queries_get_a_normal_page(client, indexes, query, lang):
    NewsReleasePageFactory(parent=indexes["news"], title="Human rights")
    response = client.get(f"/{lang}/search/", {"q": query, "page": "-1", "type": "../../"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "\x00" not in response.text


def test_repeated_parameters_and_no_parameters(client, indexes):
    assert client.get("/en/search/").status_code == 200
    assert client.get("/en/search/?q=a&q=b&type=news&type=x&page=1&page=2").status_code == 200
    assert client.get("/es/search/?q=%00%ff%fe").status_code == 200


def _count_queries(client, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/search/", params)
    assert response.status_code == 200
    return len(captured), response


# The search adds, whatever the number of matches: the site's root in the visitor's language,
# promotions, promoted pages, the ranked page of results with its count, and its pages (all four
# types in one query). The site and the view restrictions are the layout's, read once per request.
SEARCH_QUERIES = 5


@pytest.mark.parametrize("how_many", [3, 25])
def test_query_budget(client, home, indexes, django_assert_max_num_queries, how_many, settings):
    searchable_pages(home, indexes, 0, how_many)
    SearchPromotion.objects.create(query=Query.get("dialogue"), page=indexes["news"], sort_order=0)
    client.get("/en/search/", {"q": "dialogue"})  # warm the caches (site root paths, content types)
    settings.RESPONSE_CACHE_SECONDS = 0  # but measure the render, not the response cache
    # The layout (base.html) has its own queries: measure them on the page without a query.
    layout, _response = _count_queries(client, {})

    with django_assert_max_num_queries(layout + SEARCH_QUERIES):
        response = client.get("/en/search/", {"q": "dialogue"})
    assert len(response.context["results"]) == min(how_many, 10)
    assert response.context["promotions"]


def test_query_count_same_for_3_and_25_matches(client, indexes, settings):
    """Only the number of page types on a page of results may change the count, never the matches."""
    settings.RESPONSE_CACHE_SECONDS = 0  # measure the render, not the response cache
    def make(start, count):
        for n in range(start, start + count):
            NewsReleasePageFactory(parent=indexes["news"], title=f"Dialogue {n}")

    make(0, 3)
    client.get("/en/search/", {"q": "dialogue"})
    few, response = _count_queries(client, {"q": "dialogue"})
    assert len(response.context["results"]) == 3
    make(3, 22)
    client.get("/en/search/", {"q": "dialogue"})
    many, response = _count_queries(client, {"q": "dialogue"})
    assert response.context["page_obj"].paginator.count == 25 and len(response.context["results"]) == 10
    assert few == many
