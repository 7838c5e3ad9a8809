"""List the admin strings Wagtail and wagtail-localize leave untranslated in Spanish.

Run after upgrading either package: `.venv/bin/python scripts/es_catalogue_gaps.py`. It rewrites
locale/es/upstream_gaps.json, the contract of tests/translation/test_admin_spanish.py: every msgid
listed there must be translated by the project's catalogues (locale/es/LC_MESSAGES/django.po,
djangojs.po). New gaps show up in `git diff`; translate them at the end of the .po files.

Source msgids: the packages' own English catalogues (their makemessages output, one per app; an
extraction of wagtail 8.0.1 and wagtail-localize 1.14.5's code gives the same list, bar test apps).
A msgid is a gap when no Spanish catalogue Django loads (every installed app's and Django's own,
without the project's LOCALE_PATHS) translates it: missing, empty and fuzzy entries are gaps.
JavaScript: the admin's and wagtail-localize's djangojs catalogues (each JavaScriptCatalog view
loads only its package's).

Kept: what the three roles (Editors, Translators, Moderators) can reach. Left out: the
superuser-only areas listed in SUPERUSER_ONLY, and apps not installed (contrib table blocks,
simple_translation, styleguide).
"""

import glob
import json
import os
import re
import sys
from pathlib import Path

import polib

BASE = Path(__file__).resolve().parent.parent
OUTPUT = BASE / "locale" / "es" / "upstream_gaps.json"
PACKAGES = ("wagtail", "wagtail_localize")
# Paths (of a msgid's references) of screens only superusers reach, or apps this project does not install.
SUPERUSER_ONLY = [
    r"^wagtail/contrib/",  # forms, redirects, promoted search, settings admin, table blocks, styleguide
    r"^wagtail/users/(?!models\.py)",  # user and group management, API tokens (models.py: account preferences)
    r"^wagtail/locales/", r"^wagtail_localize/locales/", r"^wagtail/sites/",
    r"^wagtail/api/", r"^wagtail/models/api\.py", r"^wagtail/models/sites\.py",
    r"^wagtail/admin/views/workflows\.py", r"^wagtail/admin/templates/wagtailadmin/workflows/",
    r"^wagtail/admin/forms/workflows\.py",
    r"page_types_usage", r"upgrade_notification",
]
SUPERUSER_MSGIDS = re.compile(r"\bAPI tokens?\b")


def _key(entry):
    key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
    return (key, 0) if entry.msgid_plural else key


def _visible(references):
    return any(not any(re.search(pattern, ref) for pattern in SUPERUSER_ONLY) for ref in references)


def _row(entry, domain, source):
    return {
        "domain": domain, "msgctxt": entry.msgctxt, "msgid": entry.msgid,
        "msgid_plural": entry.msgid_plural or None, "source": source,
    }


def upstream_catalog():
    """Django's merged Spanish catalogue without the project's (LOCALE_PATHS): what upstream translates."""
    from django.test import override_settings
    from django.utils.translation.trans_real import DjangoTranslation

    with override_settings(LOCALE_PATHS=[]):
        return DjangoTranslation("es")._catalog  # a fresh one, not the cached catalogue the site uses


def django_gaps(site_packages, catalog):
    rows = []
    for package in PACKAGES:
        for path in sorted(glob.glob(f"{site_packages}/{package}/**/locale/en/LC_MESSAGES/django.po", recursive=True)):
            source = str(Path(path).relative_to(site_packages)).split("/locale/")[0]
            for entry in polib.pofile(path):
                references = [f"{source}/{ref}" for ref, _line in entry.occurrences]  # relative to the app
                if entry.obsolete or _key(entry) in catalog or SUPERUSER_MSGIDS.search(entry.msgid):
                    continue
                if _visible(references):
                    rows.append(_row(entry, "django", source))
    return rows


def javascript_gaps(site_packages):
    rows = []
    for source in ("wagtail/admin", "wagtail_localize"):
        english = polib.pofile(f"{site_packages}/{source}/locale/en/LC_MESSAGES/djangojs.po")
        spanish = polib.pofile(f"{site_packages}/{source}/locale/es/LC_MESSAGES/djangojs.po")
        done = {(e.msgctxt, e.msgid) for e in spanish.translated_entries()}
        rows += [_row(e, "djangojs", source) for e in english if not e.obsolete and (e.msgctxt, e.msgid) not in done]
    return rows


def gaps(site_packages):
    """The rows of locale/es/upstream_gaps.json."""
    return django_gaps(site_packages, upstream_catalog()) + javascript_gaps(site_packages)


def main():
    sys.path.insert(0, str(BASE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django
    import wagtail

    django.setup()
    site_packages = str(Path(wagtail.__file__).resolve().parent.parent)
    rows = gaps(site_packages)
    OUTPUT.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(rows)} msgids → {OUTPUT.relative_to(BASE)}")


if __name__ == "__main__":
    main()
