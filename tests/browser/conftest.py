"""Browser-test harness: Playwright driving Debian's Chromium against pytest-django's live server.

Browser tests are transactional (the live server runs in another thread); mark them
`django_db(transaction=True, serialized_rollback=True)` so the flush after each test does not take
away the data Wagtail's migrations create (root page, default site, admin permissions).

Screenshots go to tests/browser/screenshots/ (git-ignored). Run alone with `make test-browser`.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls our tests make around it
# are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """screenshot(page, "name") saves a full-page PNG and returns its path."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(autouse=True)
def _permissions(transactional_db):
    """Recreate model permissions: the flush after a transactional test deletes them, and Django
    only recreates them on migrate."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.management import create_contenttypes
    from django.contrib.contenttypes.models import ContentType

    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
    # wagtail-localize creates this one in a data migration (0006), on a content type of its own.
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    Permission.objects.get_or_create(content_type=content_type, codename="submit_translation",
                                     defaults={"name": "Can submit translations"})


def sign_in(page, base_url, username):
    """Sign in to the admin at `base_url` (live_server.url, or another server's) as `username`
    (password: tests/translation/conftest.py's PASSWORD, which make_user gives)."""
    from tests.translation.conftest import PASSWORD

    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def translate_segments(page, pairs, buttons=("Translate", "Save", "Edit")):
    """In wagtail-localize's editor, translate each (source text, translation) segment; `buttons`
    are the editor's labels in the admin's language."""
    from playwright.sync_api import expect

    translate, save, edit = buttons
    for source, translation in pairs:
        segment = page.locator("li", has_text=source).last
        segment.get_by_role("button", name=translate).click()
        segment.locator("textarea").fill(translation)
        segment.get_by_role("button", name=save).click()
        expect(segment.get_by_role("button", name=edit)).to_be_visible()
