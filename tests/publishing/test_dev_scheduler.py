"""`make run` in development: the scheduler it starts beside the server (another process) publishes
a scheduled release, and the server shows it within a minute although it had cached the page
without it (the content version lives in a cache both processes share)."""

import datetime
import os
import time

import pytest
from django.utils import timezone

from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory
from tests.live import dev_servers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PORT = int(os.environ.get("DEV_SCHEDULER_TEST_PORT", "8108"))
GO_LIVE_AHEAD = 75


def test_make_run_scheduler_publishes_and_the_dev_server_shows_it(homes, tmp_path):
    news = NewsIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=news, title="Scheduled in development", live=False)
    # Far enough ahead for a slow machine to start the server and cache the listing before it.
    release.go_live_at = timezone.now() + datetime.timedelta(seconds=GO_LIVE_AHEAD)
    release.save_revision().publish()
    # On the way out, dev_servers also fails the test if the scheduler outlives the server.
    with dev_servers(tmp_path, PORT) as servers:
        get = servers.get
        status, html = get("/en/news/")
        assert timezone.now() < release.go_live_at - datetime.timedelta(seconds=5), "startup too slow for this test"
        assert status == 200 and "Scheduled in development" not in html  # now in the response cache
        assert get("/en/news/")[1] == html
        deadline = time.monotonic() + (release.go_live_at - timezone.now()).total_seconds() + 60
        while time.monotonic() < deadline:
            if "Scheduled in development" in get("/en/news/")[1]:
                break
            time.sleep(1)
        else:
            pytest.fail("the release did not appear on the development server within a minute of its go-live time")
        assert get("/en/news/" + release.slug + "/")[0] == 200
