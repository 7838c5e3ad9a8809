"""Release day in Chromium, against `make dev-servers` (what `make run` starts): an Editor writes a
release and schedules it two hours ahead, a Moderator reads when it will go live and approves it,
its Spanish translation follows the schedule; nothing of it is public. Then the test moves the
go-live time into the past in the database (time passing, without touching the scheduler) and the
scheduler process publishes both languages: page, listing and API show them.

The go-live time is far enough ahead that no step can race it: only the test's own move of the
clock makes the release due.
"""

import datetime
import json
import os
import re
import time

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher, make_password
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import expect

from cms.translation.roles import EDITORS, MODERATORS, ensure_roles
from tests.browser.conftest import sign_in
from tests.factories import NewsIndexPageFactory
from tests.live import dev_servers
from tests.translation.conftest import PASSWORD, make_user, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PORT = int(os.environ.get("RELEASE_DAY_TEST_PORT", "8109"))
TITLE = "Ministers endorse the national action plan"
PUBLISH_TIMEOUT = 60
# Every step waits on the development server (one process, beside the scheduler and the worker),
# which a busy machine slows down.
SERVER_TIMEOUT = 30_000

# Run by `manage.py shell` against the servers' database.
STATE = """
import json
from wagtail.models import Page, PageLogEntry
pages = Page.objects.filter(translation_key=Page.objects.get(pk={pk}).translation_key).select_related("locale")
print(json.dumps({{page.locale.language_code: {{
    "pk": page.pk, "live": page.live, "url": page.get_url(),
    "approved": [r.approved_go_live_at.isoformat() for r in page.revisions.exclude(approved_go_live_at=None)],
    "published_by_scheduler": PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").exists(),
}} for page in pages}}))
"""
# A translator publishes the Spanish version the way wagtail-localize's editor does (untranslated
# segments keep the English text).
PUBLISH_SPANISH = """
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
source, _created = TranslationSource.get_or_create_from_instance(Page.objects.get(pk={pk}).specific)
source.create_or_update_translation(Locale.objects.get(language_code="es"), publish=True, fallback=True)
"""
# Time passes: the approved go-live time (the page's, and the scheduled revisions' own copy that
# publishing reads) becomes a minute ago, in one transaction so a scheduler round sees all or none.
GO_LIVE_NOW_PAST = """
import datetime
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Revision
past = timezone.now() - datetime.timedelta(minutes=1)
with transaction.atomic():
    pages = Page.objects.filter(translation_key=Page.objects.get(pk={pk}).translation_key)
    revisions = Revision.objects.page_revisions().filter(
        object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)], approved_go_live_at__isnull=False)
    moved = 0
    for revision in revisions:
        revision.content["go_live_at"] = DjangoJSONEncoder().default(past)
        revision.approved_go_live_at = past
        revision.save(update_fields=["content", "approved_go_live_at"])
        moved += 1
    assert moved == 2, moved
    pages.update(go_live_at=past)
"""


def state(servers, pk):
    return json.loads(servers.shell(STATE.format(pk=pk)).strip().splitlines()[-1])


def pbkdf2_user(django_user_model, username, group):
    """A role user whose password the development server can check (its hashers are Django's
    defaults, not the suite's MD5)."""
    user = make_user(django_user_model, username, group)
    user.password = make_password(PASSWORD, hasher=PBKDF2PasswordHasher())
    user.save(update_fields=["password"])
    return user


def doors(servers, pages):
    """{door: whether it shows the release}: its page, the news listing and the news API (list and
    detail) in each language. A listing must answer 200 and a page 200 or 404, or the test fails."""
    shown = {}
    for code, info in pages.items():
        listing = info["url"].rstrip("/").rsplit("/", 1)[0] + "/"
        for door, path, listed in ((f"page {code}", info["url"], False), (f"listing {code}", listing, True),
                                   (f"api news {code}", f"/api/v2/news/?locale={code}", True),
                                   (f"api news detail {code}", f"/api/v2/news/{info['pk']}/", False)):
            status, body = servers.get(path)
            assert status == 200 or (status == 404 and not listed), (door, path, status)
            shown[door] = status == 200 and TITLE in body
    return shown


