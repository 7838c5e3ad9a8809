"""Fixtures for the translation suite: an English tree, its Spanish translations and role users."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from cms.translation.roles import EDITORS, MODERATORS, TRANSLATORS, ensure_roles
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory, WorkingGroupIndexPageFactory

PASSWORD = "translator-pass-123"


def translate(page, language_code="es", publish=False):
    """Submit `page` for translation the way the admin's "Translate this page" does; return the target."""
    locale = Locale.objects.get(language_code=language_code)
    translate_object(page.specific, [locale])
    target = page.get_translation(locale).specific
    if publish:
        target.get_latest_revision().publish()
        target = Page.objects.get(pk=target.pk).specific
    return target


def translation_for(page, language_code="es"):
    return Translation.objects.get(source__object_id=page.translation_key,
                                   target_locale__language_code=language_code)


@pytest.fixture
def tree(homes):
    """English home -> news index -> release, working-group directory; the news index translated."""
    news = NewsIndexPageFactory(parent=homes["en"], title="News", slug="news")
    groups = WorkingGroupIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=news, title="Chile launches its working group", slug="chile",
                                     summary="A new group in Chile.", dateline="Santiago, Chile")
    news_es = translate(news, publish=True)
    return {"home": homes["en"], "home_es": homes["es"], "news": news, "news_es": news_es, "groups": groups,
            "release": release}


@pytest.fixture
def release_es(tree):
    """The release submitted for translation into Spanish (a draft, as the admin leaves it)."""
    return translate(tree["release"])


@pytest.fixture
def roles(tree):
    return ensure_roles()


def make_user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, email=f"{username}@example.org",
                                                 password=PASSWORD)
    user.groups.add(group)
    return user


@pytest.fixture
def editor(roles, django_user_model):
    return make_user(django_user_model, "editor", roles[EDITORS])


@pytest.fixture
def translator(roles, django_user_model):
    return make_user(django_user_model, "translator", roles[TRANSLATORS])


@pytest.fixture
def moderator(roles, django_user_model):
    return make_user(django_user_model, "moderator", roles[MODERATORS])
