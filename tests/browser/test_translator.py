"""A translator's day, in Chromium: sign in, translate a release segment in wagtail-localize's editor,
publish in Spanish and read the Spanish page live. English stays out of reach."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from cms.translation.roles import TRANSLATORS, ensure_roles
from tests.browser.conftest import translate_segments
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory
from tests.translation.conftest import PASSWORD, make_user, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_translator_translates_and_publishes_a_release(live_server, homes, page, screenshot, django_user_model):
    news = NewsIndexPageFactory(parent=homes["en"], title="News", slug="news")
    translate(news, publish=True)
    release = NewsReleasePageFactory(parent=news, title="Chile launches its working group", slug="chile",
                                     summary="A new group in Chile.", dateline="Santiago, Chile")
    release_es = translate(release)
    assert not release_es.live
    groups = ensure_roles()
    make_user(django_user_model, "traductora", groups[TRANSLATORS])

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "traductora")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # English is out of reach: the edit view sends the translator away.
    page.goto(f"{live_server.url}/admin/pages/{release.pk}/edit/")
    assert f"/admin/pages/{release.pk}/edit/" not in page.url

    # The Spanish translation opens in the translation editor.
    page.goto(f"{live_server.url}/admin/pages/{release_es.pk}/edit/")
    expect(page.locator("[data-segment-help]")).to_contain_text('<a id="a1">')  # the help on tags, in place
    translate_segments(page, [("Chile launches its working group", "Chile lanza su grupo de trabajo"),
                              ("A new group in Chile.", "Un nuevo grupo en Chile.")])
    screenshot(page, "translator-editor")

    page.get_by_role("button", name=re.compile("Publish in")).click()
    expect(page.get_by_text(re.compile("Published"))).to_be_visible()

    release_es = Page.objects.get(pk=release_es.pk).specific
    assert release_es.live and release_es.summary == "Un nuevo grupo en Chile."
    assert Page.objects.get(pk=release.pk).title == "Chile launches its working group"  # English untouched
    page.goto(f"{live_server.url}{release_es.url}")
    assert page.locator("html").get_attribute("lang") == "es"
    expect(page.locator("h1")).to_have_text("Chile lanza su grupo de trabajo")
    expect(page.get_by_text("Un nuevo grupo en Chile.").first).to_be_visible()
    assert screenshot(page, "translator-published-es").stat().st_size > 1000
