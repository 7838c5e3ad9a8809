"""The iframe cards and their JSON twin: languages, themes, bad parameters, visibility, caching."""

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cms.translation.bootstrap import HOME_DEFAULTS
from home.models import HomePage
from tests.factories import ImageFactory, WorkingGroupIndexPageFactory, WorkingGroupPageFactory

pytestmark = pytest.mark.django_db

CARD = "/embed/working-groups/chile/"


def test_english_card(client, profile):
    response = client.get(CARD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.text
    assert '<html lang="en"' in html
    assert "<h1 id=\"card-title\">Chile</h1>" in html
    assert "Companies, government and civil society in Chile." in html
    assert "6 companies" in html and "1 government body" in html and "3 civil society organisations" in html
    assert "Embassy of Canada" in html and "2019" in html
    assert f'href="http://testserver{profile.url}"' in html
    assert "View the full profile" in html


def test_spanish_card_shows_translation_and_spanish_labels(client, profile_es):
    response = client.get(CARD, {"locale": "es"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "es"
    html = response.text
    assert '<html lang="es"' in html
    assert "Chile (grupo)" in html
    assert "Empresas, gobierno y sociedad civil en Chile." in html
    assert "/es/" in html and "chile-es" in html
    # The slug in the embed URL is the English one even though the Spanish page's slug differs.
    assert client.get("/embed/working-groups/chile-es/", {"locale": "es"}).status_code == 404


def test_spanish_request_without_translation_falls_back_to_english(client, profile, locale_es):
    response = client.get(CARD, {"locale": "es"})
    assert response.status_code == 200
    assert '<html lang="en"' in response.text and "Chile" in response.text


def test_draft_translation_is_not_shown(client, profile_es):
    profile_es.unpublish()
    html = client.get(CARD, {"locale": "es"}).text
    assert "Chile (grupo)" not in html and '<html lang="en"' in html


@pytest.mark.parametrize("locale", ["", "xx", "zz-ZZ", "<script>", "e" * 500, "es\x00"])
def test_missing_or_unknown_locale_gives_default_language(client, profile, locale):
    response = client.get(CARD, {"locale": locale})
    assert response.status_code == 200
    assert '<html lang="en"' in response.text


def test_unknown_slug_is_a_readable_404_card(client, home):
    response = client.get("/embed/working-groups/atlantis/", {"locale": "es"})
    assert response.status_code == 404
    assert '<html lang="es"' in response.text
    assert "<style>" in response.text and 'id="card-title"' in response.text
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response


def test_unknown_slug_json_404(client, home):
    response = client.get("/embed/working-groups/atlantis.json")
    assert response.status_code == 404
    assert response.json()["message"]
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("state", ["draft", "private", "alias", "other_site"])
def test_non_public_profiles_are_404(client, profile, groups, state):
    if state == "draft":
        profile.unpublish()
        slug = "chile"
    elif state == "private":
        PageViewRestriction.objects.create(page=profile, restriction_type=PageViewRestriction.LOGIN)
        slug = "chile"
    elif state == "alias":
        other_index = WorkingGroupIndexPageFactory(parent=groups.get_parent(), slug="groups-2")
        profile.create_alias(parent=other_index, update_slug="chile-alias")
        slug = "chile-alias"
    else:
        other_site_profile()
        slug = "peru"
    response = client.get(f"/embed/working-groups/{slug}/")
    assert response.status_code == 404
    assert "Working group not found" in response.text


def other_site_profile():
    """A "peru" profile on a second site (other.example) with its own root."""
    other_root = Page.get_first_root_node().add_child(
        instance=HomePage(**{**HOME_DEFAULTS, "slug": "other-home"}, locale=Locale.get_default()))
    Site.objects.create(hostname="other.example", root_page=other_root)
    return WorkingGroupPageFactory(parent=WorkingGroupIndexPageFactory(parent=other_root), slug="peru", title="Peru")


def test_profile_on_other_site_is_served_on_that_host(client, home):
    other_site_profile()
    assert client.get("/embed/working-groups/peru/", HTTP_HOST="other.example").status_code == 200


@pytest.mark.parametrize("params", [
    {"theme": "neon"}, {"accent": "red"}, {"accent": "#12345"}, {"accent": "</style><script>alert(1)</script>"},
    {"accent": "ff0000;background:url(x)"}, {"limit": "-4"}, {"limit": "lots"}, {"theme": ["dark", "x"]},
])
def test_bad_parameters_are_ignored(client, profile, params):
    response = client.get(CARD, params)
    assert response.status_code == 200
    assert "--accent:#0b5f8a" in response.text or "theme" in params
    assert "alert(1)" not in response.text and "url(x)" not in response.text


def test_theme_and_accent(client, profile):
    html = client.get(CARD, {"theme": "dark", "accent": "FFCC00"}).text
    assert 'class="theme-dark"' in html
    assert "--accent:#ffcc00" in html and "--on-accent:#000000" in html
    html = client.get(CARD, {"accent": "#036"}).text
    assert "--accent:#003366" in html and "--on-accent:#ffffff" in html


def test_card_is_self_contained_and_resizes(client, profile):
    html = client.get(CARD).text
    assert "<link" not in html and "src=" not in html  # no stylesheets, images or scripts from anywhere
    assert "postMessage" in html and "vpi-embed:height" in html


def test_news_card_lists_live_releases_newest_first(client, profile, releases):
    releases[0].unpublish()
    response = client.get(CARD + "news/")
    assert response.status_code == 200
    assert "Newest release" in response.text and "Older release" not in response.text
    assert '<time datetime="2025-03-20">' in response.text


def test_news_card_in_spanish(client, profile_es, releases, translate_page, locale_es):
    translate_page(releases[1], locale_es, title="Comunicado más reciente", slug="comunicado")
    html = client.get(CARD + "news/", {"locale": "es", "limit": "1"}).text
    assert '<html lang="es"' in html and "Comunicado más reciente" in html
    assert "Últimas noticias" in html or "Latest news" in html  # the UI string, once translated
    assert "20 de marzo de 2025" in html


def test_news_card_without_news(client, profile):
    assert "No news from this group yet." in client.get(CARD + "news/").text


def test_json_is_the_card_data(client, profile_es):
    response = client.get("/embed/working-groups/chile.json", {"locale": "es"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["title"] == "Chile (grupo)" and data["locale"] == "es" and data["slug"] == "chile"
    assert data["country"] == "Chile" and data["url"].endswith("/chile-es/")
    assert set(data["labels"]) >= {"view_profile", "provider", "country"}
    news = client.get("/embed/working-groups/chile/news.json").json()
    assert news["kind"] == "news" and news["releases"] == []


def test_cache_headers_and_publish_invalidates(client, profile):
    response = client.get(CARD)
    assert response["Cache-Control"].startswith("public")
    with override_settings(PUBLIC_CACHE_CONTROL="public, max-age=7", RESPONSE_CACHE_SECONDS=0):  # rendered anew
        assert client.get(CARD)["Cache-Control"] == "public, max-age=7"
    profile.title = "Chile renamed"
    profile.save_revision().publish()
    assert "Chile renamed" in client.get(CARD).text
    assert client.get("/embed/working-groups/chile.json").json()["title"] == "Chile renamed"


def test_news_card_notices_a_new_release(client, profile, releases, news_index):
    from tests.factories import NewsReleasePageFactory, NewsReleaseWorkingGroupFactory

    assert "Brand new" not in client.get(CARD + "news/").text
    release = NewsReleasePageFactory(parent=news_index, title="Brand new")
    NewsReleaseWorkingGroupFactory(page=release, working_group=profile)
    release.save_revision().publish()
    assert "Brand new" in client.get(CARD + "news/").text


def test_post_is_refused_not_500(client, profile):
    assert client.post(CARD).status_code == 405


def test_open_redirects_to_the_profile(client, profile_es):
    response = client.get(CARD + "open/", {"locale": "es"})
    assert response.status_code == 302 and response["Location"].endswith("/chile-es/")
    assert client.get("/embed/working-groups/nope/open/").status_code == 404


def test_json_card_data_has_the_profile_picture(client, profile):
    """The featured image's smallest rendition, for partners' own cards; the iframe card stays
    without images (test_card_is_self_contained_and_resizes)."""
    assert client.get("/embed/working-groups/chile.json").json()["image"] is None
    profile.featured_image = ImageFactory(file__width=1600, file__height=900)
    profile.featured_image_alt = "Map with Chile highlighted"
    profile.save_revision().publish()
    image = client.get("/embed/working-groups/chile.json").json()["image"]
    assert image["alt"] == "Map with Chile highlighted" and (image["width"], image["height"]) == (480, 270)
    assert image["url"].startswith("http://testserver/") and image["url"].endswith(".webp")
