"""?locale=, ?fallback=default, localised relations, meta.translations and find with language prefixes."""

import pytest

pytestmark = pytest.mark.django_db


def by_title(body):
    return {item["title"]: item for item in body["items"]}


def test_default_locale_when_none_given(api, tree):
    _response, body = api("news/")
    assert {item["meta"]["locale"] for item in body["items"]} == {"en"}


def test_spanish_listing(api, tree):
    _response, body = api("news/?locale=es")
    assert body["meta"]["total_count"] == 1
    item = body["items"][0]
    assert item["title"] == "Lanzamiento en Chile"
    assert item["meta"]["locale"] == "es"
    assert item["meta"]["html_url"].endswith("/es/noticias/lanzamiento/")
    # Relations are stored on English objects and shown in Spanish where a translation exists.
    assert item["topics"] == [{"id": tree["rights_es"].pk, "name": "Derechos humanos", "slug": "human-rights",
                               "locale": "es", "detail_url": item["topics"][0]["detail_url"]}]
    assert item["working_groups"][0]["title"] == "Grupo de trabajo de Chile"
    assert item["working_groups"][0]["locale"] == "es"
    assert item["resources"][0]["title"] == "Guía de implementación"


def test_fallback_covers_every_english_item(api, tree):
    _response, body = api("news/?locale=es&fallback=default")
    assert body["meta"]["total_count"] == 2
    items = by_title(body)
    assert set(items) == {"Lanzamiento en Chile", "Ghana statement"}
    assert items["Lanzamiento en Chile"]["meta"]["locale"] == "es"
    assert items["Ghana statement"]["meta"]["locale"] == "en"
    # The English item's relations and labels are still in the reader's language where possible.
    _response, body = api("working-groups/?locale=es&fallback=default")
    items = by_title(body)
    assert set(items) == {"Grupo de trabajo de Chile", "South Africa working group"}
    assert items["South Africa working group"]["country"] == {"code": "ZA", "name": "Sudáfrica"}
    assert items["Grupo de trabajo de Chile"]["convenor"]["name"] == "Gobierno de Canadá"


def test_fallback_ignores_unpublished_translations(api, tree):
    tree["release_es"].unpublish()
    _response, body = api("news/?locale=es&fallback=default")
    assert {item["title"]: item["meta"]["locale"] for item in body["items"]} == {
        "Chile launch": "en", "Ghana statement": "en"}


def test_fallback_on_snippets(api, tree):
    _response, body = api("topics/?locale=es&fallback=default")
    assert {item["name"]: item["meta"]["locale"] for item in body["items"]} == {
        "Derechos humanos": "es", "Security": "en"}


def test_translations_metadata(api, tree):
    _response, body = api("news/")
    items = by_title(body)
    translations = items["Chile launch"]["meta"]["translations"]
    assert translations == [{
        "locale": "es", "id": tree["release_es"].pk,
        "detail_url": f"http://testserver/api/v2/news/{tree['release_es'].pk}/",
        "html_url": "http://testserver/es/noticias/lanzamiento/",
    }]
    assert items["Ghana statement"]["meta"]["translations"] == []
    _response, body = api(f"news/{tree['release_es'].pk}/")
    assert [t["locale"] for t in body["meta"]["translations"]] == ["en"]
    assert body["meta"]["translations"][0]["id"] == tree["release"].pk


def test_translations_leave_out_drafts(api, tree):
    tree["chile_es"].unpublish()
    _response, body = api(f"working-groups/{tree['chile'].pk}/")
    assert body["meta"]["translations"] == []
    # ...and relations fall back to the live English profile.
    _response, body = api("news/?locale=es")
    assert body["items"][0]["working_groups"][0]["title"] == "Chile working group"


def test_detail_relations_follow_the_item_language(api, tree):
    _response, body = api(f"news/{tree['release_es'].pk}/")
    assert body["topics"][0]["name"] == "Derechos humanos"
    assert body["kind"]["value"] == "release"


def test_find_with_locale_prefixes(api, tree):
    for html_path, key in [
        ("/es/noticias/lanzamiento/", "release_es"),
        ("/es/noticias/lanzamiento", "release_es"),
        ("/en/news/chile-launch/", "release"),
        ("/news/chile-launch/", "release"),
        ("/es/", "es_home"),
        ("/en/", "en_home"),
    ]:
        response, _body = api(f"pages/find/?html_path={html_path}")
        assert response.status_code == 302, html_path
        # Absolute, at the origin serving the request; no dangling "?" (Wagtail adds one).
        assert response["Location"] == f"http://testserver/api/v2/pages/{tree[key].pk}/", html_path


def test_find_unknown_path_is_404(api, tree):
    for html_path in ["/es/noticias/nada/", "/fr/news/chile-launch/", "/es/news/chile-launch/"]:
        response, body = api(f"pages/find/?html_path={html_path}")
        assert response.status_code == 404 and body["message"], html_path
