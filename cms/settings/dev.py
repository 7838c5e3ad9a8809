"""Development settings: debug on, a fixed local secret, plain static storage, a cache shared by processes."""

import os

from .base import *  # noqa: F401,F403
from .base import BASE_DIR, REDIS_URL, SECRET_KEY, STORAGES

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_AUTOREFRESH = True

# Without Redis, a cache every process of this machine shares (files): the scheduler that `make run`
# starts beside the server publishes in its own process, and the response cache's content version
# must change where the server reads it (a local-memory cache is per process).
if not REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("DEV_CACHE_DIR") or str(BASE_DIR / "var" / "cache"),
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
