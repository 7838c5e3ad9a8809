"""Privacy follows content across languages.

A view restriction (private: login, groups or password) set on a page applies to every language
version of it: saving, changing its groups or removing it on one translation does the same on
the others, and a translation published later takes the restriction its source has. Without
this, making the English page private left its Spanish translation public.
"""

from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published

_syncing = ContextVar("privacy_syncing", default=False)


def _other_language_versions(page):
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def _copy(source, page):
    restriction = PageViewRestriction.objects.filter(page=page).first() or PageViewRestriction(page=page)
    restriction.restriction_type = source.restriction_type
    restriction.password = source.password
    restriction.save()
    restriction.groups.set(source.groups.all())


def _guarded(function):
    def run(*args, **kwargs):
        if _syncing.get():
            return
        token = _syncing.set(True)
        try:
            function(*args, **kwargs)
        finally:
            _syncing.reset(token)

    return run


@_guarded
def restriction_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for page in _other_language_versions(instance.page):
        _copy(instance, page)


@_guarded
def restriction_deleted(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        PageViewRestriction.objects.filter(page__in=_other_language_versions(page),
                                           restriction_type=instance.restriction_type).delete()


@_guarded
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, PageViewRestriction):
        groups = list(instance.groups.all())
        for restriction in PageViewRestriction.objects.filter(page__in=_other_language_versions(instance.page)):
            restriction.groups.set(groups)


@_guarded
def translation_published(sender, instance, **kwargs):
    if PageViewRestriction.objects.filter(page=instance).exists():
        return
    source = PageViewRestriction.objects.filter(page__in=_other_language_versions(instance)).first()
    if source is not None:
        _copy(source, instance)


def connect_signals():
    """Called from CmsConfig.ready()."""
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid="privacy_follows_translations")
    post_delete.connect(restriction_deleted, sender=PageViewRestriction, dispatch_uid="privacy_follows_translations")
    m2m_changed.connect(restriction_groups_changed, sender=PageViewRestriction.groups.through,
                        dispatch_uid="privacy_follows_translations")
    page_published.connect(translation_published, dispatch_uid="privacy_follows_translations")
