"""Admin sign-in: django-axes locks a username from one address after AXES_FAILURE_LIMIT failures,
on Wagtail's own sign-in page with a clear message; other addresses and force_login are unaffected."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
GOOD = {"username": "root", "password": "correct-horse-battery-9"}
BAD = {"username": "root", "password": "wrong-password-123"}


def fail(client, times, address="10.0.0.1"):
    """`times` failed attempts; the one that reaches AXES_FAILURE_LIMIT is answered with the lockout."""
    from django.conf import settings

    for attempt in range(1, times + 1):
        response = client.post(LOGIN, BAD, REMOTE_ADDR=address)
        expected = 429 if attempt >= settings.AXES_FAILURE_LIMIT else 200  # 200: Wagtail's form error
        assert response.status_code == expected


def test_wagtail_login_works(client, superuser):
    response = client.post(LOGIN, GOOD, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_lockout_after_failures_with_clear_message(client, superuser, settings):
    fail(client, settings.AXES_FAILURE_LIMIT - 1)
    response = client.post(LOGIN, BAD, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    # Even the right password is refused while locked out.
    response = client.post(LOGIN, GOOD, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()
    html = response.content.decode()
    assert "Too many failed sign-in attempts" in html
    assert "Try again in 15 minutes" in html
    assert 'name="username"' in html  # still Wagtail's sign-in page
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_username_and_address(client, superuser, settings, django_user_model):
    django_user_model.objects.create_user("editor", password="another-long-password-7")
    fail(client, settings.AXES_FAILURE_LIMIT)
    # The same user from another address, and another user from the same address, may sign in.
    assert client.post(LOGIN, GOOD, REMOTE_ADDR="10.0.0.2").status_code == 302
    client.logout()
    other = {"username": "editor", "password": "another-long-password-7"}
    assert client.post(LOGIN, other, REMOTE_ADDR="10.0.0.1").status_code == 302


def test_cool_off_ends_the_lockout(client, superuser, settings):
    from axes.models import AccessAttempt

    fail(client, settings.AXES_FAILURE_LIMIT)
    assert client.post(LOGIN, GOOD, REMOTE_ADDR="10.0.0.1").status_code == 429
    long_ago = AccessAttempt.objects.first().attempt_time - settings.AXES_COOLOFF_TIME * 2
    AccessAttempt.objects.update(attempt_time=long_ago)
    assert client.post(LOGIN, GOOD, REMOTE_ADDR="10.0.0.1").status_code == 302


def test_force_login_is_not_affected(client, superuser, settings):
    fail(client, settings.AXES_FAILURE_LIMIT)
    client.force_login(superuser)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("password", ["short-pw1", "password1234", "123456789012345", "rootroot1234"])
def test_weak_passwords_are_refused(password, django_user_model):
    user = django_user_model(username="rootroot1234")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_strong_password_is_accepted(django_user_model):
    validate_password("mauve-kettle-orbit-41", django_user_model(username="someone"))
