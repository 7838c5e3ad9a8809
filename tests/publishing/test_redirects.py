"""Changed slugs and moved pages leave redirects (Wagtail's redirects app), in both languages."""

import pytest

from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory, translate

pytestmark = pytest.mark.django_db


def redirects_to(client, old, new):
    response = client.get(old)
    assert response.status_code in (301, 302), old
    assert response["Location"].endswith(new), (old, response["Location"])
    assert client.get(new).status_code == 200, new


def test_changed_slugs_leave_redirects_in_both_languages(client, tree, django_capture_on_commit_callbacks):
    release = NewsReleasePageFactory(parent=tree["news"], title="Plenary", slug="plenary")
    spanish = translate(release, tree["es"], title="Plenaria", slug="plenaria")
    for page, slug in ((release, "first-plenary"), (spanish, "primera-plenaria")):
        page.refresh_from_db()
        page.slug = slug
        with django_capture_on_commit_callbacks(execute=True):  # Wagtail signals slug changes on commit
            page.save_revision().publish()
    redirects_to(client, "/en/news/plenary/", "/en/news/first-plenary/")
    redirects_to(client, "/es/noticias/plenaria/", "/es/noticias/primera-plenaria/")


def test_moved_pages_leave_redirects_in_both_languages(client, tree, django_capture_on_commit_callbacks):
    release = NewsReleasePageFactory(parent=tree["news"], title="Archive me", slug="archive-me")
    spanish = translate(release, tree["es"], title="Archívame", slug="archivame")
    archive = NewsIndexPageFactory(parent=tree["en_home"], title="Archive", slug="archive")
    archive_es = translate(archive, tree["es"], title="Archivo", slug="archivo")
    with django_capture_on_commit_callbacks(execute=True):
        release.move(archive, pos="last-child")
    spanish.refresh_from_db()
    if spanish.get_parent().pk != archive_es.pk:  # wagtail-localize may already have moved it
        with django_capture_on_commit_callbacks(execute=True):
            spanish.move(archive_es, pos="last-child")
    redirects_to(client, "/en/news/archive-me/", "/en/archive/archive-me/")
    redirects_to(client, "/es/noticias/archivame/", "/es/archivo/archivame/")
