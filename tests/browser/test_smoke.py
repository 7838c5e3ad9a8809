"""First browser test: the English and Spanish home pages and the admin login render in Chromium."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_home_pages_and_admin_login(live_server, homes, page, screenshot):
    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text() == homes["en"].hero_title
    assert screenshot(page, "home-en").stat().st_size > 1000

    page.goto(f"{live_server.url}/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    screenshot(page, "home-es")

    page.goto(f"{live_server.url}/admin/")
    assert "/admin/login/" in page.url
    assert page.locator("input[name=username]").is_visible()
    screenshot(page, "admin-login")
