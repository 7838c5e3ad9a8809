"""Security headers: strict CSP on the public site, the admin's policy under /admin/, framing
denied everywhere but EMBED_PATH_PREFIX, and the other hardening headers on every response."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.security.urls")]


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_policy_is_strict(client):
    response = client.get("/plain-page/")
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no inline script, no eval
    assert "'unsafe-inline'" not in csp["style-src"]
    assert set(csp["img-src"]) == {"'self'", "data:"}
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_hardening_headers_everywhere(client):
    for url in ("/plain-page/", "/healthz", "/admin/login/"):
        response = client.get(url)
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        assert "camera=()" in response["Permissions-Policy"], url
        assert "geolocation=()" in response["Permissions-Policy"], url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        assert "Content-Security-Policy" in response, url
        # HSTS is production-only: tests run over plain HTTP.
        assert "Strict-Transport-Security" not in response, url


def test_admin_policy_allows_what_wagtail_needs_and_no_more(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = directives(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    # Wagtail frames its own previews; nobody else may frame the admin.
    assert csp["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


def test_embeds_may_be_framed_by_anyone(client):
    response = client.get("/embed/profile/1/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    csp = directives(response)
    assert csp["frame-ancestors"] == ["*"]
    assert csp["script-src"] == ["'self'"]  # the rest of the public policy still applies


def test_embed_prefix_is_a_setting(client, settings):
    settings.EMBED_PATH_PREFIX = "/plain-page/"
    assert "X-Frame-Options" not in client.get("/plain-page/")
    assert client.get("/embed/profile/1/")["X-Frame-Options"] == "DENY"


def test_cookies_are_http_only_and_sessions_expire(client, settings, superuser):
    response = client.post("/admin/login/", {"username": "root", "password": "correct-horse-battery-9"})
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60


def test_production_profile(monkeypatch):
    """The production module adds HTTPS-only behaviour on top of base (CI runs check --deploy)."""
    import importlib
    import sys

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    sys.modules.pop("cms.settings.production", None)
    sys.modules.pop("cms.settings.base", None)  # base reads SECRET_KEY at import
    production = importlib.import_module("cms.settings.production")
    try:
        assert production.SECURE_HSTS_SECONDS >= 31_536_000
        assert production.SECURE_SSL_REDIRECT is True
        assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
        assert production.SESSION_COOKIE_HTTPONLY
        assert production.X_FRAME_OPTIONS == "DENY"
        assert production.DEBUG is False
    finally:
        sys.modules.pop("cms.settings.production", None)
        sys.modules.pop("cms.settings.base", None)


def test_production_refuses_to_start_without_secret(monkeypatch):
    import importlib
    import sys

    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.delenv("SECRET_KEY", raising=False)
    sys.modules.pop("cms.settings.production", None)
    sys.modules.pop("cms.settings.base", None)
    try:
        with pytest.raises(ImproperlyConfigured):
            importlib.import_module("cms.settings.production")
    finally:
        sys.modules.pop("cms.settings.production", None)
        sys.modules.pop("cms.settings.base", None)


def test_previews_get_the_admin_policy(client, superuser, homes):
    """Wagtail renders a preview through the middleware with a dummy request for the public URL;
    the admin's policy must still win, or the preview panel cannot frame it."""
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=homes["en"], title="About", slug="about")
    client.force_login(superuser)
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    csp = directives(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in csp["script-src"]
