"""Production settings: refuse to start without a secret; HTTPS only (redirect, HSTS, secure cookies).

The security headers (CSP, framing, nosniff, Referrer-Policy, Permissions-Policy), sign-in lockout
and upload checks live in base.py so every environment and the tests get them; what is here only
makes sense behind HTTPS. `manage.py check --deploy --fail-level WARNING` passes (CI runs it).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import REDIS_URL, SECRET_KEY

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production settings refuse to start without it: "
        "export SECRET_KEY to a long random value (see README, 'Configuration')."
    )

# A per-process cache (no REDIS_URL) with several workers: each would keep its own response cache,
# throttle counts and site caches. gunicorn.conf.py checks its --workers; this checks the variable
# other servers and platforms use.
if not REDIS_URL and int(os.environ.get("WEB_CONCURRENCY") or 1) > 1:
    raise ImproperlyConfigured(
        "WEB_CONCURRENCY is more than 1 but REDIS_URL is not set: each worker would keep its own cache. "
        "Set REDIS_URL to a shared Redis, or run one worker (docs/operations.md, 'One or many workers')."
    )

DEBUG = False
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# The health check answers plain HTTP so load balancers can probe a backend directly.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# The API's per-address throttle (cms/api/base.py); empty turns it off, e.g. for load tests.
API_THROTTLE_RATE = os.environ.get("API_THROTTLE_RATE", "300/minute")
