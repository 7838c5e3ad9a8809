"""Every endpoint answers, and every filter, order and paging parameter does what it says."""

import pytest

pytestmark = pytest.mark.django_db


def titles(body):
    return [item["title"] for item in body["items"]]


def test_index_lists_endpoints(api, tree):
    response, body = api("")
    assert response.status_code == 200
    assert set(body["endpoints"]) == {"pages", "images", "documents", "news", "working-groups", "resources",
                                      "topics", "organisations", "locales"}


def test_news_listing_representation(api, tree):
    response, body = api("news/")
    assert response.status_code == 200
    assert body["meta"]["total_count"] == 2
    assert titles(body) == ["Chile launch", "Ghana statement"]  # newest publication date first
    item = body["items"][0]
    assert item["kind"] == {"value": "release", "label": "News release"}
    assert item["meta"]["locale"] == "en"
    assert item["meta"]["html_url"].endswith("/en/news/chile-launch/")
    assert item["meta"]["detail_url"].endswith(f"/api/v2/news/{tree['release'].pk}/")
    assert item["topics"][0]["slug"] == "human-rights"
    assert [g["title"] for g in item["working_groups"]] == ["Chile working group"]
    assert [r["title"] for r in item["resources"]] == ["Implementation guide"]
    image = item["featured_image"]
    assert image["alt"] == "People at a table"
    assert image["renditions"] and all(r["url"].endswith(".webp") for r in image["renditions"])
    assert image["srcset"].endswith("w")
    assert "body" not in item  # detail only


def test_news_detail_has_body_with_resolved_links(api, tree):
    release = tree["release"]
    release.body = [
        ("paragraph", f'<p>See <a linktype="page" id="{tree["chile"].pk}">the group</a>.</p>'),
        ("image", {"image": tree["image"], "alt_text": "A map", "caption": "Map"}),
        ("document", {"document": tree["guide"].language_versions.first().document, "label": ""}),
        ("call_to_action", {"heading": "Join", "text": "", "button_label": "Go", "page": tree["guide"], "url": ""}),
    ]
    release.save_revision().publish()
    response, body = api(f"news/{release.pk}/")
    assert response.status_code == 200
    blocks = {block["type"]: block["value"] for block in body["body"]}
    assert 'href="http://testserver/en/working-groups/chile-working-group/"' in blocks["paragraph"]
    assert blocks["image"]["image"]["alt"] == "A map"
    assert blocks["image"]["image"]["renditions"][0]["url"].endswith(".webp")
    assert blocks["document"]["document"]["file_type"] == "pdf"
    assert blocks["document"]["document"]["size"] > 0
    assert blocks["document"]["document"]["url"].startswith("http")
    assert blocks["call_to_action"]["page"]["title"] == "Implementation guide"


def test_rich_text_links_follow_the_reader_language_and_hide_drafts(api, tree):
    from tests.factories import WorkingGroupPageFactory

    draft = WorkingGroupPageFactory(parent=tree["groups"], title="Secret group", live=False)
    release_es = tree["release_es"]
    release_es.body = [("paragraph", f'<p><a linktype="page" id="{tree["chile"].pk}">x</a>'
                                     f'<a linktype="page" id="{draft.pk}">y</a></p>')]
    release_es.save_revision().publish()
    _response, body = api(f"news/{release_es.pk}/")
    html = body["body"][0]["value"]
    assert 'href="http://testserver/es/grupos/chile/"' in html
    assert "secret-group" not in html and "<a>y</a>" in html


NEWS_FILTERS = (
    [
        ("date_from=2024-01-01", ["Chile launch"]),
        ("date_to=2023-12-31", ["Ghana statement"]),
        ("date_from=2023-01-01&date_to=2024-12-31", ["Chile launch", "Ghana statement"]),
        ("year=2023", ["Ghana statement"]),
        ("topic=human-rights", ["Chile launch"]),
        ("topic=nothing", []),
        ("kind=statement", ["Ghana statement"]),
        ("country=cl", ["Chile launch"]),
        ("order=title", ["Chile launch", "Ghana statement"]),
        ("order=-title", ["Ghana statement", "Chile launch"]),
        ("order=publication_date", ["Ghana statement", "Chile launch"]),
    ]
)


def test_news_filters(api, tree):
    for query, expected in NEWS_FILTERS:
        response, body = api(f"news/?{query}")
        assert response.status_code == 200, (query, body)
        assert titles(body) == expected, query


