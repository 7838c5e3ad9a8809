"""Test settings: fast hashing, local memory everything, no external services unless asked."""

import os

from .base import *  # noqa: F401,F403
from .base import CACHES, REDIS_URL, STORAGES

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}
ALLOWED_HOSTS = ["*"]
WHITENOISE_AUTOREFRESH = True  # serve from the finders; no collectstatic needed
# Tests assert query counts of warm pages: the cached copy of the content version must not expire
# mid-test (tests of the expiry override it).
CONTENT_VERSION_SECONDS = 600

# With pytest-xdist against Redis, each worker gets its own Redis database so that one worker's
# cache.clear() or cached state never changes another worker's query counts.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):
    CACHES["default"]["LOCATION"] = REDIS_URL.rsplit("/", 1)[0] + f"/{8 + int(_worker[2:]) % 8}"
