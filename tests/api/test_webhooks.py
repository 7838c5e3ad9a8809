"""Issue #17: partner webhooks delivered by the django-tasks database worker to a local receiver:
the signature verifies, a 500 is retried, delivery gives up after WEBHOOK_MAX_ATTEMPTS and the
admin's delivery log shows it; the editor's publish only queues a task; topics and organisations
are sent like pages."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.management import call_command
from django.urls import reverse

from cms.api import webhooks
from cms.models import Webhook, WebhookDelivery
from tests.factories import (
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    OrganisationFactory,
    TopicFactory,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


class Receiver:
    """A tiny HTTP server on loopback answering POSTs with the given statuses, in order."""

    def __init__(self, statuses):
        self.statuses, self.received = list(statuses), []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((self.headers, body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver_factory():
    receivers = []

    def make(statuses=()):
        receivers.append(Receiver(statuses))
        return receivers[-1]

    yield make
    for receiver in receivers:
        receiver.close()


@pytest.fixture(autouse=True)
def worker_in_test_transaction(monkeypatch):
    """The worker closes stale connections between tasks (close_old_connections): on PostgreSQL
    that would close the test's transaction. The worker runs inside it here: keep it open."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


@pytest.fixture(autouse=True)
def fast_retries(settings):
    settings.WEBHOOK_RETRY_SECONDS = 0
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_TIMEOUT_SECONDS = 5


def run_worker():
    call_command("db_worker", "--batch", "--backend", "webhooks", "--queue-name", "webhooks",
                 "--no-startup-delay", verbosity=0)


def publish_release(homes, django_capture_on_commit_callbacks):
    index = NewsIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=index, title="Launch")
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
    return release


def test_signed_event_is_delivered_after_a_500(homes, receiver_factory, django_capture_on_commit_callbacks):
    receiver = receiver_factory([500])
    hook = Webhook.objects.create(name="Partner", url=receiver.url)
    release = publish_release(homes, django_capture_on_commit_callbacks)
    assert receiver.received == []  # publishing only queued the work
    run_worker()
    assert len(receiver.received) == 2  # the 500, then the retry
    headers, body = receiver.received[-1]
    assert webhooks.verify(hook.secret, body, headers["X-VPI-Signature"])
    assert not webhooks.verify("another secret", body, headers["X-VPI-Signature"])
    assert not webhooks.verify(hook.secret, body + b" ", headers["X-VPI-Signature"])
    event = json.loads(body)
    assert (event["event"], event["id"], event["type"], event["locale"]) == (
        "published", release.pk, "news.NewsReleasePage", "en")
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 2, 200)


def test_unpublish_and_delete_are_sent(homes, receiver_factory, django_capture_on_commit_callbacks):
    receiver = receiver_factory()
    Webhook.objects.create(name="Partner", url=receiver.url)
    release = publish_release(homes, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        release.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
        release.delete()
    run_worker()
    events = [json.loads(body)["event"] for _headers, body in receiver.received]
    # Published events are announced only if the page is still public when the worker runs (here
    # it was deleted meanwhile); unpublish and delete always are.
    assert sorted(events) == ["deleted", "unpublished", "unpublished"]


def test_gives_up_after_max_attempts_and_the_admin_shows_it(homes, receiver_factory, client, admin_user,
                                                            django_capture_on_commit_callbacks):
    receiver = receiver_factory([500, 503, 500, 500])
    Webhook.objects.create(name="Partner", url=receiver.url)
    Webhook.objects.create(name="Switched off", url=receiver.url, active=False)
    publish_release(homes, django_capture_on_commit_callbacks)
    run_worker()
    assert len(receiver.received) == 3
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("failed", 3, 500)
    client.force_login(admin_user)
    page = client.get(reverse("webhook_deliveries:index"))
    assert page.status_code == 200
    assert "failed (gave up)" in page.content.decode() and "Partner" in page.content.decode()
    # The log is read-only.
    assert client.get(reverse("webhook_deliveries:add")).status_code in (302, 403)


def test_refused_connection_is_retried_then_failed(homes, django_capture_on_commit_callbacks):
    Webhook.objects.create(name="Gone", url="http://127.0.0.1:9/hook")
    publish_release(homes, django_capture_on_commit_callbacks)
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == 3 and delivery.last_error


def test_no_webhook_no_task(homes, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    publish_release(homes, django_capture_on_commit_callbacks)
    assert not DBTaskResult.objects.exists()


def test_only_permitted_staff_manage_webhooks(client, homes, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse("webhooks:index")).status_code in (302, 403)


def test_signature_tolerance():
    body = b'{"event": "published"}'
    header = webhooks.sign("s", body, timestamp=1_000_000)
    assert webhooks.verify("s", body, header, now=1_000_100)
    assert not webhooks.verify("s", body, header, now=1_000_000 + 3600)  # a replay
    assert not webhooks.verify("s", body, "garbage")


def test_topics_and_organisations_are_sent_in_both_languages(homes, locale_es, receiver_factory, settings,
                                                             django_capture_on_commit_callbacks):
    settings.SITE_BASE_URL = "https://vpi.example.org"
    receiver = receiver_factory()
    hook = Webhook.objects.create(name="Partner", url=receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        topic = TopicFactory(name="Water")
        topic_es = translate_snippet(topic, locale_es, name="Agua")
        organisation = OrganisationFactory(name="Ministry")
    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Ministry of Mines"
        organisation.save()
        topic_es_id = topic_es.pk
        topic_es.delete()
    run_worker()
    events = [json.loads(body) for _headers, body in receiver.received]
    assert all(webhooks.verify(hook.secret, body, headers["X-VPI-Signature"]) for headers, body in receiver.received)
    assert sorted((e["event"], e["type"], e["id"], e["locale"]) for e in events) == sorted([
        ("published", "topic", topic.pk, "en"),
        ("deleted", "topic", topic_es_id, "es"),  # its creation was deleted before the worker ran
        ("published", "organisation", organisation.pk, "en"),
        ("updated", "organisation", organisation.pk, "en"),
    ])
    published = next(e for e in events if e["type"] == "topic" and e["event"] == "published")
    assert published["detail_url"] == f"https://vpi.example.org/api/v2/topics/{topic.pk}/"
