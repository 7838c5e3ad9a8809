"""The content version where every process sees it (cms/publishing/caching.py)."""

from django.db import models


class ContentVersion(models.Model):
    """One row: the response cache's content version (nanoseconds of the last content change).

    The cache holds a copy for CONTENT_VERSION_SECONDS; every process, `manage.py` command and
    worker writes here on a change and reads here when the copy has expired, so a change made
    while the cache was down or in another process is seen within that time.
    """

    version = models.BigIntegerField()

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return str(self.version)
