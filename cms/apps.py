"""App config for the cross-cutting `cms` app."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "VPI CMS"

    def ready(self):
        # The response cache is invalidated by content signals (cms/publishing/caching.py).
        from cms.publishing.caching import connect_signals

        connect_signals()
        # Stored API items are dropped and rebuilt by content signals (cms/api/store.py).
        from cms.api import store

        store.connect_signals()
        # A rendition that cannot be made is a missing image, not an error (cms/overrides/renditions.py).
        from cms.overrides import renditions

        renditions.install()
        # The translation editor's dates in the admin's language (cms/overrides/localize_dates.py).
        from cms.overrides import localize_dates

        localize_dates.install()
        # A page's view restriction applies to all its language versions (cms/translation/privacy.py).
        from cms.translation import privacy

        privacy.connect_signals()
        # Translations follow their source's publishing schedule (cms/translation/schedule.py).
        from cms.translation import schedule

        schedule.connect_signals()
        # The change feed and partner webhooks record publish, unpublish and delete (cms/api/changes.py).
        from cms.api import changes

        changes.connect_signals()