def test_news_filter_by_working_group_any_language_id(api, tree):
    for group_id in (tree["chile"].pk, tree["chile_es"].pk):
        _response, body = api(f"news/?working_group={group_id}")
        assert titles(body) == ["Chile launch"]


GROUP_FILTERS = (
    [
        ("country=CL", ["Chile working group"]),
        ("type=partner", ["South Africa working group"]),
        ("status=forming", ["South Africa working group"]),
        ("status=active", ["Chile working group"]),
        ("order=-title", ["South Africa working group", "Chile working group"]),
    ]
)


def test_working_group_filters(api, tree):
    for query, expected in GROUP_FILTERS:
        response, body = api(f"working-groups/?{query}")
        assert response.status_code == 200, (query, body)
        assert titles(body) == expected, query


def test_working_group_representation(api, tree):
    _response, body = api(f"working-groups/{tree['chile'].pk}/")
    assert body["country"] == {"code": "CL", "name": "Chile"}
    assert body["convenor"]["name"] == "Government of Canada"
    assert body["status"] == {"value": "active", "label": "Active"}
    assert body["activities"] == []
    assert body["featured_image"] is None


def test_working_group_featured_image_in_listing_and_detail(api, tree):
    chile = tree["chile"]
    chile.featured_image, chile.featured_image_alt = tree["release"].featured_image, "Map with Chile highlighted"
    chile.save_revision().publish()
    _response, listing = api("working-groups/?country=CL")
    _response, detail = api(f"working-groups/{chile.pk}/")
    for image in (listing["items"][0]["featured_image"], detail["featured_image"]):
        assert image["alt"] == "Map with Chile highlighted" and image["id"] == chile.featured_image_id
        assert image["renditions"] and all(r["url"].endswith(".webp") for r in image["renditions"])


RESOURCE_FILTERS = (
    [
        ("type=guidance", ["Implementation guide"]),
        ("type=toolkit", []),
        ("topic=human-rights", ["Implementation guide"]),
        ("language=fr", ["Implementation guide"]),
        ("language=de", []),
        ("year=2023", ["Implementation guide"]),
        ("year=2020", []),
    ]
)


def test_resource_filters(api, tree):
    for query, expected in RESOURCE_FILTERS:
        response, body = api(f"resources/?{query}")
        assert response.status_code == 200, (query, body)
        assert titles(body) == expected, query


def test_resource_language_versions(api, tree):
    _response, body = api("resources/")
    versions = {v["language"]: v for v in body["items"][0]["language_versions"]}
    assert versions["en"]["file_type"] == "pdf" and versions["en"]["size"] > 0
    assert versions["en"]["url"].startswith("http")
    assert versions["fr"]["url"] == "https://example.org/guide-fr.pdf" and versions["fr"]["size"] is None
    assert versions["fr"]["language_name"] == "Français"


def test_search(api, tree):
    response, body = api("news/?search=Ghana")
    assert response.status_code == 200, body
    assert titles(body) == ["Ghana statement"]
    _response, body = api("news/?search=Lanzamiento&locale=es")
    assert titles(body) == ["Lanzamiento en Chile"]
    _response, body = api("resources/?search=implementation")
    assert titles(body) == ["Implementation guide"]


def test_blank_search_finds_nothing(api, tree):
    response, body = api("news/?search=%20%20")
    assert response.status_code == 200 and body["items"] == []


def test_limit_offset_and_total_count(api, tree):
    _response, body = api("news/?limit=1")
    assert body["meta"]["total_count"] == 2 and titles(body) == ["Chile launch"]
    _response, body = api("news/?limit=1&offset=1")
    assert body["meta"]["total_count"] == 2 and titles(body) == ["Ghana statement"]
    response, _body = api("news/?limit=100")
    assert response.status_code == 200


