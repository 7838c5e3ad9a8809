"""API fixtures: a small published tree in English and Spanish, built with tests/factories.py."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from tests.factories import (
    ImageFactory,
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseResourceFactory,
    NewsReleaseWorkingGroupFactory,
    OrganisationFactory,
    ResourceIndexPageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    TopicFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
    translate,
    translate_snippet,
)


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    """Each test starts with an empty cache and no throttling unless it asks for it."""
    settings.API_THROTTLE_RATE = None
    cache.clear()
    yield
    cache.clear()






@pytest.fixture
def tree(homes):
    """English indexes with Spanish translations, topics, organisations, one release per kind..."""
    es = Locale.objects.get(language_code="es")
    en_home, es_home = homes["en"], homes["es"]
    data = {"es": es}
    news = NewsIndexPageFactory(parent=en_home)
    groups = WorkingGroupIndexPageFactory(parent=en_home)
    library = ResourceIndexPageFactory(parent=en_home)
    data["news_es"] = translate(news, es, slug="noticias", title="Noticias")
    data["groups_es"] = translate(groups, es, slug="grupos", title="Grupos")
    data["library_es"] = translate(library, es, slug="recursos", title="Recursos")

    rights = TopicFactory(name="Human rights", slug="human-rights")
    security = TopicFactory(name="Security", slug="security")
    data["rights_es"] = translate_snippet(rights, es, name="Derechos humanos")
    convenor = OrganisationFactory(name="Government of Canada")
    data["convenor_es"] = translate_snippet(convenor, es, name="Gobierno de Canadá")

    chile = WorkingGroupPageFactory(parent=groups, title="Chile working group", country="CL", convenor=convenor)
    ghana = WorkingGroupPageFactory(parent=groups, title="South Africa working group", country="ZA", status="forming",
                                    group_type="partner")
    data["chile_es"] = translate(chile, es, title="Grupo de trabajo de Chile", slug="chile")

    guide = ResourcePageFactory(parent=library, title="Implementation guide", resource_type="guidance")
    guide.topics.add(rights)
    ResourceLanguageVersionFactory(page=guide, language="en")
    ResourceLanguageVersionFactory(page=guide, language="fr", document=None,
                                   external_url="https://example.org/guide-fr.pdf")
    guide.save_revision().publish()
    data["guide_es"] = translate(guide, es, title="Guía de implementación", slug="guia")

    image = ImageFactory(width=800, height=600)
    release = NewsReleasePageFactory(parent=news, title="Chile launch", kind="release", featured_image=image,
                                     featured_image_alt="People at a table", publication_date="2024-03-01")
    release.topics.add(rights)
    NewsReleaseWorkingGroupFactory(page=release, working_group=chile)
    NewsReleaseResourceFactory(page=release, resource=guide)
    release.save_revision().publish()
    data["release_es"] = translate(release, es, title="Lanzamiento en Chile", slug="lanzamiento")
    statement = NewsReleasePageFactory(parent=news, title="Ghana statement", kind="statement",
                                       publication_date="2023-05-10")
    statement.topics.add(security)
    NewsReleaseWorkingGroupFactory(page=statement, working_group=ghana)
    statement.save_revision().publish()

    data.update(en_home=en_home, es_home=es_home, news=news, groups=groups, library=library, rights=rights,
                security=security, convenor=convenor, chile=chile, ghana=ghana, guide=guide, image=image,
                release=release, statement=statement)
    cache.clear()
    return data


@pytest.fixture
def api(client):
    """GET a path under /api/v2/ and return (response, parsed JSON or None)."""

    def get(path, **headers):
        response = client.get("/api/v2/" + path.lstrip("/"), **headers)
        body = response.json() if response.get("Content-Type", "").startswith("application/json") else None
        return response, body

    return get
