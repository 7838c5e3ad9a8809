"""Permissions matrix, end to end through the admin's views: every role × every action × locale.

Roles come from cms.translation.roles.ensure_roles() (Editors, Translators, Moderators) plus anonymous and a
superuser. Each cell performs the real request and checks its effect in the database, so a view
that answers 200 but does nothing, or 403 but acts anyway, both fail.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment

from cms.translation.roles import EDITORS, MODERATORS, TRANSLATORS, ensure_roles
from tests.factories import StandardPageFactory
from tests.security.test_uploads import png_bytes
from tests.translation.conftest import translate, translation_for
from tests.translation.test_sync_and_fields import put

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "translator", "moderator", "admin"]
PAGE_ACTIONS = ["view_draft", "edit", "publish", "unpublish", "delete", "translate"]
EVERYTHING = set(PAGE_ACTIONS)

# What each role may do, per locale of the page. Editors work on English, translators on Spanish
# (they translate, so for them "translate" means saving a translated segment), moderators on both.
# Wagtail's rule: whoever may change *and* publish a page may also delete it when it is a leaf, so
# editors delete English leaf pages and translators Spanish ones; only moderators delete sections.
ALLOWED = {
    ("anonymous", "en"): set(),
    ("anonymous", "es"): set(),
    ("editor", "en"): {"view_draft", "edit", "publish", "unpublish", "delete", "translate"},
    ("editor", "es"): set(),
    ("translator", "en"): set(),
    ("translator", "es"): {"view_draft", "edit", "publish", "unpublish", "delete", "translate"},
    ("moderator", "en"): EVERYTHING,
    ("moderator", "es"): EVERYTHING,
    ("admin", "en"): EVERYTHING,
    ("admin", "es"): EVERYTHING,
}
UPLOADS = {"anonymous": False, "editor": True, "translator": False, "moderator": True, "admin": True}


@pytest.fixture
def pages(homes):
    about = StandardPageFactory(parent=homes["en"], title="About the VPI", slug="about", intro="Who we are.")
    about.save_revision().publish()
    about_es = translate(about, publish=True)
    ensure_roles()
    return {"en": Page.objects.get(pk=about.pk).specific, "es": about_es}


@pytest.fixture
def as_role(client, django_user_model):
    def login(role):
        if role == "admin":
            client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x-long-pass-1"))
        elif role != "anonymous":
            group = {"editor": EDITORS, "translator": TRANSLATORS, "moderator": MODERATORS}[role]
            user = django_user_model.objects.create_user(role, f"{role}@example.org", "x-long-pass-1")
            user.groups.add(Group.objects.get(name=group))
        if role != "anonymous":
            client.force_login(django_user_model.objects.get(username=role))
        return client

    return login


def reload(page):
    return Page.objects.filter(pk=page.pk).first()


def do_view_draft(client, page, capture):
    return client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])).status_code == 200


def do_edit(client, page, capture):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def do_publish(client, page, capture):
    before = page.live_revision_id
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if page.locale.language_code == "en":
        data = nested_form_data({"title": "About the VPI (new)", "slug": page.slug, "intro": "Who we are.",
                                 "body": streamfield([]), "comments": inline_formset([])})
        data["action-publish"] = "action-publish"
    else:
        data = {"action": "publish"}  # wagtail-localize's translation editor
    with capture(execute=True):  # wagtail-localize publishes on commit
        client.post(url, data)
    after = reload(page)
    return after is not None and after.live_revision_id != before


def do_unpublish(client, page, capture):
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return not reload(page).live


def do_delete(client, page, capture):
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return reload(page) is None


def do_translate(client, page, capture):
    if page.locale.language_code == "en":
        # Submitting the English page for translation (its form is where the action starts).
        response = client.get(reverse("wagtail_localize:submit_page_translation", args=[page.pk]))
        return response.status_code == 200
    translation = translation_for(page)
    segment = StringSegment.objects.filter(source=translation.source).first()
    response = put(client, reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                   "Quiénes somos.")
    return response.status_code in (200, 201)


ACTIONS = {name: globals()[f"do_{name}"] for name in PAGE_ACTIONS}


READ_ONLY = ["view_draft", "edit", "translate"]  # no lasting effect: checked together on one tree
CHANGING = ["publish", "unpublish", "delete"]  # each needs a fresh tree


def check(role, actions, locale, pages, client, capture):
    for action in actions:
        done = ACTIONS[action](client, pages[locale], capture)
        expected = action in ALLOWED[(role, locale)]
        assert done is expected, f"{role} {'could not' if expected else 'could'} {action} the {locale} page"


@pytest.mark.parametrize("locale", ["en", "es"])
@pytest.mark.parametrize("role", ROLES)
def test_read_actions(role, locale, pages, as_role, django_capture_on_commit_callbacks):
    check(role, READ_ONLY, locale, pages, as_role(role), django_capture_on_commit_callbacks)


@pytest.mark.parametrize("locale", ["en", "es"])
@pytest.mark.parametrize("action", CHANGING)
@pytest.mark.parametrize("role", ROLES)
def test_changing_action(role, action, locale, pages, as_role, django_capture_on_commit_callbacks):
    check(role, [action], locale, pages, as_role(role), django_capture_on_commit_callbacks)


def test_matrix_covers_every_action():
    assert set(READ_ONLY) | set(CHANGING) == set(PAGE_ACTIONS)


@pytest.mark.parametrize("role", ROLES)
def test_uploads(role, pages, as_role, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = as_role(role)
    client.post("/admin/images/add/", {"title": "logo", "file": SimpleUploadedFile("logo.png", png_bytes())})
    client.post("/admin/documents/add/",
                {"title": "report", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4\n% ok\n")})
    assert get_image_model().objects.filter(title="logo").exists() is UPLOADS[role]
    assert get_document_model().objects.filter(title="report").exists() is UPLOADS[role]


def test_anonymous_is_sent_to_sign_in(client, pages):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pages["en"].pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
