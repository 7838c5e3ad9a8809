"""Issue #17: the common partner tasks in one request: a Spanish menu or breadcrumb with English
fallback, nested field specs, and strict parameter values."""

import pytest

pytestmark = pytest.mark.django_db


def test_menu_and_breadcrumb_with_fallback(api, tree):
    en_home = tree["en_home"]
    _response, body = api(f"pages/?child_of={en_home.pk}&locale=es&fallback=default&fields=_,id,title")
    ids = [item["id"] for item in body["items"]]
    # Every section once: Spanish where translated (all three here), never both versions.
    assert sorted(ids) == sorted([tree["news_es"].pk, tree["groups_es"].pk, tree["library_es"].pk])
    _response, body = api(f"pages/?child_of={en_home.pk}&locale=es&fields=_,id,title")
    assert len(body["items"]) == 3
    # A breadcrumb: the English-only statement in a Spanish tree, root first.
    _response, body = api(f"pages/?ancestor_of={tree['statement'].pk}&locale=es&fallback=default")
    assert [item["id"] for item in body["items"]] == [tree["es_home"].pk, tree["news_es"].pk]
    _response, body = api(f"pages/?ancestor_of={tree['release_es'].pk}&locale=es")
    assert [item["id"] for item in body["items"]] == [tree["es_home"].pk, tree["news_es"].pk]
    # Without locale: Wagtail's filter, unchanged.
    _response, body = api(f"pages/?child_of={en_home.pk}")
    assert sorted(item["id"] for item in body["items"]) == sorted(
        [tree["news"].pk, tree["groups"].pk, tree["library"].pk])


def test_nested_field_specs(api, tree):
    release = tree["release"]
    _response, body = api(f"news/{release.pk}/?fields=_,topics(name),featured_image(url,alt)")
    assert body["topics"] == [{"name": "Human rights"}]
    assert set(body["featured_image"]) == {"url", "alt"}
    _response, body = api("news/?fields=topics(-detail_url,-locale)")
    assert all(set(topic) == {"id", "name", "slug"} for item in body["items"] for topic in item["topics"])
    response, body = api("news/?fields=featured_image(nope)")
    assert response.status_code == 400 and "nope" in body["message"]
    response, body = api("news/?fields=summary(x)")
    assert response.status_code == 400


def test_ids_below_one_are_refused(api, tree):
    response, body = api("news/?working_group=0")
    assert response.status_code == 400 and body["message"]
    response, _body = api("news/?topic=not%20a%20slug")
    assert response.status_code == 400


def test_find_redirects_to_the_served_origin(client, tree, settings):
    settings.SITE_BASE_URL = None
    response = client.get("/api/v2/pages/find/?html_path=/es/noticias/lanzamiento/&fields=_,title",
                          HTTP_HOST="127.0.0.1:8107")
    assert response.status_code == 302
    assert response["Location"] == f"http://127.0.0.1:8107/api/v2/pages/{tree['release_es'].pk}/?fields=_%2Ctitle"
