"""Locale helpers shared by the apps: the default locale and relation choices limited to it."""

from django.db.models import Q
from wagtail.models import Locale


def default_locale_q():
    """Relations are kept on the source (default-locale) objects and localised when shown."""
    return Q(locale__language_code=Locale.get_default().language_code)
