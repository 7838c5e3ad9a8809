"""Search fixtures: an English tree with its indexes, and a helper to translate pages into Spanish."""

import pytest
from django.db import connection

from tests.factories import (
    NewsIndexPageFactory,
    ResourceIndexPageFactory,
    WorkingGroupIndexPageFactory,
)


@pytest.fixture
def indexes(home):
    """{"news": NewsIndexPage, "groups": WorkingGroupIndexPage, "library": ResourceIndexPage} in English."""
    return {
        "news": NewsIndexPageFactory(parent=home),
        "groups": WorkingGroupIndexPageFactory(parent=home),
        "library": ResourceIndexPageFactory(parent=home),
    }


@pytest.fixture
def translate(locale_es):
    """translate(page, **fields) -> the page's Spanish translation, edited and published."""

    def _translate(page, **fields):
        translation = page.copy_for_translation(locale_es, copy_parents=True, alias=False)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        translation.refresh_from_db()
        return translation

    return _translate


@pytest.fixture(autouse=True)
def _skip_postgres_only(request):
    """Tests marked `postgres` (stemming, accents) need PostgreSQL's text search."""
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