def test_editor_schedules_moderator_approves_scheduler_publishes(homes, page, screenshot, django_user_model,
                                                                 tmp_path):
    started = time.monotonic()

    def step(name):  # the phases' timings, shown with -s or on failure
        print(f"{time.monotonic() - started:7.1f} s  {name}")

    news = NewsIndexPageFactory(parent=homes["en"])
    translate(news, publish=True)
    groups = ensure_roles()  # after the news index: its release workflow
    pbkdf2_user(django_user_model, "editora", groups[EDITORS])
    pbkdf2_user(django_user_model, "moderadora", groups[MODERATORS])
    go_live = (timezone.now() + datetime.timedelta(hours=2)).replace(second=0, microsecond=0)
    with translation.override("en"):
        go_live_text = date_format(timezone.localtime(go_live), "DATETIME_FORMAT")

    step("scenario written")
    with dev_servers(tmp_path, PORT) as servers:
        base = servers.base
        page.set_default_timeout(SERVER_TIMEOUT)
        step("servers up")

        # The Editor writes the release and sets its go-live time ("Save schedule" saves a draft).
        sign_in(page, base, "editora")
        page.goto(f"{base}/admin/pages/add/news/newsreleasepage/{news.pk}/")
        page.fill("#id_title", TITLE)
        page.fill("#id_dateline", "Bogotá, Colombia")
        page.fill("#id_summary", "The national action plan on business and human rights was endorsed today.")
        page.locator("#panel-child-content-body-content .c-sf-add-button").first.click()
        page.get_by_role("option", name="Paragraph").click()
        page.locator("#panel-child-content-body-content [contenteditable=true]").first.click()
        page.keyboard.type("Ministers and the working group met in Bogotá.")
        page.locator("[data-side-panel-toggle=status]").click()
        page.get_by_role("button", name="Set schedule").click()
        dialog = page.locator("#schedule-publishing-dialog")
        dialog.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
        # From the keyboard: the open date picker covers the button.
        dialog.get_by_role("button", name="Save schedule").press("Enter")
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        release_pk = int(page.url.rstrip("/").split("/")[-2])
        expect(page.locator("[data-side-panel=status]")).to_contain_text(f"Go-live: {go_live_text}")
        screenshot(page, "release-day-editor-scheduled")
        step("draft with a go-live time saved")

        # ... and submits it to the Moderators.
        page.locator("footer [data-w-dropdown-target=toggle]").last.click()
        page.locator("button[name=action-submit]").click()
        expect(page.locator(".messages")).to_contain_text("submitted for moderation", timeout=SERVER_TIMEOUT)
        step("submitted")

        # The Moderator finds it awaiting review, reads when it goes live, and approves it: scheduled.
        page.context.clear_cookies()
        sign_in(page, base, "moderadora")
        page.locator("#awaiting-review-content").get_by_role("link", name=TITLE).click()
        page.wait_for_url(re.compile(rf"/admin/pages/{release_pk}/edit/$"))
        expect(page.locator(".messages")).to_contain_text(
            f"Once approved, this page goes live on {go_live_text}, not at once.", timeout=SERVER_TIMEOUT)
        screenshot(page, "release-day-moderator")
        page.locator("footer [data-w-dropdown-target=toggle]").last.click()
        page.locator("button[data-workflow-action-name=approve]").first.click()
        page.wait_for_url(re.compile(rf"/admin/pages/{news.pk}/$"))
        expect(page.locator("tr", has_text=TITLE)).to_contain_text("Scheduled", ignore_case=True,
                                                                    timeout=SERVER_TIMEOUT)
        step("approved")

        # A translator publishes the Spanish version: it follows the English schedule.
        servers.shell(PUBLISH_SPANISH.format(pk=release_pk))
        scheduled = state(servers, release_pk)
        for code in ("en", "es"):
            assert scheduled[code]["live"] is False, scheduled
            assert [datetime.datetime.fromisoformat(when) for when in scheduled[code]["approved"]] == [go_live], \
                scheduled
        # Embargoed: no door shows it (the scheduler has been running all along).
        assert not any(doors(servers, scheduled).values()), doors(servers, scheduled)
        step("Spanish scheduled; embargo checked")

        # Time passes: the scheduler in `make dev-servers` publishes both languages.
        servers.shell(GO_LIVE_NOW_PAST.format(pk=release_pk))
        deadline = time.monotonic() + PUBLISH_TIMEOUT
        while not all((shown := doors(servers, scheduled)).values()):
            if time.monotonic() > deadline:
                pytest.fail(f"not published within {PUBLISH_TIMEOUT} s: {shown}\n{state(servers, release_pk)}\n"
                            f"{servers.log_tail()}")
            time.sleep(1)
        step("published")
        published = state(servers, release_pk)
        assert all(published[code]["live"] and published[code]["published_by_scheduler"] for code in ("en", "es")), \
            published
        page.goto(base + scheduled["es"]["url"])
        expect(page.locator("h1")).to_have_text(TITLE, timeout=SERVER_TIMEOUT)
        screenshot(page, "release-day-published-es")
