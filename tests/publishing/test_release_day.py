"""Release day: an English release and its Spanish translation scheduled a few seconds ahead are
absent from every door (with their image and document) until the scheduler runs after the go-live
time, then present everywhere with fresh caches; expiry takes them away the same way."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from tests.factories import DocumentFactory, ImageFactory, NewsReleasePageFactory, NewsReleaseWorkingGroupFactory

pytestmark = pytest.mark.django_db

TITLE = "Embargoed budget launch"
# "A few seconds ahead", with room for a slow machine: the test moves the clock past it.
GO_LIVE_AHEAD = 90


@pytest.fixture
def clock(monkeypatch):
    """timezone.now() moved forward by `clock.advance(seconds)`: the scheduler's notion of time too."""
    real_now = timezone.now

    class Clock:
        offset = datetime.timedelta()

        def advance(self, seconds):
            self.offset += datetime.timedelta(seconds=seconds)

    clock = Clock()
    monkeypatch.setattr(timezone, "now", lambda: real_now() + clock.offset)
    return clock


def translate_with_localize(page, locale, django_capture_on_commit_callbacks, publish=True):
    """What a translator does: wagtail-localize creates (or syncs) the translation and publishes it."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation, _created = source.create_or_update_translation(locale, publish=publish, fallback=True)
    translation.refresh_from_db()
    return translation


@pytest.fixture
def release_day(tree, django_capture_on_commit_callbacks):
    """A scheduled English release (image, document, linked to the Chile group) and its Spanish
    translation, published by wagtail-localize before the go-live time: both scheduled."""
    image, document = ImageFactory(title="Budget chart"), DocumentFactory(title="Budget annex")
    release = NewsReleasePageFactory(
        parent=tree["news"], title=TITLE, slug="budget-launch", live=False, summary="A scheduled release.",
        featured_image=image, featured_image_alt="A chart",
        body=[("paragraph", "<p>Budget details.</p>"), ("document", {"document": document, "label": "Annex"})])
    NewsReleaseWorkingGroupFactory(page=release, working_group=tree["chile"])
    # The Spanish draft exists before the release is scheduled: it must still follow the schedule.
    spanish = translate_with_localize(release, tree["es"], django_capture_on_commit_callbacks, publish=False)
    assert spanish.go_live_at is None and not spanish.live
    release.go_live_at = timezone.now() + datetime.timedelta(seconds=GO_LIVE_AHEAD)
    release.save_revision().publish()  # a Moderator's approval: scheduled, not live
    release.refresh_from_db()
    spanish = translate_with_localize(release, tree["es"], django_capture_on_commit_callbacks)
    spanish.title = "Lanzamiento del presupuesto"
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    for page in (release, spanish):
        assert not page.live and page.go_live_at == release.go_live_at, page.locale
        assert page.revisions.filter(approved_go_live_at=release.go_live_at).exists(), page.locale
    return {"en": release, "es": spanish, "image": image, "document": document,
            "group": {"en": tree["chile"].slug, "es": tree["chile_es"].slug}}


def doors(release_day):
    """{door: (path, text that shows the release)} for both languages."""
    en, es = release_day["en"], release_day["es"]
    group = release_day["group"]
    image, document = release_day["image"], release_day["document"]
    result = {}
    for code, page, news, slug, group_slug in (("en", en, "news", "budget-launch", group["en"]),
                                               ("es", es, "noticias", es.slug, group["es"])):
        title = page.title
        result.update({
            f"page {code}": (f"/{code}/{news}/{slug}/", title),
            f"listing {code}": (f"/{code}/{news}/", title),
            f"home {code}": (f"/{code}/", None),
            f"search {code}": (f"/{code}/search/?q=budget", title),
            f"rss {code}": (f"/{code}/feeds/news.rss", title),
            f"atom {code}": (f"/{code}/feeds/news.atom", title),
            f"group feed {code}": (f"/{code}/feeds/working-groups/{group_slug}.rss", title),
            f"sitemap {code}": (f"/sitemap-{code}.xml", f"/{code}/{news}/{slug}/"),
            f"api news {code}": (f"/api/v2/news/?locale={code}", title),
            f"api news detail {code}": (f"/api/v2/news/{page.pk}/", title),
            f"api pages detail {code}": (f"/api/v2/pages/{page.pk}/", title),
            f"api search {code}": (f"/api/v2/pages/?search=budget&locale={code}", title),
            f"api find {code}": (f"/api/v2/pages/find/?html_path=/{code}/{news}/{slug}/", title),
            f"embed news card {code}": (f"/embed/working-groups/{group['en']}/news.json?locale={code}", title),
        })
    result.update({
        "api pages": ("/api/v2/pages/?limit=100", en.title),
        "api images": ("/api/v2/images/?limit=100", image.title),
        "api image detail": (f"/api/v2/images/{image.pk}/", image.title),
        "api documents": ("/api/v2/documents/?limit=100", document.title),
        "api document detail": (f"/api/v2/documents/{document.pk}/", document.title),
        "document file": (document.url, "%PDF"),
    })
    return result


def shows(client, path, text):
    response = client.get(path, follow=path.startswith("/api/v2/pages/find/"))
    if response.status_code == 404:
        return False
    assert response.status_code == 200, path
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return text is not None and text in body.decode("utf-8", "replace")


def test_release_and_translation_are_absent_until_the_scheduler_runs_after_go_live(client, release_day, clock):
    checks = {door: spec for door, spec in doors(release_day).items() if spec[1] is not None}
    # Before: absent everywhere (and those responses are now in the response cache).
    assert [door for door, (path, text) in checks.items() if shows(client, path, text)] == []
    # The scheduler before the go-live time changes nothing.
    call_command("run_scheduler", "--once")
    assert [door for door, (path, text) in checks.items() if shows(client, path, text)] == []
    # oEmbed of a release URL: never embeddable (only working-group profiles and cards are).
    assert client.get("/api/oembed/", {"url": "http://testserver/en/news/budget-launch/"}).status_code == 404

    clock.advance(GO_LIVE_AHEAD + 10)
    call_command("run_scheduler", "--once")
    for code in ("en", "es"):
        release_day[code].refresh_from_db()
        assert release_day[code].live, code
    # After: present everywhere, no stale cached response.
    assert [door for door, (path, text) in checks.items() if not shows(client, path, text)] == []


def test_release_and_translation_leave_every_door_when_they_expire(client, release_day, clock):
    clock.advance(GO_LIVE_AHEAD + 10)
    call_command("run_scheduler", "--once")
    en, es = (release_day[code] for code in ("en", "es"))
    en.refresh_from_db()
    en.expire_at = timezone.now() + datetime.timedelta(seconds=GO_LIVE_AHEAD)
    en.save_revision().publish()
    # The translator's next publish follows the source's expiry.
    es.refresh_from_db()
    es.save_revision().publish()
    es.refresh_from_db()
    assert es.expire_at == en.expire_at
    checks = {door: spec for door, spec in doors(release_day).items() if spec[1] is not None}
    assert [door for door, (path, text) in checks.items() if not shows(client, path, text)] == []
    clock.advance(GO_LIVE_AHEAD + 10)
    call_command("run_scheduler", "--once")
    en.refresh_from_db(), es.refresh_from_db()
    assert en.expired and es.expired and not en.live and not es.live
    assert [door for door, (path, text) in checks.items() if shows(client, path, text)] == []


def test_release_schedule_lists_both_languages(client, release_day, django_user_model):
    from django.contrib.auth.models import Group

    from cms.translation.roles import EDITORS, TRANSLATORS, ensure_roles

    ensure_roles()
    editor = django_user_model.objects.create_user("editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    translator = django_user_model.objects.create_user("translator", password="x" * 12)
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    client.force_login(translator)
    assert client.get("/admin/release-schedule/").status_code in (302, 403)
    client.force_login(editor)
    response = client.get("/admin/release-schedule/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    html = response.content.decode()
    assert TITLE in html and "Lanzamiento del presupuesto" in html
    assert len(re.findall(r"Approved, scheduled|Aprobad", html)) >= 2
    assert "/admin/release-schedule/" in client.get("/admin/").content.decode()  # the menu item
