"""The foundation: language-prefixed pages, root redirect, admin, health check, settings guards."""

import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_root_redirects_by_browser_language(client, homes):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9").headers["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").headers["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").headers["Location"] == "/en/"


def test_home_pages_per_locale(client, homes):
    en = client.get("/en/")
    es = client.get("/es/")
    assert en.status_code == 200 and es.status_code == 200
    assert '<html lang="en">' in en.text
    assert '<html lang="es">' in es.text
    assert homes["es"].translation_key == homes["en"].translation_key
    assert homes["es"].live


def test_admin_login_page(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login/")
    assert client.get("/admin/login/").status_code == 200


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response.headers["Cache-Control"]


def test_healthz_reports_broken_cache(client, monkeypatch):
    from cms import views

    def broken(*args, **kwargs):
        raise ConnectionError("down")

    monkeypatch.setattr(views.cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "error: ConnectionError"


def test_bootstrap_is_idempotent(homes):
    call_command("sync_locales")
    call_command("sync_locales")
    assert HomePage.objects.count() == 2
    assert Site.objects.get(is_default_site=True).root_page_id == homes["en"].pk
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_third_language_is_one_setting_and_one_command(homes, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES = [("en", "English"), ("es", "Español"),
                                                               ("fr", "Français")]
    call_command("sync_locales")
    fr = HomePage.objects.get(locale=Locale.objects.get(language_code="fr"))
    assert fr.translation_key == homes["en"].translation_key and fr.live


def test_production_settings_refuse_to_start_without_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    result = subprocess.run([sys.executable, "manage.py", "check"], capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_ensure_admin_creates_once_and_prints_login(django_user_model, capsys):
    call_command("ensure_admin")
    call_command("ensure_admin")
    assert django_user_model.objects.filter(username="admin", is_superuser=True).count() == 1
    out = capsys.readouterr().out
    assert "username: admin" in out and "/admin/" in out
