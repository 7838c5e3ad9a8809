"""Stored API items (cms.api.store): equal to the live serializer's, and dropped whenever what they
show changes. Each invalidation test fails if its invalidation is removed: the stored row is read
first, then the change is made, then the API must show it."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction, Site

from cms.api import store as api_store
from cms.api.base import PageEndpoint
from cms.models import ApiDependency, ApiRepresentation
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseWorkingGroupFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

ENDPOINTS = ["news", "working-groups", "resources"]
LISTINGS = ["{}/?fields=*&limit=50", "{}/?fields=*&limit=50&locale=es&fallback=default", "{}/?limit=50&locale=es",
            "{}/?fields=_,title,summary&limit=50", "{}/?fields=-title,-locale&limit=50", "{}/?limit=50"]


@pytest.fixture
def rich(tree):
    """The tree plus a release whose body shows an image, a document, a page link and a page chooser,
    translated into Spanish, and a Spanish fallback item whose relations have translations."""
    image, document = ImageFactory(title="Body image"), DocumentFactory(title="Annual report")
    release = NewsReleasePageFactory(
        parent=tree["news"], title="Body release", featured_image=ImageFactory(), featured_image_alt="A field",
        body=[
            ("paragraph", f'<p>See <a linktype="page" id="{tree["chile"].pk}">Chile</a>.</p>'),
            ("image", {"image": image, "alt_text": "A map", "caption": "Map"}),
            ("document", {"document": document, "label": ""}),
            ("call_to_action", {"heading": "Read", "text": "", "button_label": "Go", "page": tree["guide"],
                                "url": ""}),
        ],
    )
    release.topics.add(tree["rights"], tree["security"])
    NewsReleaseWorkingGroupFactory(page=release, working_group=tree["ghana"])
    release.save_revision().publish()
    tree["body_release"] = release
    tree["body_release_es"] = translate(release, tree["es"], title="Comunicado con cuerpo", slug="cuerpo")
    tree.update(body_image=image, body_document=document)
    return tree


def live(api, monkeypatch, path):
    with monkeypatch.context() as patch:
        patch.setattr(PageEndpoint, "store_representations", False)
        cache.clear()
        return api(path)


def stored(api, path):
    cache.clear()
    return api(path)


def assert_same(left, right, path):
    assert left.keys() == right.keys(), path
    for key in left:
        assert left[key] == right[key], (path, key)
    assert list(left) == list(right), path  # the same order of fields


def test_stored_items_equal_the_live_serializer(api, rich, monkeypatch):
    api_store.build_missing()  # what publishing (or the command) stores, outside any request
    assert ApiRepresentation.objects.filter(kind=api_store.DETAIL).exists()
    for endpoint in ENDPOINTS:
        for template in LISTINGS:
            path = template.format(endpoint)
            _response, expected = live(api, monkeypatch, path)
            for attempt in ("first read", "second read"):
                response, body = stored(api, path)
                assert response.status_code == 200, (path, body)
                assert body["meta"] == expected["meta"], path
                assert len(body["items"]) == len(expected["items"]) > 0, path
                for item, expected_item in zip(body["items"], expected["items"], strict=True):
                    assert_same(item, expected_item, (path, attempt, expected_item.get("id")))
            for entry in expected["items"] if "id" in expected["items"][0] else ():
                detail = f"{endpoint}/{entry['id']}/"
                for query in ("", "?fields=_,id,title,detail_url,html_url", "?fields=-title,-locale"):
                    _response, expected_detail = live(api, monkeypatch, detail + query)
                    response, body = stored(api, detail + query)
                    assert response.status_code == 200, (detail + query, body)
                    assert_same(body, expected_detail, detail + query)


def test_rows_built_on_read_are_stored_and_then_read(api, rich, django_assert_max_num_queries):
    api("news/?fields=*")
    assert ApiRepresentation.objects.filter(kind=api_store.LISTING).count() == 3  # the English releases
    cache.clear()
    with django_assert_max_num_queries(4):  # site, scope, count, items with their rows
        response, _body = api("news/?fields=*")
    assert response.status_code == 200


def test_what_an_item_shows_is_recorded_by_token(rich):
    """Invalidation looks tokens up in the indexed ApiDependency table (no scan of the stored JSON):
    the release's topics, working group, images, document and linked pages are each recorded."""
    api_store.build_missing()
    release = rich["body_release"]
    tokens = set(ApiDependency.objects.filter(page=release).values_list("token", flat=True))
    assert {f"snippet:{rich['rights'].translation_key}", f"snippet:{rich['security'].translation_key}",
            f"page:{rich['ghana'].translation_key}", f"page:{rich['chile'].translation_key}",
            f"page:{rich['guide'].translation_key}", f"image:{release.featured_image_id}",
            f"image:{rich['body_image'].pk}", f"document:{rich['body_document'].pk}"} <= tokens
    api_store.drop_dependants([f"image:{rich['body_image'].pk}"])
    assert not ApiRepresentation.objects.filter(page=release).exists()
    assert ApiRepresentation.objects.exclude(page=release).exists()  # other pages keep theirs
    assert ApiDependency.objects.filter(page=release).exists()  # the page did not change: kept
    release.save_revision().publish()  # it changed: forgotten, recorded again when its rows are built
    assert not ApiDependency.objects.filter(page=release).exists()


