"""Spanish demo translations, made through wagtail-localize exactly as a translator's work would be.

`load_demo_translations()` submits for translation the snippets (topics, organisations, the site
footer), the home page, the section indexes, every standard page, every live working-group profile, the releases
dated on or after the eighth newest one, and every resource with a Spanish file (plus those the
home page features), then the pages of `IN_PROGRESS`. For each it fills the segments it has
Spanish for (cms/demo/spanish/, keyed on the English source text, so a changed English text is
simply left for a translator), then saves the translation and publishes it. A translation with a
missing segment is saved as a draft, never published half in English: that is how the pages of
`IN_PROGRESS` stay on the translators' dashboard.

Idempotent and respectful of people's work: a string someone already translated is never
replaced, a translation switched to manual editing (disabled) is left alone, and a translation
that gains no new string is not saved again (no new revision, no republishing of something an
editor unpublished). Only live English pages are translated: a translation is published only
while its source is live. Pages the English demo does not have are skipped with a note.
"""

import json

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.content.footer import SiteFooter
from cms.demo.news import RELEASES
from cms.demo.pages import HOME, INDEXES, STANDARD_PAGES
from cms.demo.resources import RESOURCES
from cms.demo.spanish import IN_PROGRESS, SPANISH
from cms.models import Organisation, Topic

TOOL_NAME = "load_demo_translations"
TARGET_LANGUAGE = "es"
LATEST_RELEASES = 8

SECTION_SLUGS = list(INDEXES)
STANDARD_PAGE_SLUGS = [page["slug"] for page in STANDARD_PAGES]


def latest_release_slugs(count=LATEST_RELEASES):
    """The releases dated on or after the `count`-th newest date (ties included), newest first."""
    dates = sorted((release["date"] for release in RELEASES), reverse=True)
    cutoff = dates[min(count, len(dates)) - 1]
    return [release["slug"] for release in sorted(RELEASES, key=lambda r: r["date"], reverse=True)
            if release["date"] >= cutoff]


RELEASE_SLUGS = latest_release_slugs()
# Every resource with a Spanish file, then the other resources the home page features.
RESOURCE_SLUGS = [resource["slug"] for resource in RESOURCES
                  if any(language == TARGET_LANGUAGE for language, _title in resource["versions"])]
RESOURCE_SLUGS += [slug for slug in HOME["featured_resources"] if slug not in RESOURCE_SLUGS]
RESOURCE_SLUGS += ["voluntary-principles"]  # the founding text, linked from the standard pages


def _targets(stdout):
    """English instances to translate, parents before children, snippets first; notes what is missing."""
    default = Locale.get_default()
    targets = list(Topic.objects.filter(locale=default)) + list(Organisation.objects.filter(locale=default))
    targets += list(SiteFooter.objects.filter(locale=default))
    home = Page.objects.filter(depth=2, locale=default, alias_of__isnull=True).first()
    if home is None:
        stdout(f"No {default.language_code} home page: run `manage.py load_demo` first.")
        return targets
    targets.append(home.specific)

    def under(parent, slug):
        page = parent.get_children().filter(slug=slug).specific().first() if parent else None
        if page is None:
            stdout(f"Skipped: no English page with slug {slug!r}.")
        return page

    sections = {slug: under(home, slug) for slug in SECTION_SLUGS}
    targets += [page for page in sections.values() if page]
    targets += [under(home, slug) for slug in STANDARD_PAGE_SLUGS]
    targets += [under(sections["resources"], slug) for slug in RESOURCE_SLUGS]
    if sections["working-groups"]:
        targets += list(sections["working-groups"].get_children().live().specific())
    targets += [under(sections["news"], slug) for slug in RELEASE_SLUGS]
    targets += [under(sections[section], slug) for section, slug in IN_PROGRESS]
    return [t for t in targets if t is not None]


def fill_strings(source, locale):
    """Add the Spanish of each segment that has none yet; returns (strings added, segments left in English)."""
    added, missing = 0, []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        spanish = SPANISH.get(segment.string.data)
        if spanish is None:
            if not StringTranslation.objects.filter(translation_of=segment.string, context=segment.context,
                                                    locale=locale).exists():
                missing.append(segment.string.data)
            continue
        # get_or_create: a translation someone already made (a translator, an upload) is never replaced.
        _translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string, context=segment.context, locale=locale,
            defaults={"data": spanish, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                      "tool_name": TOOL_NAME},
        )
        added += created
    return added, missing


def point_page_choosers_at_translations(source, locale):
    """A call to action's page (CallToActionBlock.page, an overridable segment holding the English page's
    id) is overridden with its translation's id, as a translator would in the editor; returns how many
    overrides were added. Existing overrides are kept."""
    added = 0
    for segment in OverridableSegment.objects.filter(source=source, context__path__endswith=".page") \
            .select_related("context"):
        page_id = json.loads(segment.data_json)
        if not isinstance(page_id, int) or SegmentOverride.objects.filter(context=segment.context,
                                                                           locale=locale).exists():
            continue
        page = Page.objects.filter(pk=page_id).first()
        translated = page.get_translation_or_none(locale) if page else None
        if translated is not None and translated.live:
            SegmentOverride.objects.create(context=segment.context, locale=locale, data_json=json.dumps(translated.pk))
            added += 1
    return added


def translate_instance(instance, locale):
    """Fill and save the instance's translation into `locale`; returns (target or None, strings added, missing).

    None when the translation is left alone: its source is not live, or someone switched it to manual
    editing.
    """
    is_page = isinstance(instance, Page)
    if is_page and not instance.live:
        return None, 0, []
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale,
                                                              defaults={"enabled": True})
    if not translation.enabled:
        return None, 0, []
    added, missing = fill_strings(source, locale)
    added += point_page_choosers_at_translations(source, locale)

    target = instance.get_translation_or_none(locale)
    if target is not None and not added:
        return target, 0, missing  # nothing new: leave it as it is (no empty revisions)
    if is_page:
        # publish=False, then publish here: wagtail-localize publishes on transaction commit, which
        # would run after our checks (and never inside tests' transactions). See cms/translation/bootstrap.py.
        translation.save_target(publish=False)
        target = Page.objects.get(pk=instance.get_translation(locale).pk).specific
        if not missing:
            target.get_latest_revision().publish()
            target.refresh_from_db()
    else:
        translation.save_target(publish=True)  # snippets have no drafts
        target = instance.get_translation(locale)
    return target, added, missing


@transaction.atomic
def load_demo_translations(stdout=print, language_code=TARGET_LANGUAGE):
    """Translate the demo content into Spanish. Idempotent.

    Returns {"translated": n, "drafts": [...], "in_progress": [...]}: drafts are translations left
    unpublished that are not meant to be (a segment the Spanish data lacks), in_progress those of
    `IN_PROGRESS`.
    """
    result = {"translated": 0, "drafts": [], "in_progress": []}
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        stdout(f"No {language_code!r} locale: run `manage.py sync_locales` first.")
        return result
    in_progress = {slug for _section, slug in IN_PROGRESS}
    for instance in _targets(stdout):
        target, _added, missing = translate_instance(instance, locale)
        if target is None:
            stdout(f"Left alone: {instance} (not live, or its translation is edited by hand).")
            continue
        result["translated"] += 1
        if not missing:
            continue
        if isinstance(instance, Page) and instance.slug in in_progress:
            result["in_progress"].append(str(instance))
        else:
            result["drafts"].append(str(instance))
            stdout(f"Draft (not published): {instance} has {len(missing)} segment(s) without Spanish text, "
                   f"e.g. {missing[0][:60]!r}.")
    return result
