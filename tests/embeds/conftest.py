"""Fixtures for the embed tests: a Chile profile with releases, and a helper to translate pages."""

import datetime

import pytest
from django.core.cache import cache

from tests.factories import (
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseWorkingGroupFactory,
    OrganisationFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
    translate,
)


@pytest.fixture(autouse=True)
def fresh_cache():
    # Rendered cards are cached; page ids repeat between rolled-back tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def translate_page():
    return translate


@pytest.fixture
def groups(home):
    return WorkingGroupIndexPageFactory(parent=home)


@pytest.fixture
def profile(groups):
    convenor = OrganisationFactory(name="Embassy of Canada")
    return WorkingGroupPageFactory(
        parent=groups, title="Chile", slug="chile", summary="Companies, government and civil society in Chile.",
        country="CL", launch_year=2019, companies_count=6, government_count=1, civil_society_count=3,
        convenor=convenor,
    )


@pytest.fixture
def profile_es(profile, locale_es):
    return translate(profile, locale_es, title="Chile (grupo)", slug="chile-es",
                     summary="Empresas, gobierno y sociedad civil en Chile.")


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def releases(news_index, profile):
    made = []
    for day, title in ((1, "Older release"), (20, "Newest release")):
        release = NewsReleasePageFactory(parent=news_index, title=title,
                                         publication_date=datetime.date(2025, 3, day))
        NewsReleaseWorkingGroupFactory(page=release, working_group=profile)
        made.append(release)
    return made
