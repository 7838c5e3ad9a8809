"""Contract: our StringTranslation.get_comment (cms/overrides/localize_dates.py) says what
wagtail-localize 1.14.5's says, word for word in English, for generated dates and every kind of
translation; in Spanish the date is Spanish. Upstream's function is pinned: an upgrade that changes
it fails here, so the override is reviewed (or deleted) with the upgrade."""

import datetime
import hashlib
import inspect
import itertools

import pytest
from django.utils import translation
from wagtail_localize import compat
from wagtail_localize.models import StringTranslation

from cms.overrides import localize_dates

UPSTREAM_SHA256 = "fcf6e7bcf9a30b6b124adb96e98f3c7d52814dd3ff63b3c4859400ea9620abf2"  # wagtail-localize 1.14.5
KINDS = [
    {"translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL, "tool_name": ""},
    {"translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE, "tool_name": ""},
    {"translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE, "tool_name": "DeepL"},
    {"translation_type": "", "tool_name": ""},  # neither: no comment
]
DATES = [datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)
         for year, month, day, hour in itertools.product([2024, 2026], range(1, 13), [1, 9, 28], [0, 12, 23])]


def string_translation(when, **kind):
    return StringTranslation(updated_at=when, **kind)  # get_comment reads these fields only


def test_upstream_is_the_function_we_checked():
    assert hashlib.sha256(inspect.getsource(localize_dates._original).encode()).hexdigest() == UPSTREAM_SHA256
    assert compat.DATE_FORMAT in ("%-d %B %Y", "%#d %B %Y")  # strftime: the process's locale, not the admin's


def test_installed():
    assert StringTranslation.get_comment is localize_dates.get_comment
    assert StringTranslation.get_comment.__wrapped__ is localize_dates._original


@pytest.mark.parametrize("kind", KINDS)
def test_english_is_upstreams_text(kind):
    with translation.override("en"):
        for when in DATES:
            item = string_translation(when, **kind)
            assert localize_dates.get_comment(item) == localize_dates._original(item)


def test_spanish_dates_are_spanish():
    item = string_translation(datetime.datetime(2026, 12, 2, 9, tzinfo=datetime.UTC), **KINDS[0])
    with translation.override("es"):
        assert item.get_comment() == "Traducido manualmente el 2 de diciembre de 2026"
        assert localize_dates._original(item) == "Traducido manualmente el 2 December 2026"  # the bug
    deepl = string_translation(datetime.datetime(2024, 9, 5, 23, tzinfo=datetime.UTC), **KINDS[2])
    with translation.override("es"):
        assert "5 de septiembre de 2024" in deepl.get_comment()
