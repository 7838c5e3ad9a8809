"""The OpenAPI document is valid and describes the live responses of every endpoint (jsonschema)."""

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec

pytestmark = pytest.mark.django_db


@pytest.fixture
def spec(api, tree):
    response, body = api("openapi.json")
    assert response.status_code == 200
    return body


def check(spec, path_key, response, body):
    operation = spec["paths"][path_key]["get"]
    described = operation["responses"][str(response.status_code)]
    schema = described["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": spec["components"]},
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
    assert not errors, (path_key, [f"{list(e.path)}: {e.message}" for e in errors[:5]])


def test_document_is_valid_openapi(spec):
    validate_spec(spec)
    assert spec["openapi"].startswith("3.1")
    news_parameters = {p["name"] for p in spec["paths"]["/news/"]["get"]["parameters"]}
    assert {"date_from", "date_to", "year", "topic", "kind", "working_group", "search", "order", "limit", "offset",
            "locale", "fallback"} <= news_parameters


LISTINGS = ["news", "working-groups", "resources", "pages", "topics", "organisations", "locales", "images",
            "documents"]


def test_listings_match_the_document(api, spec):
    for endpoint in LISTINGS:
        queries = ["", "?fields=*", "?limit=1"]
        if endpoint not in ("locales", "images", "documents"):
            queries += ["?locale=es", "?locale=es&fallback=default"]
        for query in queries:
            response, body = api(f"{endpoint}/{query}")
            assert response.status_code == 200, (endpoint, query, body)
            assert body["items"], (endpoint, query)
            check(spec, f"/{endpoint}/", response, body)


def test_details_match_the_document(api, spec, tree):
    tree["release"].body = [
        ("paragraph", f'<p><a linktype="page" id="{tree["chile"].pk}">x</a></p>'),
        ("image", {"image": tree["image"], "alt_text": "A map", "caption": ""}),
        ("quote", {"quote": "Q", "attribution": "A", "role": ""}),
    ]
    tree["release"].save_revision().publish()
    tree["chile"].activities = [("list", ["One", "Two"]), ("heading", {"text": "Goals", "level": "h2"})]
    tree["chile"].save_revision().publish()
    for endpoint in LISTINGS:
        _response, listing = api(f"{endpoint}/")
        for item in listing["items"]:
            response, body = api(f"{endpoint}/{item['id']}/")
            assert response.status_code == 200
            check(spec, f"/{endpoint}/{{id}}/", response, body)


def test_errors_match_the_document(api, spec):
    for path, key in [("news/?year=x", "/news/"), ("news/999999/", "/news/{id}/"),
                      ("topics/?locale=xx", "/topics/"), ("pages/99999/", "/pages/{id}/")]:
        response, body = api(path)
        check(spec, key, response, body)


def test_rate_limited_response_matches_the_document(api, spec, settings):
    settings.API_THROTTLE_RATE = "1/minute"
    api("news/")
    response, body = api("news/?_=2")  # another URL: a cached response is not throttled
    assert response.status_code == 429
    check(spec, "/news/", response, body)


def test_docs_page_uses_only_its_static_style_sheet(client, tree):
    response = client.get("/api/v2/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h3><code>GET /news/</code></h3>" in html and "working_group" in html
    # No CDN, no script, no inline style (the CSP's style-src 'self' would block it): one static style sheet.
    assert "<script" not in html and "<style" not in html and " style=" not in html
    assert '<link rel="stylesheet" href="/static/css/api-docs.css">' in html


def test_resource_without_date_matches_the_document(api, spec, tree):
    guide = tree["guide"]
    guide.publication_date = None
    guide.save_revision().publish()
    response, body = api(f"resources/{guide.pk}/")
    assert body["publication_date"] is None
    check(spec, "/resources/{id}/", response, body)
