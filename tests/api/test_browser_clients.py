"""Issue #17: what browser clients and partners on another origin need from the API's HTTP layer:
CORS revalidation, exposed validators, compression that keeps ETags, the content's language,
absolute URLs from the request (or SITE_BASE_URL), and detail views in another language."""

import gzip

import brotli
import pytest

pytestmark = pytest.mark.django_db


def test_preflight_allows_revalidation_headers(client, tree):
    preflight = client.options("/api/v2/news/", HTTP_ORIGIN="https://partner.example",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
                               HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match, if-modified-since")
    assert preflight.status_code == 200
    allowed = {h.strip().lower() for h in preflight["Access-Control-Allow-Headers"].split(",")}
    assert {"if-none-match", "if-modified-since"} <= allowed


def test_validators_and_retry_after_are_exposed(client, tree):
    response = client.get("/api/v2/news/", HTTP_ORIGIN="https://partner.example")
    exposed = {h.strip().lower() for h in response["Access-Control-Expose-Headers"].split(",")}
    assert {"etag", "last-modified", "retry-after"} <= exposed


def test_content_language_follows_the_content_not_the_visitor(api, tree):
    response, _body = api("news/?locale=es", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "es"
    response, _body = api("news/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Content-Language"] == "en"
    response, _body = api("news/?locale=es&fallback=default")
    assert response["Content-Language"] == "es, en"
    response, _body = api(f"news/{tree['release_es'].pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "es"


def test_no_vary_on_accept_language_and_identical_bodies(api, tree):
    english, _body = api("news/", HTTP_ACCEPT_LANGUAGE="en")
    spanish, _body = api("news/", HTTP_ACCEPT_LANGUAGE="es")
    assert "accept-language" not in english.get("Vary", "").lower()
    assert english.content == spanish.content
    assert english["ETag"] == spanish["ETag"]


@pytest.mark.parametrize(("encoding", "decompress"), [("br", brotli.decompress), ("gzip", gzip.decompress)])
def test_compressed_responses_keep_revalidation(client, tree, encoding, decompress):
    plain = client.get("/api/v2/news/")
    for attempt in ("miss", "hit"):  # rendered, then answered from the response cache
        response = client.get("/api/v2/news/", HTTP_ACCEPT_ENCODING=f"{encoding}, deflate")
        assert response["Content-Encoding"] == encoding, attempt
        assert "Accept-Encoding" in response["Vary"]
        assert decompress(response.content) == plain.content
        assert response["ETag"] == "W/" + plain["ETag"]
    revalidated = client.get("/api/v2/news/", HTTP_ACCEPT_ENCODING=encoding, HTTP_IF_NONE_MATCH=response["ETag"])
    assert revalidated.status_code == 304
    assert revalidated["ETag"] == response["ETag"]
    # The identity validator works too (weak comparison).
    assert client.get("/api/v2/news/", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304


def test_absolute_urls_come_from_the_request(api, tree, settings):
    settings.SITE_BASE_URL = None
    _response, body = api("news/", HTTP_HOST="127.0.0.1:8107")
    item = body["items"][0]
    assert item["meta"]["detail_url"].startswith("http://127.0.0.1:8107/api/v2/news/")
    assert item["featured_image"]["url"].startswith("http://127.0.0.1:8107/")
    _response, body = api("images/", HTTP_HOST="127.0.0.1:8107")
    assert body["items"][0]["meta"]["download_url"].startswith("http://127.0.0.1:8107/media/")
    _response, spec = api("openapi.json", HTTP_HOST="127.0.0.1:8107")
    assert spec["servers"] == [{"url": "http://127.0.0.1:8107/api/v2"}]


def test_absolute_urls_come_from_configuration(api, tree, settings):
    settings.SITE_BASE_URL = "https://api.example.org/ignored-path"
    _response, body = api("news/", HTTP_HOST="127.0.0.1:8107")
    assert body["items"][0]["meta"]["detail_url"].startswith("https://api.example.org/api/v2/news/")
    _response, body = api("documents/")
    assert all(item["meta"]["download_url"].startswith("https://api.example.org/") for item in body["items"])
    _response, spec = api("openapi.json")
    assert spec["servers"] == [{"url": "https://api.example.org/api/v2"}]


def test_organisation_website_is_null_everywhere(api, tree):
    _response, body = api(f"organisations/{tree['convenor'].pk}/")
    assert body["website"] is None
    _response, profile = api(f"working-groups/{tree['chile'].pk}/")
    assert profile["convenor"]["website"] is None


def test_detail_in_another_language(api, tree):
    release, release_es = tree["release"], tree["release_es"]
    response, body = api(f"news/{release.pk}/?locale=es")
    assert response.status_code == 200
    assert body["id"] == release_es.pk and body["meta"]["locale"] == "es"
    # Any translation's id works, in either direction.
    _response, body = api(f"news/{release_es.pk}/?locale=en")
    assert body["id"] == release.pk
    # No Spanish version: 404, or the English one with fallback.
    statement = tree["statement"]
    response, body = api(f"news/{statement.pk}/?locale=es")
    assert response.status_code == 404 and body == {"message": "not found in this language"}
    response, body = api(f"news/{statement.pk}/?locale=es&fallback=default")
    assert body["id"] == statement.pk and response["Content-Language"] == "en"
    # The same for snippets and Wagtail's pages endpoint.
    _response, body = api(f"topics/{tree['rights'].pk}/?locale=es")
    assert body["id"] == tree["rights_es"].pk
    _response, body = api(f"pages/{tree['news'].pk}/?locale=es")
    assert body["id"] == tree["news_es"].pk
    response, body = api(f"news/{release.pk}/?locale=xx")
    assert response.status_code == 400


def test_detail_last_modified_is_the_items_own(api, tree):
    from django.utils.http import http_date

    release = tree["release"]
    release.refresh_from_db()
    response, _body = api(f"news/{release.pk}/")
    assert response["Last-Modified"] == http_date(release.last_published_at.timestamp())
    tree["statement"].save_revision().publish()  # another item changes: this one's date stays
    response, _body = api(f"news/{release.pk}/")
    assert response["Last-Modified"] == http_date(release.last_published_at.timestamp())
    assert api(f"news/{release.pk}/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])[0].status_code == 304
