"""Helpers shared by the embed tests and the embed browser test."""


def translate(page, locale, **fields):
    """A published translation of `page` (and of its parents when missing) with `fields` changed.

    Wagtail's copy_for_translation makes a draft copy in the locale's tree; publishing it with a
    changed title is what a translator does in the editor.
    """
    parent = page.get_parent()
    if parent.depth > 2 and parent.get_translation_or_none(locale) is None:
        translate(parent.specific, locale)
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy
