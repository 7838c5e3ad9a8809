"""A frontend-cache backend for tests: remembers what it was asked to purge."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED = []


class FakeBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)
