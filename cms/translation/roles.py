"""The three editorial roles (Editors, Translators, Moderators) and the release-approval workflow.

`ensure_roles()` is idempotent and is run by `manage.py setup_roles` (the Makefile's `demo` target
runs it after `load_demo`). Page permissions are tree permissions on the locale home pages, so
"English only" and "Spanish only" follow from where they are granted. See docs/translation.md.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.publishing.visibility import not_aliases

EDITORS = "Editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"

RELEASE_WORKFLOW = "Release approval"
RELEASE_TASK = "Moderator approval"

# Model permissions (app_label.codename) per group. Snippets (topics, organisations) have no
# per-locale permissions in Wagtail, so Translators get none: Editors translate those few texts.
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
        "wagtaildocs.add_document", "wagtaildocs.change_document", "wagtaildocs.choose_document",
        "cms.add_topic", "cms.change_topic", "cms.add_organisation", "cms.change_organisation",
        "cms.change_sitefooter",
    ],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtailimages.choose_image",  # to swap an overridable image for a Spanish one
        "wagtaildocs.choose_document",
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image",
        "wagtailimages.delete_image",
        "wagtaildocs.add_document", "wagtaildocs.change_document", "wagtaildocs.choose_document",
        "wagtaildocs.delete_document",
        "cms.add_topic", "cms.change_topic", "cms.delete_topic",
        "cms.add_organisation", "cms.change_organisation", "cms.delete_organisation",
        "cms.add_sitefooter", "cms.change_sitefooter",
    ],
}

# Page permission actions, granted on a subtree.
EDITOR_TREE_ACTIONS = ["add", "change", "lock", "unlock"]   # on the default-locale home
EDITOR_PUBLISH_ACTIONS = ["publish"]                         # on its sections, except the news index
TRANSLATOR_TREE_ACTIONS = ["change", "publish", "lock", "unlock"]  # on every other locale's home
MODERATOR_TREE_ACTIONS = ["add", "change", "publish", "lock", "unlock", "delete"]  # on the root


def _permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def _set_page_permissions(group, grants):
    """Make the group's page permissions exactly `grants`: [(page, action), ...]."""
    wanted = {(page.pk, _page_permission(action).pk) for page, action in grants}
    existing = {(gpp.page_id, gpp.permission_id): gpp for gpp in GroupPagePermission.objects.filter(group=group)}
    for key, gpp in existing.items():
        if key not in wanted:
            gpp.delete()
    for page_id, permission_id in wanted - existing.keys():
        GroupPagePermission.objects.create(group=group, page_id=page_id, permission_id=permission_id)


def locale_homes():
    """{language_code: home page} for the locale roots (depth 2), aliases excluded."""
    homes = not_aliases(Page.objects.filter(depth=2)).select_related("locale")
    return {page.locale.language_code: page for page in homes}


def _news_index_model():
    from django.apps import apps

    return apps.get_model("news", "NewsIndexPage")


def ensure_release_workflow(moderators):
    """The "Release approval" workflow (one Moderators' approval task) on each default-locale news index.

    Editors cannot publish releases (no publish permission on the news index), so a release goes
    live only when a moderator approves it. Returns the workflow.
    """
    task = GroupApprovalTask.objects.filter(name=RELEASE_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=RELEASE_TASK)
    task.groups.set([moderators])
    workflow, _created = Workflow.objects.get_or_create(name=RELEASE_WORKFLOW)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    # WorkflowTask directly: workflow.workflow_tasks is a modelcluster manager that only saves with the workflow.
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    default_locale = Locale.get_default()
    for news_index in not_aliases(_news_index_model().objects.filter(locale=default_locale)):
        WorkflowPage.objects.update_or_create(page=news_index, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def ensure_roles():
    """Create or repair the three groups, their permissions and the release workflow. Idempotent.

    Returns {group name: Group}. Permissions the groups had that are not listed here are removed
    (Wagtail's initial migration gives Editors add/change on the root, i.e. on every language).
    """
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (EDITORS, TRANSLATORS, MODERATORS)}
    for name, group in groups.items():
        group.permissions.set([_permission(perm) for perm in MODEL_PERMISSIONS[name]])

    default_code = Locale.get_default().language_code
    homes = locale_homes()
    root = Page.get_first_root_node()

    editor_grants = []
    translator_grants = []
    english_home = homes.get(default_code)
    if english_home is not None:
        editor_grants += [(english_home, action) for action in EDITOR_TREE_ACTIONS]
        news_model = _news_index_model()
        for section in english_home.get_children().specific(defer=True):
            if not isinstance(section, news_model):
                editor_grants += [(section, action) for action in EDITOR_PUBLISH_ACTIONS]
    for code, home in homes.items():
        if code != default_code:
            translator_grants += [(home, action) for action in TRANSLATOR_TREE_ACTIONS]
    moderator_grants = [(root, action) for action in MODERATOR_TREE_ACTIONS] if root else []

    _set_page_permissions(groups[EDITORS], editor_grants)
    _set_page_permissions(groups[TRANSLATORS], translator_grants)
    _set_page_permissions(groups[MODERATORS], moderator_grants)

    ensure_release_workflow(groups[MODERATORS])
    return groups
