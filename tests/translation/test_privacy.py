"""Privacy follows content across languages: making an English page private restricts its
Spanish translation too (it stayed public), in either direction, with its groups; removing the
restriction removes it everywhere; a translation published later takes its source's restriction."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.translation.conftest import translate

pytestmark = pytest.mark.django_db


def restriction_of(page):
    return PageViewRestriction.objects.filter(page=page).first()


def test_making_the_english_page_private_restricts_its_translation(client, tree):
    news, news_es = tree["news"], tree["news_es"]
    assert client.get(news_es.url).status_code == 200
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert restriction_of(news_es).restriction_type == PageViewRestriction.LOGIN
    assert client.get(news_es.url).status_code == 302  # to the sign-in page
    assert client.get(f"/api/v2/pages/{news_es.pk}/").status_code == 404
    restriction_of(news).delete()
    assert restriction_of(news_es) is None
    assert client.get(news_es.url).status_code == 200


def test_groups_and_the_other_direction(tree):
    news, news_es = tree["news"], tree["news_es"]
    restriction = PageViewRestriction.objects.create(page=news_es, restriction_type=PageViewRestriction.GROUPS)
    board = Group.objects.create(name="Board")
    restriction.groups.add(board)
    mirrored = restriction_of(news)
    assert mirrored.restriction_type == PageViewRestriction.GROUPS
    assert list(mirrored.groups.all()) == [board]


def test_a_translation_published_later_takes_the_restriction(tree):
    release = tree["release"]
    PageViewRestriction.objects.create(page=release, restriction_type=PageViewRestriction.PASSWORD,
                                       password="s3cret-words")
    release_es = translate(release, publish=True)
    restriction = restriction_of(release_es)
    assert restriction.restriction_type == PageViewRestriction.PASSWORD and restriction.password == "s3cret-words"
