"""Roles: who may edit and publish what, in English and in Spanish, and the release approval workflow."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow

from cms.translation.roles import EDITORS, MODERATORS, RELEASE_WORKFLOW, TRANSLATORS, ensure_roles

pytestmark = pytest.mark.django_db

# (group fixture, page key, can edit, can publish). Editors publish English pages but not releases,
# which go live through the moderators' approval.
MATRIX = [
    ("editor", "release", True, False),
    ("editor", "groups", True, True),
    ("editor", "release_es", False, False),
    ("editor", "home_es", False, False),
    ("translator", "release", False, False),
    ("translator", "groups", False, False),
    ("translator", "home", False, False),
    ("translator", "release_es", True, True),
    ("translator", "home_es", True, True),
    ("moderator", "release", True, True),
    ("moderator", "release_es", True, True),
    ("moderator", "home", True, True),
]


@pytest.mark.parametrize(("who", "where", "can_edit", "can_publish"), MATRIX)
def test_permission_matrix(request, tree, release_es, who, where, can_edit, can_publish):
    user = request.getfixturevalue(who)
    page = release_es if where == "release_es" else tree[where]
    perms = page.permissions_for_user(user)
    assert perms.can_edit() is can_edit
    assert perms.can_publish() is can_publish


@pytest.mark.parametrize(("who", "where", "allowed"), [
    ("translator", "release", False), ("translator", "release_es", True),
    ("editor", "release", True), ("editor", "release_es", False),
])
def test_edit_view(client, request, tree, release_es, who, where, allowed):
    client.force_login(request.getfixturevalue(who))
    page = release_es if where == "release_es" else tree[where]
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert reverse("wagtailadmin_pages:edit", args=[page.pk]) not in response.headers["Location"]


def test_translator_cannot_change_or_publish_english(client, tree, translator):
    release = tree["release"]
    client.force_login(translator)
    url = reverse("wagtailadmin_pages:edit", args=[release.pk])
    response = client.post(url, {"title": "Hacked", "slug": "chile", "summary": "x", "publication_date": "2024-09-05",
                                 "kind": "release", "body-count": "0", "action-publish": "action-publish"})
    assert response.status_code in (302, 403)
    release.refresh_from_db()
    assert release.title == "Chile launches its working group"
    assert not release.revisions.filter(content__title="Hacked").exists()
    # Nor through the unpublish view or the translation submitter.
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[release.pk])).status_code in (302, 403)
    assert Page.objects.get(pk=release.pk).live
    assert client.get(reverse("wagtail_localize:submit_page_translation", args=[release.pk])).status_code in (302,
                                                                                                              403)


def test_translator_publishes_spanish_in_translation_editor(client, release_es, translator,
                                                           django_capture_on_commit_callbacks):
    assert not release_es.live
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(reverse("wagtailadmin_pages:edit", args=[release_es.pk]), {"action": "publish"})
    assert response.status_code == 302
    assert Page.objects.get(pk=release_es.pk).live


def test_editor_cannot_publish_spanish_in_translation_editor(client, release_es, editor,
                                                            django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[release_es.pk]), {"action": "publish"})
    assert response.status_code in (302, 403)
    assert not Page.objects.get(pk=release_es.pk).live


def test_release_needs_moderator_approval(tree, editor, moderator):
    release = tree["release"]
    workflow = release.get_workflow()
    assert workflow is not None and workflow.name == RELEASE_WORKFLOW
    release.title = "Chile: updated"
    revision = release.save_revision(user=editor)
    workflow_state = workflow.start(release, editor)
    task_state = workflow_state.current_task_state
    # The editor is not in the approving group: no approve action for them.
    assert task_state.task.specific.get_actions(release, editor) == []
    assert Page.objects.get(pk=release.pk).title == "Chile launches its working group"
    actions = [name for name, *_rest in task_state.task.specific.get_actions(release, moderator)]
    assert "approve" in actions
    task_state.task.specific.on_action(task_state, moderator, "approve")
    release = Page.objects.get(pk=release.pk)
    assert release.title == "Chile: updated"
    assert release.live_revision_id == revision.pk


def test_translations_have_no_release_workflow(release_es, tree):
    """Spanish releases are published by translators in the translation editor, which bypasses workflows."""
    workflow = release_es.get_workflow()
    assert workflow is None or workflow.name != RELEASE_WORKFLOW


def test_setup_roles_is_idempotent_and_repairs(tree):
    call_command("setup_roles")
    counts = {g.name: (g.page_permissions.count(), g.permissions.count()) for g in Group.objects.all()}
    editors = Group.objects.get(name=EDITORS)
    GroupPagePermission.objects.create(group=editors, page=tree["home_es"], permission_type="change")
    call_command("setup_roles")
    assert {g.name: (g.page_permissions.count(), g.permissions.count()) for g in Group.objects.all()} == counts
    assert not editors.page_permissions.filter(page=tree["home_es"]).exists()
    assert Workflow.objects.filter(name=RELEASE_WORKFLOW).count() == 1
    assert {TRANSLATORS, MODERATORS, EDITORS} <= set(counts)


def test_wagtail_default_editor_rights_on_root_removed(tree):
    ensure_roles()
    root = Page.get_first_root_node()
    assert not GroupPagePermission.objects.filter(group__name=EDITORS, page=root).exists()
    assert not GroupPagePermission.objects.filter(group__name=TRANSLATORS, page=root).exists()


def test_new_english_section_gets_editors_publish_permission(tree, editor):
    from cms.translation.wagtail_hooks import grant_roles_on_new_section
    from tests.factories import StandardPageFactory

    about = StandardPageFactory(parent=tree["home"], slug="about")
    assert not about.permissions_for_user(editor).can_publish()
    grant_roles_on_new_section(None, about)  # Wagtail calls this after a page is created in the admin
    fresh = type(editor).objects.get(pk=editor.pk)  # page permissions are cached on the user object
    assert Page.objects.get(pk=about.pk).permissions_for_user(fresh).can_publish()


def test_translator_cannot_edit_snippets(client, translator):
    from tests.factories import TopicFactory

    topic = TopicFactory(name="Governance")
    client.force_login(translator)
    response = client.post(reverse("wagtailsnippets_cms_topic:edit", args=[topic.pk]),
                           {"name": "Hacked", "slug": topic.slug, "description": ""})
    assert response.status_code in (302, 403)
    topic.refresh_from_db()
    assert topic.name == "Governance"


def test_editor_submits_for_translation_and_lands_on_english_section(client, tree, editor, locale_es):
    groups = tree["groups"]
    client.force_login(editor)
    response = client.post(reverse("wagtail_localize:submit_page_translation", args=[groups.pk]),
                           {"locales": [locale_es.pk]})
    assert response.status_code == 302
    assert response.headers["Location"] == reverse("wagtailadmin_explore", args=[tree["home"].pk])
    spanish = Page.objects.get(translation_key=groups.translation_key, locale=locale_es)
    assert not spanish.live  # a draft until a translator publishes it: no English text live under /es/
    assert spanish.alias_of_id is None
