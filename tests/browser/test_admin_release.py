"""An editor signs in, writes a news release in Wagtail's editor (featured image from the chooser,
a paragraph in the body, a related working group from the page chooser), publishes it, and
reads it on the live site."""

import pytest
from django.contrib.auth import get_user_model

from news.models import NewsReleasePage
from tests.factories import (
    ImageFactory,
    NewsIndexPageFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-browser-test-password"


def test_editor_publishes_a_release_with_image_and_working_group(live_server, homes, page, screenshot, settings,
                                                                 tmp_path):
    settings.MEDIA_ROOT = tmp_path
    home = homes["en"]
    news = NewsIndexPageFactory(parent=home)
    groups = WorkingGroupIndexPageFactory(parent=home)
    profile = WorkingGroupPageFactory(parent=groups, title="Chile In-Country Working Group")
    image = ImageFactory(title="Santiago launch photo")
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/news/newsreleasepage/{news.pk}/")
    page.fill("#id_title", "Chile working group holds its first plenary")
    page.fill("#id_dateline", "Santiago, Chile")
    page.fill("#id_summary", "The new Chile working group met for the first time in Santiago.")

    # Featured image, through the image chooser.
    page.locator("#panel-child-content-featured_image-content").get_by_role(
        "button", name="Choose an image").click()
    page.locator(".modal").get_by_text(image.title).first.click()
    page.locator(".modal").wait_for(state="hidden")
    page.fill("#id_featured_image_alt", "Participants around a table in Santiago")

    # Body: one paragraph typed into the rich-text editor.
    page.locator("#panel-child-content-body-content .c-sf-add-button").first.click()
    page.get_by_role("option", name="Paragraph").click()
    editor = page.locator("#panel-child-content-body-content [contenteditable=true]").first
    editor.click()
    page.keyboard.type("Around 30 participants discussed security and human rights.")

    # Related working group, through the page chooser.
    page.locator("#id_working_group_links-ADD").click()
    page.locator("#panel-child-content-related_working_groups-content").get_by_role(
        "button", name="Choose a page").last.click()
    modal = page.locator(".modal")
    modal.locator("input[name=q]").fill("Chile")
    modal.get_by_role("link", name=profile.title).first.click()
    modal.wait_for(state="hidden")

    screenshot(page, "admin-release-editor")

    # Publish: the action sits in the footer's "more actions" dropdown.
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{news.pk}/")

    release = NewsReleasePage.objects.get(title="Chile working group holds its first plenary")
    assert release.live
    assert release.featured_image == image
    assert [link.working_group_id for link in release.working_group_links.all()] == [profile.pk]
    assert "Around 30 participants" in str(release.body)
    assert list(profile.releases()) == [release]

    page.goto(f"{live_server.url}{release.url}")
    assert page.locator("h1").first.inner_text() == release.title
    content = page.content()
    assert "The new Chile working group met for the first time in Santiago." in content
    assert "Around 30 participants discussed security and human rights." in content
    screenshot(page, "admin-release-live")
