"""Shared fixtures: the site tree (locales and home pages) and users."""

import pytest
from wagtail.models import Locale

from cms.translation.bootstrap import ensure_home_pages


@pytest.fixture
def homes(db):
    """{"en": HomePage, "es": HomePage}: the default site's root and its Spanish translation."""
    return ensure_home_pages()


@pytest.fixture
def home(homes):
    return homes["en"]


@pytest.fixture
def locale_en(homes):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def locale_es(homes):
    return Locale.objects.get(language_code="es")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache, so query budgets and staleness checks are deterministic."""
    from django.core.cache import cache

    cache.clear()
    yield
