"""Field placement and sync: synchronised fields follow the source, translated text stays the translator's.

Also: every page type and snippet is translatable, machine translation works (dummy translator in
tests) and the translations panel reports progress.
"""

import datetime

import pytest
from django.apps import apps
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import OverridableSegment, StringSegment, StringTranslation

from cms.translation.admin_views import translation_progress
from tests.factories import ImageFactory
from tests.translation.conftest import translation_for

pytestmark = pytest.mark.django_db


def put(client, url, value):
    return client.put(url, encode_multipart("BoUnDaRy", {"value": value}),
                      content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", "BoUnDaRy"))


def translate_segment(client, translation, source_text, value):
    """What the translation editor does when a translator saves one segment."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    response = put(client, reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                   value)
    assert response.status_code in (200, 201), response.content
    return response


def publish(client, page, capture):
    with capture(execute=True):  # wagtail-localize publishes on commit
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert response.status_code == 302
    return Page.objects.get(pk=page.pk).specific


def sync(client, page, capture, publish=True):
    """The "Sync translated pages" button, as an Editor presses it (without "Publish immediately",
    which the policy reserves for those who may publish translations); with `publish`, then the
    translations are published as the translator's "Publish in Español" does."""
    source = translation_for(page.get_translation(page.locale.__class__.objects.get(language_code="es"))).source
    with capture(execute=True):
        response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302
    if publish:
        with capture(execute=True):
            source.refresh_from_db()  # the sync updated its content
            for translation in source.translations.filter(enabled=True):
                translation.save_target(publish=True)


def test_sync_keeps_translations_and_follows_synchronised_fields(
        client, tree, release_es, translator, editor, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    release = tree["release"]
    translation = translation_for(release_es)

    client.force_login(translator)
    translate_segment(client, translation, "Chile launches its working group", "Chile lanza su grupo de trabajo")
    translate_segment(client, translation, "A new group in Chile.", "Un nuevo grupo en Chile.")
    translate_segment(client, translation, "Santiago, Chile", "Santiago de Chile")
    translate_segment(client, translation, "chile", "chile-lanza-su-grupo")  # the slug is translated too
    translate_segment(client, translation, "Body text.", "Texto.")
    release_es = publish(client, release_es, capture)
    assert release_es.live and release_es.summary == "Un nuevo grupo en Chile."
    assert release_es.url_path.endswith("/news/chile-lanza-su-grupo/")

    # The English source changes: a synchronised date and kind, and one translated field.
    release.publication_date = datetime.date(2024, 9, 5)
    release.kind = "statement"
    release.summary = "A new multi-stakeholder group in Chile."
    release.save_revision(user=editor).publish()  # approved by a moderator, in effect

    client.force_login(editor)
    sync(client, release, capture)
    release_es = Page.objects.get(pk=release_es.pk).specific
    # Synchronised fields follow the source.
    assert release_es.publication_date == datetime.date(2024, 9, 5)
    assert release_es.kind == "statement"
    # Unchanged segments keep the translator's text; the changed one is flagged (untranslated)...
    assert release_es.title == "Chile lanza su grupo de trabajo"
    assert release_es.dateline == "Santiago de Chile"
    assert release_es.slug == "chile-lanza-su-grupo"
    [progress] = translation_progress(translation.__class__.objects.filter(pk=translation.pk))
    assert progress.translated == progress.total - 1
    pending = StringSegment.objects.filter(source=translation.source).annotate_translation(
        translation.target_locale).filter(translation__isnull=True)
    assert [s.string.data for s in pending.select_related("string")] == ["A new multi-stakeholder group in Chile."]
    # ...and the translator's earlier text for it is not lost: it is offered again in the PO file.
    assert StringTranslation.objects.filter(data="Un nuevo grupo en Chile.").exists()
    obsolete = [e for e in translation.export_po() if e.obsolete]
    assert [(e.msgid, e.msgstr) for e in obsolete] == [("A new group in Chile.", "Un nuevo grupo en Chile.")]


def test_overridable_image_kept_on_sync_and_translated_alt_text(
        client, tree, translator, editor, django_capture_on_commit_callbacks):
    from tests.translation.conftest import translate

    capture = django_capture_on_commit_callbacks
    release = tree["release"]
    english_image, spanish_image = ImageFactory(), ImageFactory()
    release.featured_image = english_image
    release.featured_image_alt = "Delegates in Santiago"
    release.save_revision().publish()
    release_es = translate(release)
    translation = translation_for(release_es)

    client.force_login(translator)
    segment = OverridableSegment.objects.get(source=translation.source, context__path="featured_image")
    response = put(client, reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
                   str(spanish_image.pk))
    assert response.status_code in (200, 201)
    translate_segment(client, translation, "Delegates in Santiago", "Delegados en Santiago")
    release_es = publish(client, release_es, capture)
    assert release_es.featured_image_id == spanish_image.pk
    assert release_es.featured_image_alt == "Delegados en Santiago"

    release.dateline = "Valparaíso, Chile"
    release.save_revision().publish()
    client.force_login(editor)
    sync(client, release, capture)
    release_es = Page.objects.get(pk=release_es.pk).specific
    assert release_es.featured_image_id == spanish_image.pk  # the translator's choice survives the sync
    assert release_es.featured_image_alt == "Delegados en Santiago"
    assert release_es.dateline == "Valparaíso, Chile"  # new text: source shown until translated


def test_synchronised_relation_follows_source(client, tree, release_es, editor, django_capture_on_commit_callbacks):
    from tests.factories import TopicFactory

    release = tree["release"]
    topic = TopicFactory(name="Human rights defenders")
    release.topics.add(topic)
    release.save_revision().publish()
    client.force_login(editor)
    sync(client, release, django_capture_on_commit_callbacks)
    release_es = Page.objects.get(pk=release_es.pk).specific
    assert [t.translation_key for t in release_es.topics.all()] == [topic.translation_key]


def test_every_page_type_and_snippet_is_translatable():
    """Each content model says where each of its own fields stands; none is left to defaults."""
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page as WagtailPage

    page_fields = {f.name for f in WagtailPage._meta.get_fields()}
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or model._meta.app_label not in {
                "home", "news", "workinggroups", "resources", "cms"}:
            continue
        declared = {f.field_name for f in getattr(model, "translatable_fields", [])
                    if isinstance(f, TranslatableField | SynchronizedField)}
        own = {f.name for f in model._meta.get_fields()
               if f.name not in page_fields and not f.auto_created and not isinstance(f, ParentalKey)
               and f.name not in {"translation_key", "locale", "id", "page_ptr"}}
        own |= {r.get_accessor_name() for r in model._meta.related_objects
                if isinstance(r.field, ParentalKey) and r.related_model._meta.app_label == model._meta.app_label}
        missing = own - declared
        assert not missing, f"{model.__name__}: no translation placement for {sorted(missing)}"
        if issubclass(model, WagtailPage):
            assert {"title", "slug"} <= declared


def test_machine_translation_with_dummy_translator(client, release_es, translator):
    translation = translation_for(release_es)
    client.force_login(translator)
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]) + "?next=/admin/")
    assert response.status_code == 302
    machine = StringTranslation.objects.get(locale=translation.target_locale,
                                            translation_of__data="A new group in Chile.")
    assert machine.data == "Chile. in group new A"  # the dummy translator reverses the words
    assert machine.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert Page.objects.get(translation_key=release_es.translation_key, locale__language_code="en").specific \
        .summary == "A new group in Chile."


