"""`?search=` on every API endpoint takes any input: 200 (or a 400 JSON message), never a 500.

Pages and the content endpoints search through search.query.search_pages; images and documents
keep Wagtail's own search filter, which hands the raw text to the backend, so the backend cleans
it too (search/backends/hygiene.py). Quotes, full-text syntax and blank input used to answer 500
there, on SQLite and on PostgreSQL.
"""

import pytest

from tests.factories import (
    DocumentFactory,
    ImageFactory,
    NewsReleasePageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db

BAD_INPUT = ['"', '""', '"chile', "'", "   ", "\t", "*", "-", "+", "chile*", "-chile", "NOT chile", "chile AND",
             "OR", "(", ")", "chile NEAR(x)", "title:chile", "\\", "%", "chile & x | !y", "x:*", "🇨🇱",
             "a" * 3000, " ".join(["chile"] * 500)]
ENDPOINTS = ["images", "documents", "pages", "news", "resources", "working-groups"]


@pytest.fixture
def media(home, indexes):
    """A Chile image and document used by live pages, and a Peru pair as decoys."""
    chile_image, peru_image = ImageFactory(title="Chile mine site"), ImageFactory(title="Peru valley")
    NewsReleasePageFactory(parent=indexes["news"], title="Chile release", featured_image=chile_image,
                           featured_image_alt="A mine")
    NewsReleasePageFactory(parent=indexes["news"], title="Peru release", featured_image=peru_image,
                           featured_image_alt="A valley")
    for title in ("Chile annual report", "Peru annual report"):
        resource = ResourcePageFactory(parent=indexes["library"], title=title)
        ResourceLanguageVersionFactory(page=resource, document=DocumentFactory(title=title))


def get(client, endpoint, search, **params):
    response = client.get(f"/api/v2/{endpoint}/", {"search": search, **params})
    assert response.status_code in (200, 400), (endpoint, search[:20], response.status_code)
    body = response.json()
    if response.status_code == 400:
        assert isinstance(body.get("message"), str) and body["message"]
    return body


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_search_input_never_breaks_an_endpoint(client, media, endpoint):
    for text in BAD_INPUT:
        body = get(client, endpoint, text)
        if "items" in body and not any(c.isalnum() for c in text):
            assert body["items"] == [], (endpoint, text)  # no words: nothing searched, nothing found


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_media_search_finds_by_words_whatever_surrounds_them(client, media, endpoint):
    for text in ["chile", '"chile"', "chile*", "+chile", " chile ", "(chile)", "CHILE"]:
        titles = [item["title"] for item in get(client, endpoint, text)["items"]]
        assert titles and all("Chile" in title for title in titles), (endpoint, text, titles)


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_media_search_operator_is_checked(client, media, endpoint):
    assert get(client, endpoint, "chile peru", search_operator="or")["items"]
    assert get(client, endpoint, "chile peru", search_operator="and")["items"] == []
    get(client, endpoint, "chile", search_operator="nonsense")  # 200 or 400, never 500
