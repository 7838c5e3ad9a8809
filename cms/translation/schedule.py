"""Both languages on the hour: a translation follows its source page's publishing schedule.

wagtail-localize saves a translation (`page.save()`, then a revision that it publishes when the
translator publishes) whenever it is created, synced or published. Before that save, a translation
whose source is scheduled to go live later gets the source's go-live time, so publishing it
schedules it for the same moment instead of making it live now (an embargoed release never shows
early in Spanish); and a translation without an expiry time gets its source's. A translation can
also be scheduled by hand like any page (the editor's "Set schedule"); a later time is kept.
"""

from django.db.models.signals import pre_save
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.publishing.schedule import scheduled_go_live
from cms.publishing.visibility import is_alias


def follow_source_schedule(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and "go_live_at" not in update_fields:
        return  # Wagtail's bookkeeping saves (revision pointers, live flags)
    default_locale_id = Locale.get_default().pk
    if instance.locale_id == default_locale_id or is_alias(instance):
        return
    source = (Page.objects.filter(translation_key=instance.translation_key, locale_id=default_locale_id)
              .exclude(pk=instance.pk).first())
    if source is None:
        return
    go_live = scheduled_go_live(source)
    if go_live is not None and (instance.go_live_at is None or instance.go_live_at < go_live):
        instance.go_live_at = go_live
    if instance.expire_at is None and source.expire_at is not None and source.expire_at > timezone.now():
        instance.expire_at = source.expire_at


def connect_signals():
    pre_save.connect(follow_source_schedule, dispatch_uid="cms.translation.schedule.follow_source_schedule")
