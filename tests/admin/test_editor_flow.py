"""The editor's path for a new page: no autosave before the first save, no stray drafts blocking a
slug, and back to the listing they started from."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsReleasePage
from tests.factories import NewsReleasePageFactory
from tests.translation.conftest import make_user

pytestmark = pytest.mark.django_db


def release_data(title, slug, **extra):
    data = nested_form_data({
        "title": title, "slug": slug, "publication_date": "2026-03-02", "kind": "release",
        "dateline": "Geneva", "summary": "A summary.", "featured_image_alt": "",
        "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
        "working_group_links": inline_formset([]), "resource_links": inline_formset([]),
        "comments": inline_formset([]),
    })
    data.update(extra)
    return data


def test_create_view_has_no_autosave_but_edit_view_keeps_it(client, tree, editor):
    client.force_login(editor)
    create = client.get(reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk]))
    assert create.status_code == 200
    assert b"data-w-autosave-interval-value" not in create.content
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[tree["release"].pk]))
    assert b"data-w-autosave-interval-value" in edit.content


def test_listing_add_goes_to_the_create_view_with_next(client, tree, editor):
    client.force_login(editor)
    listing = reverse("news_releases:index")
    response = client.get(reverse("news_releases:choose_parent"))
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk])
    assert parse_qs(location.query)["next"] == [listing]


def test_after_publishing_the_moderator_lands_on_the_listing(client, tree, moderator):
    client.force_login(moderator)
    listing = reverse("news_releases:index")
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk]) + f"?next={listing}"
    response = client.post(url, release_data("Geneva meeting", "geneva", **{"action-publish": "action-publish"}))
    assert response.status_code == 302 and response["Location"] == listing
    assert NewsReleasePage.objects.get(slug="geneva").live


def test_editor_saving_a_draft_keeps_next_then_submits_for_approval(client, tree, editor):
    client.force_login(editor)
    listing = reverse("news_releases:index")
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk]) + f"?next={listing}"
    response = client.post(url, release_data("Geneva meeting", "geneva"))
    release = NewsReleasePage.objects.get(slug="geneva")
    assert not release.live
    assert response.status_code == 302 and f"next={listing}" in response["Location"].replace("%2F", "/")
    edit = reverse("wagtailadmin_pages:edit", args=[release.pk]) + f"?next={listing}"
    response = client.post(edit, release_data("Geneva meeting", "geneva", **{"action-submit": "action-submit"}))
    assert response.status_code == 302 and response["Location"] == listing
    release = Page.objects.get(pk=release.pk)
    assert release.workflow_in_progress and not release.live  # a moderator approves it


def test_editor_deletes_their_own_abandoned_draft_not_others(client, tree, editor, django_user_model, roles):
    from cms.translation.roles import EDITORS

    other = make_user(django_user_model, "other-editor", roles[EDITORS])
    mine = NewsReleasePageFactory(parent=tree["news"], slug="abandoned", live=False, owner=editor,
                                  first_published_at=None)
    theirs = NewsReleasePageFactory(parent=tree["news"], slug="theirs", live=False, owner=other,
                                    first_published_at=None)
    client.force_login(editor)
    client.post(reverse("wagtailadmin_pages:delete", args=[theirs.pk]))
    assert Page.objects.filter(pk=theirs.pk).exists()
    client.post(reverse("wagtailadmin_pages:delete", args=[mine.pk]))
    assert not Page.objects.filter(pk=mine.pk).exists()
    # The slug is free again for the next attempt.
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk])
    client.post(url, release_data("Second try", "abandoned"))
    assert NewsReleasePage.objects.filter(slug="abandoned").exists()


def test_editor_cannot_delete_a_live_release(client, tree, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[tree["release"].pk]))
    assert response.status_code in (302, 403)
    assert Page.objects.filter(pk=tree["release"].pk).exists()
