"""The translator's path and the policy at the translation doors: only approved English text is
translated, the only target language comes ticked, the dashboard says what waits for whom, and the
admin speaks Spanish where Wagtail's and wagtail-localize's catalogues had gaps."""

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.models import Page

from cms.content.blocks import BodyBlock
from tests.factories import NewsReleasePageFactory

pytestmark = pytest.mark.django_db


def test_only_target_language_is_preselected(client, tree, editor, locale_es):
    client.force_login(editor)
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[tree["groups"].pk]))
    assert response.status_code == 200
    assert list(response.context["form"].initial["locales"]) == [locale_es]
    [checkbox] = re.findall(rf'<input[^>]*name="locales"[^>]*value="{locale_es.pk}"[^>]*>', response.content.decode())
    assert "checked" in checkbox


def test_draft_release_cannot_be_submitted_for_translation(client, tree, editor, locale_es):
    """The reported path: an Editor saves a draft release and submits it for translation; the
    unapproved text must not reach the Spanish tree (where sync "publish immediately" put it live)."""
    draft = NewsReleasePageFactory(parent=tree["news"], title="Not approved yet", slug="draft", live=False)
    client.force_login(editor)
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=[draft.pk]),
                           {"locales": [locale_es.pk]})
    assert response.status_code == 302
    assert not Page.objects.filter(translation_key=draft.translation_key, locale=locale_es).exists()
    assert any("draft" in str(m) for m in get_messages(response.wsgi_request))


def test_release_waiting_for_approval_cannot_be_submitted(client, tree, editor, locale_es):
    release = tree["release"]
    release.title = "Changed, waiting for approval"
    release.save_revision(user=editor)
    release.get_workflow().start(release, editor)
    client.force_login(editor)
    client.post(reverse("wagtail_localize:submit_page_translation", args=[release.pk]), {"locales": [locale_es.pk]})
    assert not Page.objects.filter(translation_key=release.translation_key, locale=locale_es).exists()


def test_editor_cannot_sync_and_publish_a_release_in_spanish(client, tree, release_es, editor,
                                                            django_capture_on_commit_callbacks):
    from tests.translation.conftest import translation_for

    source = translation_for(release_es).source
    revisions = list(release_es.revisions.values_list("pk", flat=True))
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]),
                               {"publish_translations": "on"})
    assert response.status_code == 200  # the form again, with the reason
    spanish = Page.objects.get(pk=release_es.pk)
    assert not spanish.live
    assert list(spanish.revisions.values_list("pk", flat=True)) == revisions


def test_translator_dashboard_lists_their_work_with_hints(client, tree, release_es, translator):
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-translations-progress" in html
    assert reverse("wagtailadmin_pages:edit", args=[release_es.pk]) in html
    assert "data-translator-help" in html
    # Pages not yet submitted: a hint, not a list of pages they cannot act on.
    assert 'data-awaiting-hint="es"' in html
    assert 'data-awaiting-translation="es"' not in html


def test_translator_is_told_when_the_english_is_not_live(client, tree, translator, locale_es):
    from wagtail_localize.operations import translate_object

    draft = NewsReleasePageFactory(parent=tree["news"], title="Draft source", slug="draft-source", live=False)
    translate_object(draft, [locale_es])  # made before the policy existed
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-source-not-live" in html


def test_editor_dashboard_lists_pages_awaiting_translation(client, tree, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-awaiting-translation="es"' in html
    assert reverse("wagtail_localize:submit_page_translation", args=[tree["groups"].pk]) in html


def test_block_names_and_wagtail_gaps_are_spanish():
    with translation.override("es"):
        labels = {name: str(block.label) for name, block in BodyBlock().child_blocks.items()}
        assert labels["heading"] != "Heading"
        assert labels["quote"] != "Quote" and labels["call_to_action"] != "Call to action"
        usage = ngettext("This %(model_name)s is referenced %(usage_count)s time.",
                         "This %(model_name)s is referenced %(usage_count)s times.", 0)
        assert usage.startswith("Hay ")
        assert gettext("Use machine translation") == "Usar traducción automática"


def test_javascript_catalogue_keeps_the_space_after_publish_in(client, tree, translator):
    client.force_login(translator)
    with translation.override("es"):
        response = client.get(reverse("wagtail_localize:javascript_catalog"), HTTP_ACCEPT_LANGUAGE="es")
    assert '"Publish in ": "Publicar en "' in response.content.decode()
