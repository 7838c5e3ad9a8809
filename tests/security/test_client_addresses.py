"""One trusted-proxy rule for client addresses (cms/clients.py): the API throttle, the sign-in
lockout, the password-reset limit and the logs. Counting is atomic and a cache outage lets
requests through."""

import logging
import threading

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory

from cms.clients import ClientAddressFilter, client_ip, hit

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
BAD = {"username": "root", "password": "wrong-password-123"}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request(remote="10.0.0.9", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request(forwarded="1.2.3.4")) == "10.0.0.9"


@pytest.mark.parametrize(("count", "forwarded", "expected"), [
    (1, "203.0.113.5", "203.0.113.5"),
    (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # the client's own entry is never trusted
    (2, "6.6.6.6, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
    (1, "not-an-address", "10.0.0.9"),
    (1, "", "10.0.0.9"),
])
def test_behind_proxies_the_entry_the_outermost_proxy_added(settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    assert client_ip(request(forwarded=forwarded)) == expected


def test_api_throttle_is_not_bypassed_by_a_changing_forwarded_header(client, settings):
    """Before: DRF's throttle keyed on the whole X-Forwarded-For, so each new value was a new client."""
    settings.API_THROTTLE_RATE = "2/minute"
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [client.get(f"/api/v2/locales/?_={n}", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
                           REMOTE_ADDR="10.0.0.1").status_code for n in range(4)]
    assert statuses == [200, 200, 429, 429]


def test_api_throttle_behind_a_proxy_counts_per_client(client, settings):
    settings.API_THROTTLE_RATE = "1/minute"
    settings.TRUSTED_PROXY_COUNT = 1

    def get(n, forwarded):
        return client.get(f"/api/v2/locales/?_={n}", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.1")

    assert get(1, "203.0.113.5").status_code == 200
    assert get(2, "9.9.9.9, 203.0.113.5").status_code == 429  # a spoofed prefix changes nothing
    assert get(3, "203.0.113.6").status_code == 200  # another client behind the same proxy


def test_counting_is_atomic_under_concurrency(settings):
    """Before: DRF's read-modify-write history lost concurrent hits. 40 threads, limit 10: 10 pass."""
    results = []
    barrier = threading.Barrier(8)

    def worker():
        barrier.wait()
        for _ in range(5):
            results.append(hit("test", "203.0.113.7", 10, 60))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 10


def test_a_cache_outage_lets_requests_through(monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "add", down)
    assert all(hit("test", "203.0.113.8", 1, 60) for _ in range(3))


def test_lockout_behind_a_proxy_locks_only_that_client(client, superuser, settings):
    """Before: TRUSTED_PROXY_COUNT did nothing (axes needed a library that was not installed), so
    every request came from the proxy's address and five bad passwords locked everyone out."""
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, BAD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    good = {"username": "root", "password": "correct-horse-battery-9"}
    assert client.post(LOGIN, good, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    response = client.post(LOGIN, good, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert response.status_code == 302
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) <= {"203.0.113.9"}


def test_password_reset_is_throttled(client, superuser, settings):
    settings.PASSWORD_RESET_RATE = "2/hour"
    url = "/admin/password_reset/"
    statuses = [client.post(url, {"email": "root@example.org"}, REMOTE_ADDR="10.0.0.1").status_code
                for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert len(mail.outbox) == 2
    response = client.post(url, {"email": "root@example.org"}, REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429  # the same mailbox from another address
    assert "Too many password reset requests" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert len(mail.outbox) == 2


def test_logs_name_the_client_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "x", (), None)
    record.request = request(forwarded="203.0.113.11")
    assert ClientAddressFilter().filter(record) and record.client_ip == "203.0.113.11"
