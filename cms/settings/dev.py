"""Development settings: debug on, a fixed local secret, plain static storage.

Without REDIS_URL the cache is base.py's local memory, one per process. The scheduler that `make run`
starts beside the server publishes in its own process; the server still sees it within
CONTENT_VERSION_SECONDS, because the response cache's content version lives in the database
(cms/publishing/models.py ContentVersion) and the cache holds only a short-lived copy of it
(tests/publishing/test_dev_scheduler.py)."""

from .base import *  # noqa: F401,F403
from .base import SECRET_KEY, STORAGES

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_AUTOREFRESH = True
