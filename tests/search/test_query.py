"""The one search function: locale isolation, cleaning of odd queries, index kept up to date."""

import pytest
from wagtail.models import Page

from news.models import NewsReleasePage
from search.query import MAX_QUERY_LENGTH, MAX_TERMS, clean_query, search_pages
from tests.factories import NewsReleasePageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def titles(results):
    return [page.title for page in results]


def test_finds_by_title_summary_and_body(indexes):
    NewsReleasePageFactory(parent=indexes["news"], title="Ghana launch", summary="A plenary in Accra.")
    NewsReleasePageFactory(parent=indexes["news"], title="Other", body=[("paragraph", "<p>Mining in Accra</p>")])
    NewsReleasePageFactory(parent=indexes["news"], title="Unrelated")

    assert titles(search_pages(Page.objects.live(), "ghana", "en")) == ["Ghana launch"]
    assert sorted(titles(search_pages(Page.objects.live(), "accra", "en"))) == ["Ghana launch", "Other"]


def test_one_locale_only(indexes, translate):
    release = NewsReleasePageFactory(parent=indexes["news"], title="Human rights training")
    translate(release, title="Formación en derechos humanos")

    assert titles(search_pages(NewsReleasePage.objects.live(), "rights", "en")) == ["Human rights training"]
    assert titles(search_pages(NewsReleasePage.objects.live(), "humanos", "es")) == ["Formación en derechos humanos"]
    assert titles(search_pages(Page.objects.live(), "humanos", "en")) == []

