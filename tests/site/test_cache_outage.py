"""Cache failure is a slower site, never a broken one (cms/publishing/failsoft.py), and the response
cache stays correct across an outage (cms/publishing/caching.py: the content version in the
database, a failed bump warned). The end-to-end test with a real Redis hung and stopped under
gunicorn is scripts/fault.py (CI)."""

import socket
import threading
import time

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.test import RequestFactory

from cms.publishing import caching as response_cache
from cms.publishing.failsoft import CacheUnavailable, FailSoftRedisCache

pytestmark = pytest.mark.django_db


@pytest.fixture
def hung_server():
    """A TCP server that accepts connections and never answers: a hung Redis."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    server.close()
    for connection in accepted:
        connection.close()


def backend(location, **options):
    return FailSoftRedisCache(location, {"OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2,
                                                     "retry_seconds": 5, **options}})


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("kind", ["stopped", "hung"])
def test_every_call_answers_as_an_empty_cache_quickly(kind, hung_server):
    location = hung_server if kind == "hung" else f"redis://127.0.0.1:{closed_port()}/0"
    failing = backend(location, retry_seconds=0)
    started = time.monotonic()
    assert failing.get("k", "default") == "default"
    assert failing.get_many(["a", "b"]) == {}
    assert failing.set("k", 1) is None
    assert failing.add("k", 1) is False
    assert failing.delete("k") is False
    assert failing.get_or_set("k", 7) == 7
    with pytest.raises(ValueError):
        failing.incr("k")
    assert time.monotonic() - started < 3  # 7 calls, each bounded by the 0.2 s socket timeouts
    with pytest.raises(CacheUnavailable):
        failing.strict.get("k")


def test_after_a_failure_the_cache_is_skipped_for_a_while(hung_server):
    failing = backend(hung_server)
    failing.get("k")  # one timeout opens the breaker
    started = time.monotonic()
    for _ in range(20):
        failing.get("k")
    assert time.monotonic() - started < 0.1


def test_a_failed_read_neither_serves_nor_stores(client, site_tree, monkeypatch):
    url = site_tree["launch"].url
    assert client.get(url).status_code == 200  # stored

    def down(*args, **kwargs):
        raise CacheUnavailable("down")

    monkeypatch.setattr(response_cache, "_cache", lambda: type("Down", (), {"__getattr__": lambda s, n: down})())
    site_tree["launch"].title = "Changed while the cache was down"
    site_tree["launch"].save_revision().publish()  # the bump fails too
    response = client.get(url)
    assert response.status_code == 200 and "Changed while the cache was down" in response.text


def test_the_version_is_read_from_the_database_when_the_cached_copy_expires(client, site_tree, settings):
    """A bump that did not reach the cache (another process, an outage) is seen once the cached copy of
    the version expires (CONTENT_VERSION_SECONDS): stored responses of the old version are not served."""
    from cms.publishing.models import ContentVersion

    url = site_tree["news"].url
    client.get(url)  # stored at the current version
    version = response_cache.content_version()
    ContentVersion.objects.update_or_create(pk=1, defaults={"version": version + 1})  # as a failed bump leaves it
    site_tree["launch"].title = "Renamed elsewhere"
    site_tree["launch"].save()  # (its own bump goes to the cache: undo it to model the failure)
    cache.set(response_cache._version_key(), version, 600)
    assert "Renamed elsewhere" not in client.get(url).text  # the cached copy still says "version"
    cache.delete(response_cache._version_key())  # expired,
    response_cache._known.clear()  # and CONTENT_VERSION_SECONDS have passed since this process read it
    assert "Renamed elsewhere" in client.get(url).text
    assert response_cache.content_version() == version + 1


def test_a_bump_that_fails_warns_the_editor_and_logs(admin_user, monkeypatch, caplog):
    from django.contrib.messages.storage.fallback import FallbackStorage

    def down():
        raise CacheUnavailable("down")

    class Down:
        def __getattr__(self, name):
            return lambda *args, **kwargs: down()

    monkeypatch.setattr(response_cache, "_cache", Down)
    request = RequestFactory().post("/admin/pages/1/edit/")
    request.user = admin_user
    request.session = {}
    request._messages = FallbackStorage(request)

    def view(request):
        response_cache.bump_content_version()
        from django.http import HttpResponse

        return HttpResponse()

    response_cache.ResponseCacheMiddleware(view)(request)
    messages = [str(message) for message in get_messages(request)]
    assert any("cache did not answer" in message for message in messages)
    assert "could not replace the content version" in caplog.text


def test_the_bump_reaches_the_database_on_commit(django_capture_on_commit_callbacks, site_tree):
    from django.db import connection

    from cms.publishing.models import ContentVersion

    connection.run_on_commit = []  # the fixture's callbacks: its transaction never commits in a test
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        site_tree["launch"].title = "Committed"
        site_tree["launch"].save_revision().publish()
    assert sum(callback is response_cache.bump_content_version for callback in callbacks) == 1  # once
    assert ContentVersion.objects.get(pk=1).version == response_cache.content_version()