BAD_INPUT = (
    [
        "news/?limit=101", "news/?limit=-1", "news/?offset=x", "news/?year=20x4", "news/?date_from=2024-13-01",
        "news/?kind=tweet", "news/?topic=", "news/?working_group=abc", "news/?country=Chile", "news/?unknown=1",
        "news/?fields=nonsense", "news/?fields=body", "news/?order=dateline", "news/?order=title&search=x",
        "news/?locale=de", "news/?fallback=yes", "news/?search=x&fallback=default&locale=es",
        "working-groups/?type=x", "working-groups/?status=x", "resources/?language=xx", "topics/?pillar=x",
        "organisations/?pillar=x", "pages/?child_of=x", "pages/?type=nope.Nope", "pages/?site=other.example",
        "news/1/?locale=de", "news/1/?fallback=yes", "pages/find/?html_path=/x/&x=1", "images/?width=abc",
        "documents/?unknown=1",
        "news/?title=%00", "news/?offset=99999999999999999999", "pages/?limit=99999999999999999999",
        "pages/find/?html_path=/en/%00", "news/?search=%00", f"news/{1}/?fields=%00",
    ]
)


def test_bad_input_is_a_400_with_a_message(api, tree):
    for path in BAD_INPUT:
        response, body = api(path)
        assert response.status_code == 400, (path, response.status_code)
        assert isinstance(body["message"], str) and body["message"], path


def test_unknown_id_is_a_404_json(api, tree):
    for path in ["news/999999/", "working-groups/999999/", "resources/999999/", "pages/999999/",
                 "topics/999999/", "organisations/999999/", "locales/999999/", "images/999999/",
                 "documents/999999/", "nothing-here/", "news/99999999999999999999999/"]:
        response, body = api(path)
        assert response.status_code == 404, path
        assert body["message"], path


def test_wrong_type_id_is_a_404(api, tree):
    response, _body = api(f"news/{tree['chile'].pk}/")
    assert response.status_code == 404


def test_topics_organisations_locales(api, tree):
    _response, body = api("topics/")
    assert [t["slug"] for t in body["items"]] == ["human-rights", "security"]
    assert body["items"][0]["meta"]["translations"][0]["locale"] == "es"
    _response, body = api("topics/?slug=security")
    assert [t["name"] for t in body["items"]] == ["Security"]
    _response, body = api("topics/?locale=es")
    assert [t["name"] for t in body["items"]] == ["Derechos humanos"]
    _response, body = api("organisations/?pillar=government")
    assert [o["name"] for o in body["items"]] == ["Government of Canada"]
    _response, body = api("organisations/?pillar=ngo")
    assert body["items"] == []
    _response, body = api("locales/")
    codes = {item["code"]: item for item in body["items"]}
    assert set(codes) == {"en", "es"} and codes["en"]["is_default"] and not codes["es"]["is_default"]
    assert codes["es"]["home"]["html_url"].endswith("/es/")


def test_pages_images_documents(api, tree):
    _response, body = api("pages/?type=news.NewsReleasePage&fields=summary&locale=en")
    assert {item["title"] for item in body["items"]} == {"Chile launch", "Ghana statement"}
    _response, body = api(f"pages/{tree['release'].pk}/")
    assert body["summary"] and body["topics"][0]["slug"] == "human-rights"
    _response, body = api("images/")
    assert body["items"][0]["renditions"]["renditions"]
    _response, body = api("documents/")
    assert body["items"][0]["file"]["file_type"] == "pdf"


def test_profile_representation_is_what_the_api_serves(api, tree, rf):
    import json

    from workinggroups.api import profile_representation

    _response, body = api(f"working-groups/{tree['chile'].pk}/")
    request = rf.get("/embed/", HTTP_HOST="testserver")
    assert json.loads(json.dumps(profile_representation(tree["chile"], request))) == body


def test_missing_trailing_slash_redirects(api, tree):
    response, _body = api("news?locale=es")
    assert response.status_code == 301 and response["Location"] == "/api/v2/news/?locale=es"


def test_pages_endpoint_covers_every_language_by_default(api, tree):
    _response, body = api(f"pages/?translation_of={tree['release'].pk}")
    assert [item["id"] for item in body["items"]] == [tree["release_es"].pk]
    _response, body = api("pages/?locale=es&type=news.NewsReleasePage")
    assert [item["title"] for item in body["items"]] == ["Lanzamiento en Chile"]


def test_home_page_detail(api, tree):
    home = tree["en_home"]
    home.about_text = f'<p>Read <a linktype="page" id="{tree["news"].pk}">the news</a>.</p>'
    home.save_revision().publish()
    _response, body = api(f"pages/{home.pk}/")
    assert body["hero_title"] == home.hero_title
    assert 'href="http://testserver/en/news/"' in body["about_text"]


