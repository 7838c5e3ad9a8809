"""Locale helpers shared by the apps: the default locale and relation choices limited to it."""

from django.db.models import Q
from wagtail.models import Locale


def default_locale_q():
    """Relations are kept on the source (default-locale) objects and localised when shown."""
    return Q(locale__language_code=Locale.get_default().language_code)


def not_alias(queryset):
    """Pages that are real pages, not aliases (alias_of set).

    wagtail-localize makes aliases when a page is translated before its parent (the parent is copied
    as an alias of the source) or when a locale is set to sync from another. An alias shows the
    source language's text, so switchers, listings, sitemaps, feeds and the API leave it out.
    """
    return queryset.filter(alias_of__isnull=True)
