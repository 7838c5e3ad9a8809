"""The one rule "this object in this language" (cms.translation.locales): pages and snippets, with
and without fallback, in bulk."""

import pytest
from wagtail.models import Locale, Page

from cms.models import Topic
from cms.publishing.visibility import public_pages
from cms.translation.locales import in_language, pick, versions
from tests.factories import TopicFactory, translate_snippet

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(homes):
    es = Locale.objects.get(language_code="es")
    rights, security = TopicFactory(name="Human rights", slug="rights"), TopicFactory(name="Security", slug="sec")
    rights_es = translate_snippet(rights, es, name="Derechos humanos")
    return {"es": es, "rights": rights, "rights_es": rights_es, "security": security}


def test_snippets_in_a_language_with_and_without_fallback(topics, django_assert_num_queries):
    es, rights, security = topics["es"], topics["rights"], topics["security"]
    with django_assert_num_queries(1):
        assert in_language([rights, security], "es") == [topics["rights_es"], security]
    with django_assert_num_queries(1):
        assert in_language([rights, security], "es", fallback=False) == [topics["rights_es"]]
    # A Locale, a locale id or a language code: the same answer, and the same from a queryset.
    assert in_language([rights], es) == in_language([rights], es.pk) == [topics["rights_es"]]
    assert sorted(t.pk for t in in_language(Topic.objects.filter(slug__in=["rights", "sec"]), "es")) == sorted(
        [topics["rights_es"].pk, security.pk])
    # From the translation back to the default language.
    assert in_language([topics["rights_es"]], "en") == [rights]


def test_pages_take_their_versions_from_the_public_ones(tree, release_es, django_assert_num_queries):
    """A draft translation is never picked: the public default-locale page is, or nothing."""
    release, news, news_es = tree["release"], tree["news"], tree["news_es"]
    with django_assert_num_queries(2):  # the site scope (once per request), the versions
        found = in_language([release, news], "es", among=public_pages(Page.objects.all()))
    assert [page.pk for page in found] == [release.pk, news_es.pk]  # the release's translation is a draft
    assert [page.pk for page in in_language([release, news], "es", fallback=False,
                                            among=public_pages(Page.objects.all()))] == [news_es.pk]


def test_versions_and_pick(tree):
    news, news_es = tree["news"], tree["news_es"]
    found = versions(Page.objects.all(), [news.translation_key])
    assert set(found[news.translation_key]) == {"en", "es"}
    assert pick(found[news.translation_key], "es").pk == news_es.pk
    assert pick({"en": news}, "es").pk == news.pk
    assert pick({"en": news}, "es", fallback=False) is None
    assert versions(Page.objects.all(), []) == {}
