"""Who is asking: the client's address from one trusted-proxy setting, and rate limits.

`client_ip(request)` is the one rule (settings.TRUSTED_PROXY_COUNT): the API throttle
(cms/api/base.py), the sign-in lockout (AXES_CLIENT_IP_CALLABLE), the password-reset limit
(cms/security.py) and the logs (ClientAddressFilter) all use it. Rate limits count atomically in
the cache (`hit`) and let requests through when the cache is down: a slower site, not a locked one.

Imports nothing that needs the app registry: the logging configuration loads it before apps.
"""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address. Without TRUSTED_PROXY_COUNT: REMOTE_ADDR. Behind N proxies that each
    append the address they received from to X-Forwarded-For: the N-th address from the right
    (what the outermost trusted proxy saw), so addresses a client puts in the header itself are
    never used. An entry that is not an IP address falls back to REMOTE_ADDR."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if forwarded:
            try:
                return str(ipaddress.ip_address(forwarded[-min(count, len(forwarded))]))
            except ValueError:
                pass
    return remote


def hit(scope, ident, limit, seconds):
    """Count one request of `ident` in a window of `seconds` that starts at its first request;
    True while within `limit`. Atomic across workers (cache add + incr, which keeps the expiry);
    True when the cache does not answer."""
    from cms.publishing.caching import _namespace
    from cms.publishing.failsoft import strict

    digest = hashlib.sha256(str(ident).encode()).hexdigest()[:32]
    key = f"ratelimit:{_namespace()}:{scope}:{digest}"
    counter = strict(cache)
    try:
        counter.add(key, 0, seconds + 1)
        try:
            count = counter.incr(key)
        except ValueError:  # expired between add and incr
            counter.add(key, 1, seconds + 1)
            count = 1
    except Exception:  # noqa: BLE001 - no cache: no limit, rather than no site
        return True
    return count <= limit


def window_remaining(seconds):
    """At most this many seconds until the window of `hit` ends (its length: the cache keeps no start)."""
    return max(1, int(seconds))


class ClientAddressFilter(logging.Filter):
    """Adds `client_ip` to log records that carry a request (Django's request and security logs)."""

    def filter(self, record):
        request = getattr(record, "request", None)
        record.client_ip = client_ip(request) if hasattr(request, "META") else "-"
        return True



def parse_rate(rate):
    """"5/hour" -> (5, 3600); empty -> (None, None). As DRF reads its throttle rates."""
    if not rate:
        return None, None
    count, period = rate.split("/")
    return int(count), {"s": 1, "m": 60, "h": 3600, "d": 86400}[period.strip()[0]]
