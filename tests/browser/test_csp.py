"""The Content-Security-Policy in a real browser: Wagtail's admin (sign-in, page editor with its
preview, image upload) and the public pages work with no CSP violation reported by Chromium."""

import pytest

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]



@pytest.fixture
def page(browser):
    """The shared Chromium (tests/browser/conftest.py), with CSP console reports collected."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.violations = []
    tab.on("console", lambda message: "Content Security Policy" in message.text and tab.violations.append(
        f"{tab.url}: {message.text}"))
    yield tab
    context.close()


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


def test_api_docs_page_is_styled_under_the_policy(page, live_server, homes):
    """The reference page's style sheet applies (an inline <style> would be blocked by style-src
    'self' and reported here)."""
    page.goto(f"{live_server.url}/api/v2/docs/")
    page.wait_for_load_state("networkidle")
    assert page.locator("h3 code").first.is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('table')).borderCollapse") == "collapse"
    assert page.violations == []