def test_nested_fields_and_search_still_work(api, rich):
    response, body = api("news/?fields=title,topics(name)")
    assert response.status_code in (200, 400)
    response, body = api("news/?search=body&fields=title")
    assert response.status_code == 200
    response, body = api("news/?fields=nonsense")
    assert response.status_code == 400 and "message" in body


# -- invalidation: read (store), change, read again ---------------------------------------------

def item(api, path, pk):
    cache.clear()
    _response, body = api(path)
    if "items" not in body:
        return body
    return next((entry for entry in body["items"] if entry["id"] == pk), None)


def test_publishing_a_page_replaces_its_row(api, rich):
    release = rich["release"]
    assert item(api, "news/?fields=*", release.pk)["title"] == "Chile launch"
    release.title = "Chile launch, updated"
    release.save_revision().publish()
    assert item(api, "news/?fields=*", release.pk)["title"] == "Chile launch, updated"
    assert item(api, f"news/{release.pk}/", release.pk)["title"] == "Chile launch, updated"


def test_unpublishing_a_related_page_removes_it(api, rich):
    release = rich["release"]
    assert [g["title"] for g in item(api, "news/?fields=*", release.pk)["working_groups"]] == ["Chile working group"]
    rich["chile"].unpublish()
    assert item(api, "news/?fields=*", release.pk)["working_groups"] == []


def test_a_private_related_page_disappears(api, rich):
    release = rich["release"]
    assert item(api, f"news/{release.pk}/", release.pk)["working_groups"]
    PageViewRestriction.objects.create(page=rich["chile"], restriction_type=PageViewRestriction.LOGIN)
    assert item(api, f"news/{release.pk}/", release.pk)["working_groups"] == []


def test_a_relations_translation_appearing_is_shown(api, rich):
    statement = rich["statement"]  # no Spanish version: a fallback item, shown in Spanish
    path = "news/?fields=*&locale=es&fallback=default"
    assert [g["title"] for g in item(api, path, statement.pk)["working_groups"]] == ["South Africa working group"]
    translate(rich["ghana"], rich["es"], title="Grupo de Sudáfrica", slug="sudafrica")
    assert [g["title"] for g in item(api, path, statement.pk)["working_groups"]] == ["Grupo de Sudáfrica"]


def test_the_items_own_translation_appearing_is_listed(api, rich):
    statement = rich["statement"]
    assert item(api, "news/?fields=*", statement.pk)["meta"]["translations"] == []
    translate(statement, rich["es"], title="Declaración de Ghana", slug="ghana")
    assert [t["locale"] for t in item(api, "news/?fields=*", statement.pk)["meta"]["translations"]] == ["es"]


def test_a_snippet_change_is_shown(api, rich):
    release = rich["release"]
    assert [t["name"] for t in item(api, "news/?fields=*", release.pk)["topics"]] == ["Human rights"]
    rights = rich["rights"]
    rights.name = "Human rights defenders"
    rights.save()
    assert [t["name"] for t in item(api, "news/?fields=*", release.pk)["topics"]] == ["Human rights defenders"]


def test_a_snippets_translation_appearing_is_shown(api, rich):
    statement = rich["statement"]
    path = "news/?fields=*&locale=es&fallback=default"
    assert [t["name"] for t in item(api, path, statement.pk)["topics"]] == ["Security"]
    translate_snippet(rich["security"], rich["es"], name="Seguridad")
    assert [t["name"] for t in item(api, path, statement.pk)["topics"]] == ["Seguridad"]


