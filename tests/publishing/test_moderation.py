"""A Moderator reviewing a release with a go-live time reads when it will go live."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from cms.translation.roles import EDITORS, MODERATORS, RELEASE_WORKFLOW, ensure_roles
from tests.factories import NewsReleasePageFactory

pytestmark = pytest.mark.django_db


def test_moderator_sees_when_a_scheduled_release_goes_live(client, tree, django_user_model):
    from wagtail.models import Workflow

    ensure_roles()
    editor = django_user_model.objects.create_user("editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    moderator = django_user_model.objects.create_user("moderator", password="x" * 12)
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    go_live = timezone.now() + datetime.timedelta(days=2)
    release = NewsReleasePageFactory(parent=tree["news"], title="Release for Friday", live=False, go_live_at=go_live)
    release.save_revision(user=editor)
    Workflow.objects.get(name=RELEASE_WORKFLOW).start(release, editor)

    client.force_login(moderator)
    html = client.get(f"/admin/pages/{release.pk}/edit/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Una vez aprobada, esta página se publicará el" in html
    # Not for a release without a go-live time, nor for someone who cannot approve it.
    client.force_login(editor)
    html = client.get(f"/admin/pages/{release.pk}/edit/").content.decode()
    assert "Once approved, this page goes live" not in html