def test_translations_panel_shows_progress_and_waiting_pages(client, tree, release_es, translator, editor):
    translation = translation_for(release_es)
    client.force_login(translator)
    translate_segment(client, translation, "A new group in Chile.", "Un nuevo grupo en Chile.")
    [progress] = [p for p in translation_progress(translation.__class__.objects.filter(enabled=True))
                  if p.translation.pk == translation.pk]
    assert 0 < progress.percent < 100

    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-translations-progress" in html
    assert f"{progress.percent}%" in html
    assert client.get(reverse("wagtail_localize:translations_report")).status_code == 200  # "All translations"
    # The working-group directory has not been submitted for translation yet.
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-awaiting-translation="es"' in html and "Working groups" in html


def test_panel_flags_source_changed_until_synced(client, tree, release_es, editor, django_capture_on_commit_callbacks):
    release = tree["release"]
    translation = translation_for(release_es)
    query = translation.__class__.objects.filter(pk=translation.pk)
    [before] = translation_progress(query)
    assert not before.source_changed
    release.summary = "A rewritten summary."
    release.save_revision().publish()
    [changed] = translation_progress(query)
    assert changed.source_changed
    client.force_login(editor)
    sync(client, release, django_capture_on_commit_callbacks, publish=False)
    [synced] = translation_progress(query)
    assert not synced.source_changed
    assert synced.total == before.total  # one summary segment replaced by another
