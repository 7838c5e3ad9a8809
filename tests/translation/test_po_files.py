"""PO files: download, fill in, upload back; broken or foreign files are refused and change nothing."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from tests.translation.conftest import translate, translation_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(release_es):
    return translation_for(release_es)


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    return polib.pofile(response.content.decode("utf-8"))


def upload(client, translation, content, name="release-es.po"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    data = {"file": SimpleUploadedFile(name, content)} if content is not None else {}
    response = client.post(url + "?next=/admin/", data)
    assert response.status_code == 302  # back to the editor, never a server error
    return [str(m) for m in get_messages(response.wsgi_request)]


def strings(translation):
    return dict(StringTranslation.objects.filter(locale=translation.target_locale,
                                                 context__object_id=translation.source.object_id)
                .values_list("translation_of__data", "data"))


def test_po_round_trip(client, translator, translation):
    client.force_login(translator)
    po = download(client, translation)
    assert {e.msgid for e in po} >= {"Chile launches its working group", "A new group in Chile.", "Santiago, Chile"}
    spanish = {"Chile launches its working group": "Chile lanza su grupo de trabajo",
               "A new group in Chile.": "Un nuevo grupo en Chile."}
    for entry in po:
        entry.msgstr = spanish.get(entry.msgid, "")
    messages = upload(client, translation, str(po).encode("utf-8"))
    assert any("Imported" in m for m in messages)
    assert strings(translation) == spanish

    # The translator's work survives a new download: their strings come back filled in.
    again = {e.msgid: e.msgstr for e in download(client, translation)}
    assert again["A new group in Chile."] == "Un nuevo grupo en Chile."

    # And publishing the translation puts them on the Spanish page.
    translation.save_target(publish=False)
    page = translation.get_target_instance()
    assert page.get_latest_revision_as_object().summary == "Un nuevo grupo en Chile."


def test_fuzzy_entries_are_not_imported(client, translator, translation):
    client.force_login(translator)
    po = download(client, translation)
    for entry in po:
        entry.msgstr = "Adivinado"
        entry.flags.append("fuzzy")
    messages = upload(client, translation, str(po).encode("utf-8"))
    assert strings(translation) == {}
    assert any("skipped" in m for m in messages)


@pytest.mark.parametrize(("content", "expected"), [
    (None, "Choose a PO file"),
    (b"\xff\xfe\x00garbage\x00\xff", "not a valid PO file"),
    (b'msgid "a"\nmsgstr "b"\nthis is not a PO file\n', "not a valid PO file (syntax error on line 3)"),
    (b"<html><body>Hello</body></html>", "not a valid PO file"),
    (b'msgid "Chile launches its working group"\nmsgstr "Chile lanza"\n', "was not downloaded from this translation"),
    (b"", "was not downloaded from this translation"),
])
def test_broken_or_foreign_po_refused(client, translator, translation, content, expected):
    client.force_login(translator)
    messages = upload(client, translation, content)
    assert any(expected in m for m in messages), messages
    assert strings(translation) == {}


def test_po_from_another_translation_refused(client, translator, tree, translation):
    other = translation_for(translate(tree["groups"]))
    client.force_login(translator)
    po = download(client, other)
    for entry in po:
        entry.msgstr = "Grupos de trabajo"
    messages = upload(client, translation, str(po).encode("utf-8"))
    assert any("belongs to a different page or language" in m for m in messages)
    assert strings(translation) == {} and strings(other) == {}


def test_out_of_date_po_refused(client, translator, translation):
    client.force_login(translator)
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    po.append(polib.POEntry(msgid="Text that is no longer there", msgctxt="summary", msgstr="Texto"))
    messages = upload(client, translation, str(po).encode("utf-8"))
    assert any("out of date" in m for m in messages)
    assert strings(translation) == {}


def test_editor_cannot_upload_into_spanish(client, editor, translation):
    client.force_login(editor)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "x"
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = client.post(url, {"file": SimpleUploadedFile("x.po", str(po).encode())})
    assert response.status_code in (302, 403)
    assert strings(translation) == {}
