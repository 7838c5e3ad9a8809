"""Fixtures for the security tests: a superuser client and a throwaway MEDIA_ROOT."""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "correct-horse-battery-9")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
