"""HTTP behaviour: validators and 304s, Cache-Control, the response cache and its invalidation,
CORS, read-only methods and rate limiting."""

import pytest

pytestmark = pytest.mark.django_db


def test_etag_last_modified_and_304(api, tree, settings):
    response, _body = api("news/")
    assert response.status_code == 200
    etag, modified = response["ETag"], response["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    assert response["Cache-Control"] == settings.PUBLIC_CACHE_CONTROL
    again, _body = api("news/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    assert again["Cache-Control"] == settings.PUBLIC_CACHE_CONTROL
    since, _body = api("news/", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    changed, _body = api("news/", HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200


def test_etag_differs_per_representation(api, tree):
    first, _ = api("news/")
    second, _ = api("news/?locale=es")
    assert first["ETag"] != second["ETag"]


def test_head_is_served(api, tree, client):
    response = client.head("/api/v2/news/")
    assert response.status_code == 200 and response["ETag"]


def test_errors_are_not_publicly_cached(api, tree):
    response, _body = api("news/?year=x")
    assert response.status_code == 400 and "public" not in response["Cache-Control"]


def test_responses_come_from_the_cache(api, tree, django_assert_num_queries):
    api("news/")
    with django_assert_num_queries(0):
        response, body = api("news/")
    assert response.status_code == 200 and body["meta"]["total_count"] == 2


def test_no_stale_response_after_publish(api, tree):
    release = tree["release"]
    first, body = api(f"news/{release.pk}/")
    assert body["title"] == "Chile launch"
    api("news/")
    release.title = "Chile launch, updated"
    release.save_revision().publish()
    response, body = api(f"news/{release.pk}/")
    assert body["title"] == "Chile launch, updated"
    assert response["ETag"] != first["ETag"]
    _response, body = api("news/")
    assert body["items"][0]["title"] == "Chile launch, updated"
    # A conditional request with the old validator gets the new content, not a 304.
    response, _body = api(f"news/{release.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200


def test_no_stale_response_after_unpublish_move_delete_and_translation(api, tree):
    from wagtail.models import Locale

    from tests.factories import translate

    _response, body = api("news/")
    assert body["meta"]["total_count"] == 2
    tree["statement"].unpublish()
    _response, body = api("news/")
    assert body["meta"]["total_count"] == 1
    tree["statement"].save_revision().publish()
    _response, body = api("news/?locale=es")
    assert body["meta"]["total_count"] == 1
    translate(tree["statement"], Locale.objects.get(language_code="es"), title="Declaración", slug="declaracion")
    _response, body = api("news/?locale=es")
    assert body["meta"]["total_count"] == 2
    _response, body = api("working-groups/")
    assert body["meta"]["total_count"] == 2
    tree["ghana"].delete()
    _response, body = api("working-groups/")
    assert body["meta"]["total_count"] == 1
    _response, body = api(f"news/{tree['statement'].pk}/")
    assert body["meta"]["html_url"].endswith("/en/news/ghana-statement/")
    tree["statement"].move(tree["news"], pos="last-child")  # same parent: still a move signal
    tree["statement"].refresh_from_db()
    tree["statement"].slug = "renamed"
    tree["statement"].save_revision().publish()
    _response, body = api(f"news/{tree['statement'].pk}/")
    assert body["meta"]["html_url"].endswith("/en/news/renamed/")


def test_snippet_changes_invalidate(api, tree):
    _response, body = api("news/")
    rights = tree["rights"]
    rights.name = "Human rights defenders"
    rights.save()
    _response, body = api("news/")
    assert body["items"][0]["topics"][0]["name"] == "Human rights defenders"


def test_cors_headers(api, tree, client):
    response = client.get("/api/v2/news/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options("/api/v2/news/", HTTP_ORIGIN="https://partner.example",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")} == {"GET", "HEAD", "OPTIONS"}
    assert "Access-Control-Allow-Credentials" not in preflight
    plain_options = client.options("/api/v2/news/")
    assert plain_options.status_code == 200 and plain_options["Allow"] == "GET, HEAD, OPTIONS"
    html = client.get("/en/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in html


def test_read_only(client, tree):
    for method in ["post", "put", "patch", "delete"]:
        for path in ["/api/v2/news/", f"/api/v2/news/{tree['release'].pk}/", "/api/v2/pages/find/"]:
            response = getattr(client, method)(path, data="{}", content_type="application/json")
            assert response.status_code == 405, (method, path)
            assert response.json()["message"]


def test_rate_limit_answers_429_with_retry_after(api, tree, settings):
    settings.API_THROTTLE_RATE = "3/minute"
    # Distinct URLs: each one is a cache miss, which is what the throttle counts.
    statuses = [api(f"topics/?_={n}")[0].status_code for n in range(3)]
    assert statuses == [200, 200, 200]
    response, body = api("topics/?_=3")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert body["message"]
    assert response["Cache-Control"] == "no-store"
    # A 429 is never stored: the same URL is still refused, not served from the cache.
    assert api("topics/?_=3")[0].status_code == 429


def test_cached_responses_are_not_throttled(api, tree, settings, django_assert_num_queries):
    """Decision (docs/api.md): a cache hit costs no database work, as if a CDN had served it, so
    the throttle (which runs in the view) only counts the requests that reach the database."""
    settings.API_THROTTLE_RATE = "1/minute"
    assert api("topics/")[0].status_code == 200
    assert api("topics/?_=other")[0].status_code == 429
    with django_assert_num_queries(0):
        statuses = [api("topics/")[0].status_code for _ in range(3)]
    assert statuses == [200, 200, 200]


def test_rate_limit_is_per_client(api, tree, settings):
    settings.API_THROTTLE_RATE = "1/minute"
    assert api("topics/?_=1", REMOTE_ADDR="10.0.0.1")[0].status_code == 200
    assert api("topics/?_=2", REMOTE_ADDR="10.0.0.1")[0].status_code == 429
    assert api("topics/?_=3", REMOTE_ADDR="10.0.0.2")[0].status_code == 200
