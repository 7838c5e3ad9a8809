"""Concurrent editing: two editors on one page get Wagtail's revision-conflict handling, and a
source sync while a translator works keeps the translator's segments (wagtail-localize)."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    page = StandardPageFactory(parent=home, title="Annual report", intro="Original intro.")
    page.save_revision().publish()
    return page


def editor_client(client_class, username):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "x-long-password-1")
    client = client_class()
    client.force_login(user)
    return client


def load_editor(client, page):
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    state = {}
    for name in ("loaded_revision_id", "loaded_revision_created_at"):
        match = re.search(rf'name="{name}"\s+value="([^"]*)"', html)
        assert match, f"{name} not in the edit form"
        state[name] = match.group(1)
    return state


def edit_data(page, title, state):
    return nested_form_data({
        "title": title, "slug": page.slug, "intro": "Edited intro.", "body": streamfield([]),
        "comments": inline_formset([]), **state,
    })


def test_second_save_after_first_gets_wagtails_conflict(client, page):
    alice = editor_client(type(client), "alice")
    bob = editor_client(type(client), "bob")
    alice_state = load_editor(alice, page)
    bob_state = load_editor(bob, page)
    assert alice_state == bob_state

    response = alice.post(f"/admin/pages/{page.pk}/edit/", edit_data(page, "Annual report (Alice)", alice_state))
    assert response.status_code == 302, response.content[:500]
    page.refresh_from_db()
    latest = page.get_latest_revision()
    assert latest.as_object().title == "Annual report (Alice)"

    # Bob's editor saves (autosave) from the revision he loaded: Wagtail refuses to overwrite.
    response = bob.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(page, "Annual report (Bob)", bob_state),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    page.refresh_from_db()
    assert page.get_latest_revision().pk == latest.pk

    # And Bob's editing-session ping tells him someone saved a newer revision.
    response = bob.post(
        f"/admin/editing-sessions/ping/home/standardpage/{page.pk}/0/",
        {"revision_id": bob_state["loaded_revision_id"], "revision_created_at": bob_state["loaded_revision_created_at"],
         "is_editing": "1"},
    )
    assert response.status_code == 200
    payload = response.json()
    assert any(other["revision_id"] == latest.pk for other in payload["other_sessions"]), payload

    # Reloading gives Bob Alice's version to work from; then his save goes through.
    bob_state = load_editor(bob, page)
    response = bob.post(
        f"/admin/pages/{page.pk}/edit/", edit_data(page, "Annual report (Bob)", bob_state),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200, response.content[:500]
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "Annual report (Bob)"


def test_source_sync_keeps_the_translators_segments(page, locale_es):
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale_es)
    translation.save_target(publish=False)

    # The translator translates the intro.
    intro_segment = StringSegment.objects.get(source=source, string__data="Original intro.")
    StringTranslation.objects.create(
        translation_of=intro_segment.string, locale=locale_es, context=intro_segment.context,
        data="Introducción original.",
    )

    # Meanwhile an editor changes the English title and the sync runs (as "Sync translated pages").
    page.title = "Annual report 2026"
    page.save_revision().publish()
    source.update_from_db()
    translation.save_target(publish=False)

    # The translator's segment survives the sync and is used in the Spanish draft.
    assert StringTranslation.objects.filter(locale=locale_es, data="Introducción original.").exists()
    spanish = page.get_translation(Locale.objects.get(language_code="es")).specific
    assert spanish.get_latest_revision_as_object().intro == "Introducción original."
    # The changed title is a new, untranslated string; nothing the translator did was lost.
    progress_total, progress_done = translation.get_progress()
    assert progress_done >= 1 and progress_total > progress_done
