"""A Redis cache that fails soft: when Redis is down or hung the site is slower, never broken.

Everything that uses Django's cache (the response cache, Wagtail's site-root paths, the routing,
embeds, the API throttle) goes through settings.CACHES["default"]. With Django's own RedisCache
any cache call raises while Redis is stopped, and waits for the kernel's TCP timeouts while it is
hung. This backend (a subclass of Django's, public API only) answers instead as an empty cache:
reads miss (`get` returns the default, `get_many` {}), writes do nothing, `add` and `delete`
return False. Errors are logged, at most once per CACHE_ERROR_LOG_SECONDS.

Timeouts: socket_connect_timeout / socket_timeout in OPTIONS (settings: CACHE_SOCKET_TIMEOUT,
0.25 s) bound each call. After a failure the backend stops asking Redis for CACHE_RETRY_SECONDS
(2 s) in this process (a circuit breaker), so a hung Redis costs one timeout per process per
interval, not one per cache call.

Code that must know whether the cache answered (the content version: a failed read must not
serve a stored response, a failed bump must be reported) calls `strict(cache)`, which raises
CacheUnavailable instead. For other backends (local memory in development and tests) `strict`
returns the cache itself.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - redis is a runtime dependency
    RedisError = OSError

CACHE_ERRORS = (RedisError, OSError)


class CacheUnavailable(Exception):  # noqa: N818 - reads better as "raise CacheUnavailable"
    """The cache did not answer (down, hung, or skipped while the breaker is open)."""


# One breaker per cache location, shared by the threads of a process (Django builds one backend
# instance per thread).
_breakers = {}
_breakers_lock = threading.Lock()


class _Breaker:
    def __init__(self):
        self.open_until = 0.0
        self.last_logged = 0.0


class FailSoftRedisCache(RedisCache):
    FAILSOFT_METHODS = ("add", "get", "set", "touch", "delete", "get_many", "has_key", "incr",
                        "set_many", "delete_many", "clear")

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("retry_seconds", 2.0))
        self.log_seconds = float(options.pop("log_seconds", 60.0))
        options.setdefault("socket_connect_timeout", 0.25)
        options.setdefault("socket_timeout", 0.25)
        super().__init__(server, {**params, "OPTIONS": options})
        with _breakers_lock:
            self._breaker = _breakers.setdefault(repr(self._servers), _Breaker())

    # -- strict calls: raise CacheUnavailable ---------------------------------------------------

    def call_strict(self, name, *args, **kwargs):
        breaker = self._breaker
        if breaker.open_until > time.monotonic():
            raise CacheUnavailable(f"cache skipped: it failed less than {self.retry_seconds:.1f} s ago")
        try:
            return getattr(super(), name)(*args, **kwargs)
        except CACHE_ERRORS as exc:
            breaker.open_until = time.monotonic() + self.retry_seconds
            now = time.monotonic()
            if now - breaker.last_logged >= self.log_seconds:
                breaker.last_logged = now
                logger.error("Cache unavailable (%s: %s); serving without it", exc.__class__.__name__, exc)
            raise CacheUnavailable(str(exc)) from exc

    @property
    def strict(self):
        return _Strict(self)

    # -- the fail-soft public API -----------------------------------------------------------------

    def _soft(self, name, default, *args, **kwargs):
        try:
            return self.call_strict(name, *args, **kwargs)
        except CacheUnavailable:
            return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._soft("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._soft("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._soft("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._soft("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        # Without the cache there is no value to increment: as Django does for a missing key.
        try:
            return self.call_strict("incr", key, delta, version)
        except CacheUnavailable as exc:
            raise ValueError(f"Key {key!r} not found (cache unavailable)") from exc

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._soft("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._soft("delete_many", None, keys, version)

    def clear(self):
        return self._soft("clear", False)


class _Strict:
    """The same cache, raising CacheUnavailable instead of answering as an empty cache."""

    def __init__(self, backend):
        self._backend = backend

    def __getattr__(self, name):
        if name not in FailSoftRedisCache.FAILSOFT_METHODS:
            return getattr(self._backend, name)

        def call(*args, **kwargs):
            return self._backend.call_strict(name, *args, **kwargs)

        return call


def strict(cache):
    """The cache's raising variant (FailSoftRedisCache), or the cache itself for other backends."""
    return cache.strict if isinstance(cache, FailSoftRedisCache) else cache