def test_an_image_change_is_shown(api, rich):
    release = rich["release"]
    assert item(api, "news/?fields=*", release.pk)["featured_image"]["title"] == rich["image"].title
    rich["image"].title = "Renamed image"
    rich["image"].save()
    assert item(api, "news/?fields=*", release.pk)["featured_image"]["title"] == "Renamed image"


def test_a_body_image_and_document_change_is_shown(api, rich):
    release = rich["body_release"]
    path = f"news/{release.pk}/"

    def blocks():
        return {block["type"]: block["value"] for block in item(api, path, release.pk)["body"]}

    assert blocks()["image"]["image"]["title"] == "Body image"
    rich["body_image"].title = "Body map"
    rich["body_image"].save()
    assert blocks()["image"]["image"]["title"] == "Body map"
    rich["body_document"].file_size = 4321
    rich["body_document"].save()
    assert blocks()["document"]["document"]["size"] == 4321


def test_a_body_link_to_a_page_that_goes_away_loses_its_href(api, rich):
    release = rich["body_release"]
    path = f"news/{release.pk}/"
    body = item(api, path, release.pk)["body"]
    assert "href=" in body[0]["value"]
    assert body[3]["value"]["page"]["title"] == "Implementation guide"
    rich["chile"].unpublish()
    rich["guide"].unpublish()
    body = item(api, path, release.pk)["body"]
    assert "href=" not in body[0]["value"]
    assert body[3]["value"]["page"] is None


def test_a_document_change_is_shown_in_language_versions(api, rich):
    guide = rich["guide"]
    row = guide.language_versions.get(language="en")
    assert item(api, "resources/?fields=*", guide.pk)["language_versions"][0]["size"] != 9876
    row.document.file_size = 9876
    row.document.save()
    assert item(api, "resources/?fields=*", guide.pk)["language_versions"][0]["size"] == 9876


def test_a_parents_slug_change_changes_descendants_urls(api, rich):
    release = rich["release"]
    assert "/news/" in item(api, "news/?fields=*", release.pk)["meta"]["html_url"]
    news = rich["news"]
    news.slug = "press"
    news.save_revision().publish()
    assert "/press/" in item(api, "news/?fields=*", release.pk)["meta"]["html_url"]


def test_a_move_changes_urls(api, rich):
    release = rich["release"]
    assert "/news/" in item(api, "news/?fields=*", release.pk)["meta"]["html_url"]
    other = NewsIndexPageFactory(parent=rich["en_home"], title="Press", slug="press-room")
    release.move(other, pos="last-child")
    assert "/press-room/" in item(api, "news/?fields=*", release.pk)["meta"]["html_url"]


def test_a_site_change_drops_every_stored_item(api, rich):
    """A Site record's address no longer names the pages of the site serving the request (their
    links follow the request, cms/links.py), but it still names other sites' pages and the links
    built outside a request: a site change drops every stored row."""
    release = rich["release"]
    api_store.build_missing()
    assert ApiRepresentation.objects.filter(page=release).exists()
    site = Site.objects.get(is_default_site=True)
    site.port = 8123
    site.save()
    assert not ApiRepresentation.objects.exists()
    after = item(api, "news/?fields=*", release.pk)["meta"]["html_url"]
    assert after.startswith("http://testserver/en/") and ":8123" not in after


def test_publishing_stores_the_row_at_commit(rich, django_capture_on_commit_callbacks):
    release = rich["release"]
    ApiRepresentation.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
    assert set(ApiRepresentation.objects.filter(page=release).values_list("kind", "display_language")) == {
        (api_store.LISTING, "en"), (api_store.DETAIL, "en")}


def test_stored_rows_never_make_hidden_pages_visible(api, rich):
    release = rich["release"]
    api_store.build_missing()
    assert item(api, "news/?fields=*", release.pk) is not None
    PageViewRestriction.objects.create(page=release, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert item(api, "news/?fields=*", release.pk) is None
    assert api(f"news/{release.pk}/")[0].status_code == 404
    statement = rich["statement"]
    assert item(api, "news/?fields=*", statement.pk) is not None
    statement.unpublish()
    assert item(api, "news/?fields=*", statement.pk) is None
    assert api(f"news/{statement.pk}/")[0].status_code == 404
