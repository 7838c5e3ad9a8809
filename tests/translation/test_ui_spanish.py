"""The site UI in Spanish: the catalogue is complete, strings and dates render in Spanish under /es/."""

import datetime
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format

from tests.translation.conftest import translate

PO_FILE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


def test_spanish_catalogue_complete_and_not_fuzzy():
    po = polib.pofile(str(PO_FILE))
    assert len(po) > 100
    assert not po.untranslated_entries(), [e.msgid for e in po.untranslated_entries()][:10]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()][:10]
    assert not po.metadata_is_fuzzy
    for entry in po.translated_entries():
        # Placeholders must survive translation, or the string breaks at runtime.
        for placeholder in ("%(", "{"):
            source = entry.msgid + (entry.msgid_plural or "")
            if placeholder in source:
                target = entry.msgstr or "".join(entry.msgstr_plural.values())
                assert placeholder in target, entry.msgid


def test_catalogue_is_compiled_and_used():
    with translation.override("es"):
        assert translation.gettext("Skip to content") == "Ir al contenido"
        assert translation.ngettext("%(counter)s release", "%(counter)s releases", 2) == "%(counter)s comunicados"


def test_dates_in_spanish():
    with translation.override("es"):
        assert date_format(datetime.date(2024, 9, 5)) == "5 de septiembre de 2024"
    with translation.override("en"):
        assert date_format(datetime.date(2024, 9, 5)) == "5 September 2024"  # International, not "Sept. 5, 2024"


@pytest.mark.django_db
def test_spanish_pages_show_spanish_ui(client, tree):
    release = tree["release"]
    release.publication_date = datetime.date(2024, 9, 5)
    release.save_revision().publish()
    release_es = translate(release, publish=True)

    home = client.get("/es/")
    assert home.status_code == 200
    html = home.content.decode()
    assert '<html lang="es"' in html
    assert "Ir al contenido" in html and "Skip to content" not in html

    page = client.get(release_es.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "5 de septiembre de 2024" in html
    assert "Ir al contenido" in html

    english = client.get(tree["release"].url).content.decode()
    assert "Skip to content" in english and "Ir al contenido" not in english
