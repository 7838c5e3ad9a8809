"""Contract: cms/overrides/page_links.py writes the same links as Wagtail's PageLinkHandler
(wagtail 8.0.1) for generated lists of page links (translated, draft-translated, untranslated,
unpublished, aliased, private, on another site, missing, repeated) in both languages, in one query."""

import itertools

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.rich_text.pages import PageLinkHandler

from cms.overrides.page_links import LocalizedPageLinkHandler

pytestmark = pytest.mark.django_db

MISSING = 987654


def link_lists(tree):
    ids = [page.pk for page in tree.values() if hasattr(page, "pk")] + [MISSING]
    yield [{"id": str(pk)} for pk in ids]  # every page once
    for pair in itertools.permutations(ids, 2):  # every ordered pair: order and neighbours
        yield [{"id": str(pk)} for pk in pair]
    yield [{"id": str(pk)} for pk in ids + ids[::-1]]  # repeated links
    yield [{"id": pk} for pk in ids]  # ids as numbers, as some callers pass them


@pytest.mark.parametrize("i18n", [True, False])
def test_links_are_wagtails(contract_tree, django_assert_num_queries, i18n):
    lists = list(link_lists(contract_tree))
    assert len(lists) > 200
    with override_settings(WAGTAIL_I18N_ENABLED=i18n):
        for language in ["en", "es"]:
            with translation.override(language):
                for attrs in lists:
                    expected = PageLinkHandler.expand_db_attributes_many(attrs)
                    with django_assert_num_queries(1):  # what the override buys: one query per value
                        actual = LocalizedPageLinkHandler.expand_db_attributes_many(attrs)
                    assert actual == expected, (language, attrs)
        # The matrix reaches localized links: in Spanish, a link to an English page goes to its translation.
        with translation.override("es"):
            link = LocalizedPageLinkHandler.expand_db_attributes_many([{"id": str(contract_tree["cafe"].pk)}])[0]
        assert ("cafeter" in link) is i18n
