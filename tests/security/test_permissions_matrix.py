"""Permissions matrix, end to end through the admin's views: role × action × language × page state.

What each role may do is read from the table in docs/translation.md ("What each role can do"),
so the documentation and the code cannot drift apart. Each cell performs the real request (the
admin's views and wagtail-localize's) and checks its effect in the database, so a view that answers
200 but does nothing, or 403 but acts anyway, both fail. Every refused action must leave the pages,
their revisions, their translations and their translated strings exactly as they were.

The cells run inside one test per role and state, each in a savepoint rolled back afterwards, so
every action starts from the same tree.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import translate_object

from cms.translation.roles import EDITORS, MODERATORS, TRANSLATORS, ensure_roles
from tests.factories import StandardPageFactory, WorkingGroupIndexPageFactory, WorkingGroupPageFactory
from tests.security.test_uploads import png_bytes
from tests.translation.conftest import translation_for
from tests.translation.test_sync_and_fields import put

pytestmark = pytest.mark.django_db

DOCS = Path(django_settings.BASE_DIR) / "docs" / "translation.md"
ROLES = {"editor": EDITORS, "translator": TRANSLATORS, "moderator": MODERATORS, "superuser": None}
COLUMNS = ["editor", "translator", "moderator", "superuser"]  # the table's columns, in order
LANGUAGES = {"English": "en", "Spanish": "es"}
ONLY_LIVE = "†"  # in the table: only while the English page is live (published)


def documented_matrix():
    """{(role, action): {(language, state), ...}} from the table in docs/translation.md."""
    matrix = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        row = re.match(r"\|\s*[^|]*\(`(\w+)`\)\s*\|(.*)\|\s*$", line)
        if not row:
            continue
        action, cells = row.group(1), [cell.strip() for cell in row.group(2).split("|")]
        assert len(cells) == len(COLUMNS), line
        for role, cell in zip(COLUMNS, cells, strict=True):
            allowed = set()
            for word, code in LANGUAGES.items():
                found = re.search(word + r"(†)?", cell)
                if found:
                    allowed.add((code, "live"))
                    if not found.group(1):
                        allowed.add((code, "draft"))
            matrix[(role, action)] = allowed
    return matrix


MATRIX = documented_matrix()


# --- the tree -------------------------------------------------------------------------------------

@pytest.fixture
def tree(homes, request):
    """English and Spanish pages in one state: "live" (English published, Spanish translation published)
    or "draft" (English never published; its Spanish translation a draft, as made before the policy)."""
    state = request.param
    es = Locale.objects.get(language_code="es")
    live = state == "live"

    def english(**kwargs):
        page = StandardPageFactory(parent=homes["en"], live=False, **kwargs)
        revision = page.save_revision()
        if live:
            revision.publish()
        return Page.objects.get(pk=page.pk).specific

    about = english(title="About the VPI", slug="about", intro="Who we are.")
    contact = english(title="Contact", slug="contact", intro="Write to us.")  # never translated
    archive = StandardPageFactory(parent=homes["en"], title="Archive", slug="archive")
    archive_es = StandardPageFactory(parent=homes["es"], title="Archivo", slug="archivo", locale=es)

    index = WorkingGroupIndexPageFactory(parent=homes["en"])
    translate_object(index, [es])
    index.get_translation(es).get_latest_revision().publish()
    profile = WorkingGroupPageFactory(parent=index, title="Chile working group", slug="chile", live=False)
    profile_revision = profile.save_revision()
    if live:
        profile_revision.publish()

    translate_object(about, [es])
    translate_object(profile, [es])
    if live:
        for page in (about, profile):
            page.get_translation(es).get_latest_revision().publish()
    ensure_roles()

    def pages(page):
        return {"en": Page.objects.get(pk=page.pk).specific, "es": page.get_translation(es).specific}

    return {"state": state, "about": pages(about), "profile": pages(profile), "contact": contact,
            "archive": {"en": archive, "es": archive_es}, "homes": homes}


@pytest.fixture
def users(django_user_model):
    result = {}
    for role, group in ROLES.items():
        if group is None:
            result[role] = django_user_model.objects.create_superuser(role, f"{role}@example.org", "x-long-pass-1")
        else:
            result[role] = django_user_model.objects.create_user(role, f"{role}@example.org", "x-long-pass-1")
    return result


def join_groups(users):
    for role, group in ROLES.items():
        if group:
            users[role].groups.add(Group.objects.get(name=group))


def fresh(page):
    return Page.objects.filter(pk=page.pk).first()


# --- the actions: each does the real request and returns a check of its effect -------------------
# (checked after the on-commit callbacks have run: wagtail-localize publishes on commit)

def standard_page_data(title, slug, **extra):
    data = nested_form_data({"title": title, "slug": slug, "intro": "Text.", "body": streamfield([]),
                             "comments": inline_formset([])})
    data.update(extra)
    return data


def do_add(client, tree, lang):
    parent = tree["about"][lang]
    client.post(reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk]),
                standard_page_data("New page", "new-page"))
    return lambda: Page.objects.filter(slug="new-page", locale=parent.locale).exists()


def do_edit(client, tree, lang):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree["about"][lang].pk]))
    return lambda: response.status_code == 200


def do_publish(client, tree, lang):
    page = tree["about"][lang]
    before = page.live_revision_id
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if lang == "en":
        data = standard_page_data("About the VPI (new)", page.slug, **{"action-publish": "action-publish"})
    else:
        data = {"action": "publish"}  # wagtail-localize's translation editor
    client.post(url, data)
    return lambda: fresh(page).live and fresh(page).live_revision_id != before


def do_unpublish(client, tree, lang):
    page = tree["about"][lang]
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return lambda: page.live and not fresh(page).live


def do_delete(client, tree, lang):
    page = tree["about"][lang]
    client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return lambda: fresh(page) is None


def do_move(client, tree, lang):
    page, destination = tree["about"][lang], tree["archive"][lang]
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    return lambda: fresh(page).get_parent().pk == destination.pk


def do_copy(client, tree, lang):
    page = tree["about"][lang]
    client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]),
                {"new_title": "Copy", "new_slug": "about-copy", "new_parent_page": page.get_parent().pk})
    return lambda: Page.objects.filter(slug="about-copy").exists()


def do_privacy(client, tree, lang):
    page = tree["about"][lang]
    client.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": "login"})
    return lambda: PageViewRestriction.objects.filter(page=page).exists()


def do_alias(client, tree, lang):
    page = tree["about"][lang]
    client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    return lambda: fresh(page).alias_of_id is not None


def do_submit(client, tree, lang):
    page = tree["contact"]
    client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                {"locales": [Locale.objects.get(language_code="es").pk]})
    return lambda: Page.objects.filter(translation_key=page.translation_key, locale__language_code="es").exists()


def _sync(client, tree, **extra):
    source = TranslationSource.objects.get(object_id=tree["about"]["en"].translation_key)
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), extra)
    return source


def do_sync(client, tree, lang):
    source = TranslationSource.objects.get(object_id=tree["about"]["en"].translation_key)
    before = source.last_updated_at
    _sync(client, tree)
    return lambda: TranslationSource.objects.get(pk=source.pk).last_updated_at != before


def do_sync_publish(client, tree, lang):
    spanish = tree["about"]["es"]
    _sync(client, tree, publish_translations="on")
    return lambda: fresh(spanish).live and fresh(spanish).live_revision_id != spanish.live_revision_id


def do_translate(client, tree, lang):
    translation = translation_for(tree["about"]["en"])
    segment = StringSegment.objects.filter(source=translation.source, string__data="Who we are.").get()
    put(client, reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "Quiénes somos.")
    return lambda: StringTranslation.objects.filter(data="Quiénes somos.").exists()


def do_po_upload(client, tree, lang):
    translation = translation_for(tree["about"]["en"])
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "Who we are.":
            entry.msgstr = "Quiénes somos (PO)."
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
                {"file": SimpleUploadedFile("about-es.po", str(po).encode("utf-8"))})
    return lambda: StringTranslation.objects.filter(data="Quiénes somos (PO).").exists()


def do_embed(client, tree, lang):
    page = tree["profile"][lang]
    response = client.get(reverse("workinggroups_embed_admin", args=[page.pk]))
    return lambda: response.status_code == 200 and page.title.encode() in response.content


ACTIONS = {name[3:]: function for name, function in list(globals().items()) if name.startswith("do_")}
ONLY_ON = {"submit": {"en"}, "sync": {"en"}, "sync_publish": {"en"}, "alias": {"es"}, "translate": {"es"},
           "po_upload": {"es"}}
READ_ONLY = {"edit", "embed"}


def snapshot(tree):
    """Everything a refused action must leave alone: the pages, revisions, translations and strings."""
    keys = {tree["about"]["en"].translation_key, tree["contact"].translation_key,
            tree["profile"]["en"].translation_key}
    pages = list(Page.objects.filter(translation_key__in=keys).order_by("pk").values())
    revisions = list(Revision.objects.filter(object_id__in=[str(p["id"]) for p in pages]).order_by("pk")
                     .values_list("pk", "content"))
    return {
        "pages": pages,
        "page_count": Page.objects.count(),
        "revisions": revisions,
        "restrictions": PageViewRestriction.objects.count(),
        "strings": list(StringTranslation.objects.order_by("pk").values_list("pk", "data")),
        "sources": list(TranslationSource.objects.order_by("pk").values_list("pk", "last_updated_at")),
    }


def run_cell(client, tree, action, lang, capture):
    with transaction.atomic():
        before = snapshot(tree)
        with capture(execute=True):  # wagtail-localize publishes on commit
            effect = ACTIONS[action](client, tree, lang)
        done = effect()
        after = snapshot(tree)
        transaction.set_rollback(True)
    cache.clear()
    return done, before, after


@pytest.mark.parametrize("tree", ["live", "draft"], indirect=True)
@pytest.mark.parametrize("role", COLUMNS)
def test_matrix(role, tree, users, client, django_capture_on_commit_callbacks):
    join_groups(users)
    client.force_login(users[role])
    state = tree["state"]
    wrong = []
    for action in ACTIONS:
        for lang in sorted(ONLY_ON.get(action, {"en", "es"})):
            done, before, after = run_cell(client, tree, action, lang, django_capture_on_commit_callbacks)
            expected = (lang, state) in MATRIX[(role, action)]
            if done is not expected:
                wrong.append(f"{role} {'could not' if expected else 'could'} {action} ({lang}, {state})")
            elif not done and action not in READ_ONLY and before != after:
                wrong.append(f"{role}'s refused {action} ({lang}, {state}) changed the database")
    assert not wrong, "\n".join(wrong)


def test_docs_table_covers_every_action_and_role():
    assert {action for _role, action in MATRIX} == set(ACTIONS)
    assert {role for role, _action in MATRIX} == set(COLUMNS)


@pytest.mark.parametrize("tree", ["live"], indirect=True)
def test_anonymous_does_nothing(tree, client, django_capture_on_commit_callbacks):
    for action in ACTIONS:
        for lang in sorted(ONLY_ON.get(action, {"en", "es"})):
            done, before, after = run_cell(client, tree, action, lang, django_capture_on_commit_callbacks)
            assert not done, f"anonymous could {action} ({lang})"
            assert before == after
    response = client.get(reverse("wagtailadmin_pages:edit", args=[tree["about"]["en"].pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


UPLOADS = {"anonymous": False, "editor": True, "translator": False, "moderator": True, "superuser": True}


@pytest.mark.parametrize("role", list(UPLOADS))
def test_uploads(role, homes, users, client, settings, tmp_path):
    ensure_roles()
    join_groups(users)
    settings.MEDIA_ROOT = tmp_path
    if role != "anonymous":
        client.force_login(users[role])
    client.post("/admin/images/add/", {"title": "logo", "file": SimpleUploadedFile("logo.png", png_bytes())})
    client.post("/admin/documents/add/",
                {"title": "report", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4\n% ok\n")})
    assert get_image_model().objects.filter(title="logo").exists() is UPLOADS[role]
    assert get_document_model().objects.filter(title="report").exists() is UPLOADS[role]
