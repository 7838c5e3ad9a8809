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
        # The change feed and partner webhooks record publish, unpublish and delete (cms/api/changes.py).
        from cms.api import changes

        changes.connect_signals()
