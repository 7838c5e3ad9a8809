"""Idempotent site set-up: one Locale per content language and a home page (root) per locale.

Used by `manage.py sync_locales`, `load_demo` and the test fixtures, so every path builds the
same tree: Root -> HomePage (en, the default site's root) and its translations as siblings.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationSource

from home.models import HomePage

HOME_DEFAULTS = {
    "title": "Voluntary Principles Initiative",
    "slug": "home",
    "hero_title": "Security and human rights, in practice",
    "hero_text": (
        "Governments, companies and civil society working together so that security operations "
        "respect human rights."
    ),
}


def ensure_locales():
    """A Locale for every language in settings.WAGTAIL_CONTENT_LANGUAGES, default first."""
    return [Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


@transaction.atomic
def ensure_home_pages(user=None):
    """The default locale's home page as the default site's root, and a translation per other locale.

    Translations are made through wagtail-localize (a TranslationSource), so translators find them
    in the translation editor like any other page. Returns {language_code: HomePage}.
    """
    locales = ensure_locales()
    default_locale = Locale.get_default()
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))

    # Wagtail's initial "Welcome" page (a plain Page) gives way to the home page; deleting it also
    # deletes the Site that points at it, which is recreated below.
    for stray in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
        stray.delete()

    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        home = root.add_child(instance=HomePage(locale=default_locale, **HOME_DEFAULTS))
        home.save_revision(user=user).publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                                   site_name=settings.WAGTAIL_SITE_NAME)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()

    homes = {default_locale.language_code: home}
    source = None
    for locale in locales:
        if locale.pk == default_locale.pk:
            continue
        translated = HomePage.objects.filter(translation_key=home.translation_key, locale=locale).first()
        if translated is None:
            if source is None:
                source, _created = TranslationSource.get_or_create_from_instance(home)
            # publish=False, then publish here: wagtail-localize defers publishing to on_commit,
            # which never fires inside an outer transaction (tests, this atomic block).
            translated, _created = source.create_or_update_translation(locale, user=user, publish=False,
                                                                       fallback=True)
            _ensure_translation_record(source, locale)
            translated.get_latest_revision().publish(user=user)
            translated = HomePage.objects.get(pk=translated.pk)
        homes[locale.language_code] = translated
    return homes


def _ensure_translation_record(source, locale):
    from wagtail_localize.models import Translation

    Translation.objects.get_or_create(source=source, target_locale=locale)
