"""The Content-Security-Policy in a real browser: Wagtail's admin (sign-in, page editor with its
preview, image upload) and the public pages work with no CSP violation reported by Chromium."""

import os
import shutil

import pytest

from tests.factories import StandardPageFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop runs in this thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.set_default_timeout(20_000)
        tab.violations = []
        tab.on("console", lambda message: "Content Security Policy" in message.text and tab.violations.append(
            f"{tab.url}: {message.text}"))
        yield tab
        browser.close()


def test_admin_works_under_its_policy(page, live_server, homes, django_user_model):
    django_user_model.objects.create_superuser("csp", "csp@example.org", "csp-check-password-1")
    about = StandardPageFactory(parent=homes["en"], title="About", slug="about",
                                body=[("paragraph", "<p>Body <b>text</b>.</p>")])
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "csp")
    page.fill("input[name=password]", "csp-check-password-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    for path in (f"/admin/pages/{about.pk}/edit/", "/admin/images/add/", "/admin/documents/", "/admin/pages/",
                 f"/admin/pages/{homes['en'].pk}/"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    # The page editor's rich text (Draftail) and the preview panel render.
    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    page.wait_for_selector(".Draftail-Editor")
    page.click("[data-side-panel-toggle='preview']")
    preview = page.frame_locator("iframe[id='w-preview-iframe']")
    preview.locator("body").wait_for()
    page.wait_for_load_state("networkidle")
    assert page.violations == []


def test_public_pages_have_no_violations(page, live_server, homes):
    StandardPageFactory(parent=homes["en"], title="About", slug="about")
    for path in ("/en/", "/es/", "/en/about/"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    assert page.violations == []
