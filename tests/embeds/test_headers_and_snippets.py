"""Framing is allowed only under /embed/; the profile page and the admin offer the snippets."""

import html

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    for directive in response.get("Content-Security-Policy", "").split(";"):
        if directive.strip().startswith("frame-ancestors"):
            return directive.strip()
    return None


@pytest.mark.parametrize("path", ["/embed/working-groups/chile/", "/embed/working-groups/chile/news/",
                                  "/embed/working-groups/atlantis/"])
def test_embed_cards_are_frameable(client, profile, path):
    response = client.get(path, {"locale": "es", "theme": "dark"})
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == "frame-ancestors *"


def test_card_json_is_cross_origin_readable(client, profile):
    response = client.get("/embed/working-groups/chile.json", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Set-Cookie" not in response and not response.cookies


@pytest.mark.parametrize("path", ["/en/", "/es/", "PROFILE"])
def test_site_pages_still_deny_framing(client, profile, path):
    response = client.get(profile.url if path == "PROFILE" else path)
    assert response.status_code == 200
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert frame_ancestors(response) in (None, "frame-ancestors 'none'", "frame-ancestors 'self'")


def test_oembed_is_cors_open_and_not_frameable(client, profile):
    response = client.get("/api/oembed/", {"url": f"http://testserver{profile.url}"},
                          HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert frame_ancestors(response) != "frame-ancestors *"


def test_profile_page_offers_snippets(client, profile):
    page_html = client.get(profile.url).text
    assert '<details class="embed-profile">' in page_html and "Embed this profile" in page_html
    snippets = html.unescape(page_html)
    assert '<iframe src="http://testserver/embed/working-groups/chile/?locale=en"' in snippets
    assert ('<script src="http://testserver/static/embed/v1.js" data-working-group="chile" data-locale="en" '
            'async></script>') in snippets
    assert "http://testserver/embed/working-groups/chile/news/?locale=en" in snippets


def test_spanish_profile_page_snippets_use_english_slug_and_spanish_locale(client, profile_es):
    snippets = html.unescape(client.get(profile_es.url).text)
    assert 'data-working-group="chile" data-locale="es"' in snippets
    assert "/embed/working-groups/chile/?locale=es" in snippets


@pytest.fixture
def admin_client(client, homes):
    user = get_user_model().objects.create_superuser("embed-admin", "embed@example.org", "a-long-password-1")
    client.force_login(user)
    return client


def test_admin_embed_view_and_header_menu(admin_client, profile):
    edit = admin_client.get(f"/admin/pages/{profile.pk}/edit/")
    assert edit.status_code == 200
    url = f"/admin/working-groups/{profile.pk}/embed/"
    assert url in edit.text
    response = admin_client.get(url)
    assert response.status_code == 200
    text = html.unescape(response.text)
    assert 'data-working-group="chile" data-locale="en"' in text
    assert "/api/oembed/?url=" in text and "Preview" in text


def test_admin_embed_view_warns_for_drafts_and_404s_for_other_pages(admin_client, profile, groups):
    profile.unpublish()
    response = admin_client.get(f"/admin/working-groups/{profile.pk}/embed/")
    assert response.status_code == 200 and "not live" in response.text
    # follow: Django's LocaleMiddleware turns any 404 outside i18n_patterns into a /en/... redirect.
    assert admin_client.get(f"/admin/working-groups/{groups.pk}/embed/", follow=True).status_code == 404
    assert f"/admin/working-groups/{groups.pk}/embed/" not in admin_client.get(f"/admin/pages/{groups.pk}/edit/").text


def test_admin_embed_view_needs_login(client, profile):
    response = client.get(f"/admin/working-groups/{profile.pk}/embed/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
