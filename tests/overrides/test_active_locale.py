"""Contract: cms/overrides/active_locale.py gives Locale.get_active()'s language code (wagtail
8.0.1) for every active language, and differs only where its docstring says."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from cms.overrides.active_locale import active_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "es-mx", "en-gb", "EN", "es_AR", "fr", "de", "zh-hans", "x", ""]


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_active_language_is_locale_get_active(homes, language):
    if language is None:
        with translation.override(None):  # no active language
            assert active_language() == Locale.get_active().language_code
        return
    with translation.override(language):
        assert active_language() == Locale.get_active().language_code


def test_a_content_language_without_its_locale_row(homes):
    """The one documented difference: Locale.get_active() falls back to the default locale, this
    answers the language itself (callers then find no page in it and keep the untranslated one)."""
    languages = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("fr", "Français")]
    with override_settings(WAGTAIL_CONTENT_LANGUAGES=languages, LANGUAGES=languages), translation.override("fr"):
        assert not Locale.objects.filter(language_code="fr").exists()
        assert Locale.get_active().language_code == "en"
        assert active_language() == "fr"
