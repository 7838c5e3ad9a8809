"""The admin in Spanish for a Translator who chose Spanish: the gaps of Wagtail's and wagtail-localize's
Spanish catalogues are filled (locale/es/upstream_gaps.json, from scripts/es_catalogue_gaps.py, is
the contract), and the translation editor gives its dates and its help on segments in Spanish."""

import datetime
import html
import importlib.util
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation

from tests.translation.conftest import translation_for

BASE = Path(settings.BASE_DIR)
GAPS = BASE / "locale" / "es" / "upstream_gaps.json"
CATALOGUES = {domain: BASE / "locale" / "es" / "LC_MESSAGES" / f"{domain}.po" for domain in ("django", "djangojs")}

# Upstream gaps a Translator met on each main screen, in English, before the project filled them.
ENGLISH_ON_SCREEN = {
    "dashboard": ["Search all pages…", "Keyboard shortcuts", "Show keyboard shortcuts", "Edit account avatar",
                  "Toggle minimap", "Save changes", "Text formatting", "Insert or edit a link"],
    "listing": ["Search…", "Show filters", "Filter by", "Date updated", "Edited by", "Has child pages",
                "First published", "Keyboard shortcuts"],
    "edit": ["Keyboard shortcuts", "Show keyboard shortcuts", "Toggle minimap", "Add or show comments"],
    "translation_editor": ["Keyboard shortcuts", "Show keyboard shortcuts", "Toggle minimap", "Save changes"],
}


def _load_script():
    spec = importlib.util.spec_from_file_location("es_catalogue_gaps", BASE / "scripts" / "es_catalogue_gaps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gaps():
    return json.loads(GAPS.read_text())


def _key(row):
    return row["msgctxt"], row["msgid"], row["msgid_plural"]


def speaks_spanish(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    return user


def screen_texts(response):
    """The text nodes and the labels (aria-label, title, placeholder, tooltip) of an admin page."""
    assert response.status_code == 200
    page = re.sub(r"<script.*?</script>", "", response.content.decode(), flags=re.S)
    texts = re.findall(r">([^<>]+)<", page)
    texts += re.findall(r'(?:aria-label|title|placeholder|data-w-tooltip-content-value)="([^"]+)"', page)
    return {html.unescape(" ".join(text.split())) for text in texts if text.strip()}


def editor_props(response):
    [props] = re.findall(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    return json.loads(html.unescape(props))


def test_the_gap_list_is_current():
    """An upgrade of Wagtail or wagtail-localize that opens new gaps (or closes some) changes this list:
    run scripts/es_catalogue_gaps.py, translate what it adds, commit both."""
    script = _load_script()
    current = script.gaps(str(Path(wagtail.__file__).resolve().parent.parent))
    assert sorted(map(_key, current)) == sorted(map(_key, _gaps()))
    assert len(current) > 250


def test_the_project_catalogues_fill_every_gap():
    gaps = _gaps()
    entries = {}
    for domain, path in CATALOGUES.items():
        entries[domain] = {(e.msgctxt, e.msgid, e.msgid_plural or None): e for e in polib.pofile(str(path))}
    for row in gaps:
        entry = entries[row["domain"]].get(_key(row))
        assert entry is not None, f"untranslated upstream gap: {row['msgid']!r} ({row['source']})"
        assert entry.translated() and "fuzzy" not in entry.flags, row["msgid"]
        if row["msgid_plural"]:
            assert len(entry.msgstr_plural) == 2, row["msgid"]
    # And Django uses them (the compiled catalogue wins over the packages').
    with translation.override("es"):
        for row in gaps:
            entry = entries[row["domain"]][_key(row)]
            if row["domain"] != "django" or row["msgctxt"] or entry.msgstr == row["msgid"]:
                continue
            if row["msgid_plural"]:
                assert translation.ngettext(row["msgid"], row["msgid_plural"], 1) == entry.msgstr_plural[0]
            else:
                assert translation.gettext(row["msgid"]) == entry.msgstr, row["msgid"]


@pytest.mark.django_db
def test_a_spanish_translators_main_screens_have_no_english_left(client, tree, release_es, translator):
    client.force_login(speaks_spanish(translator))
    screens = {
        "dashboard": reverse("wagtailadmin_home"),
        "listing": reverse("wagtailadmin_explore", args=[tree["news_es"].pk]),
        "edit": reverse("wagtailadmin_pages:edit", args=[tree["news_es"].pk]),
        "translation_editor": reverse("wagtailadmin_pages:edit", args=[release_es.pk]),
    }
    for screen, url in screens.items():
        texts = screen_texts(client.get(url))
        with translation.override("es"):
            for english in ENGLISH_ON_SCREEN[screen]:
                assert english not in texts, (screen, english)
                assert translation.gettext(english) in texts, (screen, english)


def _translated_title(release_es, translator, when):
    source_translation = translation_for(release_es)
    segment = StringSegment.objects.get(source=source_translation.source, string__data=release_es.title)
    string_translation = StringTranslation.objects.create(
        translation_of=segment.string, locale=source_translation.target_locale, context=segment.context,
        data="Chile lanza su grupo de trabajo", translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=translator)
    StringTranslation.objects.filter(pk=string_translation.pk).update(updated_at=when)  # updated_at is auto_now


@pytest.mark.django_db
@pytest.mark.parametrize(("spanish", "comment"), [
    (True, "Traducido manualmente el 2 de diciembre de 2026"),
    (False, "Translated manually on 2 December 2026"),
])
def test_translation_editor_dates_are_in_the_admins_language(client, tree, release_es, translator, spanish, comment):
    _translated_title(release_es, translator, datetime.datetime(2026, 12, 2, 9, 30, tzinfo=datetime.UTC))
    if spanish:
        speaks_spanish(translator)
    client.force_login(translator)
    props = editor_props(client.get(reverse("wagtailadmin_pages:edit", args=[release_es.pk])))
    assert [item["comment"] for item in props["initialStringTranslations"]] == [comment]


@pytest.mark.django_db
@pytest.mark.parametrize(("spanish", "expected"), [
    (True, ["Cómo traducir esta página", 'por ejemplo &lt;a id="a1"&gt;palabras&lt;/a&gt;', "&lt;b&gt;"]),
    (False, ["How to translate this page", 'such as &lt;a id="a1"&gt;words&lt;/a&gt;', "&lt;b&gt;"]),
])
def test_translation_editor_explains_segment_tags(client, tree, release_es, translator, spanish, expected):
    if spanish:
        speaks_spanish(translator)
    client.force_login(translator)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[release_es.pk])).content.decode()
    assert page.count("data-segment-help") == 1
    start = page.index("data-segment-help")
    help_html = page[start:page.index("</details>", start)]
    for text in expected:
        assert text in help_html
    assert start < page.index('class="js-translation-editor"')  # above the segments
