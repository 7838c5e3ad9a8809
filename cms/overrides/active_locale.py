"""The active content language, as Locale.get_active() would give it, without its query.

Replaces: wagtail.models.i18n.Locale.get_active (which reads the Locale row of the active
language, else the default Locale), for callers that only need the language code.
Checked against: wagtail 8.0.1 (wagtail.coreutils.get_supported_content_language_variant).

What it buys: one query for every routed request (cms/overrides/routing.py: choosing the site
root's translation) and for every rich text value with page links (cms/overrides/page_links.py).
Differs from upstream only when a content language has no Locale row: Locale.get_active then
answers the default locale; callers here look pages up by this code and fall back to the
untranslated page (tests/overrides/test_active_locale.py pins both cases).

Delete when: the routing and page-link overrides are deleted (its only callers), or Wagtail
caches Locale.get_active per request.
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant


def active_language():
    """Locale.get_active()'s language code (when its Locale row exists), without the query."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
