"""Settings for benchmark runs: production settings plus the floor view and a per-request cold cache.

Only `make bench` uses this module. It needs the same environment as production (SECRET_KEY, ...);
the harness supplies throwaway values. Two additions, both off in every other settings module:

* ROOT_URLCONF is bench.urls: the project's URLs plus /bench/floor/ (bench.views.floor), a
  constant ~5 KB page through the same middleware stack, the baseline every case is compared with.
* A request carrying `X-Bench-Cache: cold` sees an empty Django cache: bench.coldcache gives the
  request its own key namespace, so every lookup misses and every write lands in a namespace that
  is never read again. That is "flush the cache before each request" without the cost of a flush,
  and it works for any cache the code uses (response caches, fragment caches, Wagtail's own).
"""

import os

from cms.settings.production import *  # noqa: F401,F403
from cms.settings.production import CACHES, MIDDLEWARE

ROOT_URLCONF = "bench.urls"

# wrk is one client from one address: the API's per-client throttle would answer 429 after a
# few hundred requests. Off, so the numbers are the API's own (the throttle costs a cache read and
# write per request in production).
API_THROTTLE_RATE = ""

# Collected static files of the bench build, apart from `make serve-prod`'s.
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT)  # noqa: F405

MIDDLEWARE = ["bench.coldcache.ColdCacheMiddleware", *MIDDLEWARE]
CACHES = {name: {**config, "KEY_FUNCTION": "bench.coldcache.make_key"} for name, config in CACHES.items()}
