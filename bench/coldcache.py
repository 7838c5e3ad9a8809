"""Cold-cache requests for the benchmark: `X-Bench-Cache: cold` gives a request an empty cache.

The middleware draws a fresh namespace per cold request and the cache key function puts it in
every key, so nothing cached earlier is found. Warm requests use Django's usual keys.
"""

import contextvars
import uuid

_namespace = contextvars.ContextVar("bench_cache_namespace", default="")


def make_key(key, key_prefix, version):
    """Django's default key function, namespaced while a cold request is served."""
    namespace = _namespace.get()
    if namespace:
        return f"{key_prefix}:{version}:cold-{namespace}:{key}"
    return f"{key_prefix}:{version}:{key}"


class ColdCacheMiddleware:
    """First in the stack, so caches consulted by any later middleware are cold too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.headers.get("X-Bench-Cache") != "cold":
            return self.get_response(request)
        token = _namespace.set(uuid.uuid4().hex)
        try:
            return self.get_response(request)
        finally:
            _namespace.reset(token)
