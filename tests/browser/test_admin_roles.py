"""The admin for its two main users, in Chromium: an Editor links a page found through the page
chooser's search, and a Translator works only in Spanish, from the dashboard to a published page."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cms.translation.roles import EDITORS, TRANSLATORS, ensure_roles
from tests.browser.conftest import sign_in, translate_segments
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory, StandardPageFactory
from tests.translation.conftest import make_user, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_editor_links_a_page_found_through_the_chooser_search(live_server, homes, page, screenshot,
                                                            django_user_model):
    about = StandardPageFactory(parent=homes["en"], title="About the VPI", slug="about", intro="Who we are.")
    target = StandardPageFactory(parent=homes["en"], title="Intervención humanitaria guide", slug="guide")
    for number in range(12):  # more pages than the chooser's first screen shows
        StandardPageFactory(parent=homes["en"], title=f"Other page {number}", slug=f"other-{number}")
    groups = ensure_roles()
    make_user(django_user_model, "editora", groups[EDITORS])
    sign_in(page, live_server.url, "editora")

    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    page.locator("#panel-child-content-body-content .c-sf-add-button").first.click()
    page.get_by_role("option", name="Paragraph").click()
    editor = page.locator("#panel-child-content-body-content [contenteditable=true]").first
    editor.click()
    page.keyboard.type("Read the guide")
    page.keyboard.press("Shift+Home")
    page.keyboard.press("Control+k")  # Draftail's shortcut for a link: opens the page chooser

    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill("intervencion")  # without the accent, as people type
    result = modal.get_by_role("link", name=target.title).first
    expect(result).to_be_visible()
    screenshot(page, "editor-chooser-search")
    result.click()
    modal.wait_for(state="hidden")

    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages").first).to_be_visible()
    revision = Page.objects.get(pk=about.pk).get_latest_revision_as_object()
    assert f'linktype="page" id="{target.pk}"' in str(revision.body.raw_data)


def test_translator_works_only_in_spanish_from_dashboard_to_published_page(live_server, homes, page, screenshot,
                                                                          django_user_model):
    news = NewsIndexPageFactory(parent=homes["en"], title="News", slug="news")
    translate(news, publish=True)
    release = NewsReleasePageFactory(parent=news, title="Chile launches its working group", slug="chile",
                                     summary="A new group in Chile.", dateline="Santiago, Chile")
    release_es = translate(release)
    groups = ensure_roles()
    translator = make_user(django_user_model, "traductora", groups[TRANSLATORS])
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "es"
    profile.save()
    sign_in(page, live_server.url, "traductora")

    # The dashboard says what is waiting, in Spanish, with the help for tagged links.
    panel = page.locator("[data-translations-progress]")
    expect(panel).to_be_visible()
    expect(page.locator("[data-translator-help]")).to_contain_text("etiquetas")
    screenshot(page, "translator-dashboard-es")
    panel.get_by_role("link", name=release.title).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{release_es.pk}/edit/"))

    translate_segments(page, [("Chile launches its working group", "Chile lanza su grupo de trabajo"),
                              ("A new group in Chile.", "Un nuevo grupo en Chile."),
                              ("Santiago, Chile", "Santiago de Chile")],
                       buttons=("Traducir", "Guardar", "Editar"))

    publish = page.get_by_role("button", name=re.compile(r"^Publicar en Español"))
    expect(publish).to_be_visible()  # with its space: not "Publicar enEspañol"
    screenshot(page, "translator-editor-es")
    body = page.locator("body").inner_text()
    assert "Publish in" not in body and "Translate" not in body.replace("Traducir", "")
    publish.click()
    expect(page.locator(".messages, [role=status]").first).to_be_visible()

    release_es = Page.objects.get(pk=release_es.pk).specific
    assert release_es.live and release_es.summary == "Un nuevo grupo en Chile."
    page.goto(f"{live_server.url}{release_es.url}")
    expect(page.locator("h1")).to_have_text("Chile lanza su grupo de trabajo")
