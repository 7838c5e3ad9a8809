"""The translation editor's "Translated manually on <date>" in the admin's language.

Replaces: wagtail_localize.models.StringTranslation.get_comment (the segment's note in the
translation editor, sent by its StringTranslationSerializer on load and after each save).
Checked against: wagtail-localize 1.14.5 (wagtail 8.0.1); tests/overrides/test_localize_dates.py
pins the upstream function's source, so an upgrade that changes it fails there.

What it buys: upstream writes the date with strftime("%-d %B %Y"), the process's C locale, so a
Spanish admin read "Traducido manualmente el 2 December 2026". Here the date is Django's DATE_FORMAT
in the active language and time zone: "2 de diciembre de 2026", and the international "2 December
2026" in English (cms/formats/en), exactly upstream's English text. The sentences are upstream's.
(The editor's other strftime date, the props' lastPublishedDate, is not shown by its JavaScript.)

Delete when: wagtail-localize formats these dates with Django's formats (its DATE_FORMAT in
wagtail_localize/compat.py is gone).
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation

_original = StringTranslation.get_comment


def _date(value):
    return formats.date_format(timezone.localtime(value) if timezone.is_aware(value) else value, "DATE_FORMAT")


def get_comment(self):
    """Upstream's comment (same msgids), with the date in the active language."""
    if self.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=self.tool_name, date=_date(self.updated_at))
    elif self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=_date(self.updated_at))
    elif self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=_date(self.updated_at))


get_comment.__wrapped__ = _original


def install():
    """Called from CmsConfig.ready()."""
    if StringTranslation.get_comment is not get_comment:
        StringTranslation.get_comment = get_comment
