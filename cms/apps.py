"""App config for the cross-cutting `cms` app."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "VPI CMS"

    def ready(self):
        # The response cache is invalidated by content signals (cms/response_cache.py).
        from cms.response_cache import connect_signals

        connect_signals()
        # Stored API items are dropped and rebuilt by content signals (cms/api_store.py).
        from cms import api_store

        api_store.connect_signals()
