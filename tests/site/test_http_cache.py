"""The public cache policy (settings.PUBLIC_CACHE_CONTROL for anonymous page views, never for
the admin, previews, logged-in users or restricted pages) and frontend-cache purges on publish."""

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from tests.site import fake_cache

pytestmark = pytest.mark.django_db
FAKE_CACHE = {"fake": {"BACKEND": "tests.site.fake_cache.FakeBackend"}}


@pytest.mark.parametrize("key", ["news", "launch", "groups", "chile", "library", "toolkit", "news_es"])
def test_public_pages_get_the_public_policy(client, site_tree, key):
    response = client.get(site_tree[key].url)
    assert response.status_code == 200
    assert response["Cache-Control"] == settings.PUBLIC_CACHE_CONTROL
    assert "s-maxage" in response["Cache-Control"] and "stale-while-revalidate" in response["Cache-Control"]
    assert "Accept-Language" not in response.get("Vary", "")  # the language is in the path


def test_feeds_and_sitemap_are_public(client, site_tree):
    for url in ("/en/feeds/news.rss", "/sitemap.xml", "/sitemap-en.xml", "/robots.txt"):
        assert client.get(url)["Cache-Control"] == settings.PUBLIC_CACHE_CONTROL, url


def test_logged_in_users_are_never_cached(client, site_tree, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    client.force_login(user)
    cache_control = client.get(site_tree["news"].url)["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control and "s-maxage" not in cache_control


def test_admin_and_previews_are_never_public(client, site_tree, django_user_model):
    assert "public" not in client.get("/admin/login/").get("Cache-Control", "")
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    client.force_login(user)
    preview = client.get(f"/admin/pages/{site_tree['launch'].pk}/view_draft/")
    assert preview.status_code == 200
    assert "public" not in preview.get("Cache-Control", "")


def test_restricted_pages_and_errors_are_not_public(client, site_tree):
    PageViewRestriction.objects.create(page=site_tree["peru"], restriction_type=PageViewRestriction.PASSWORD,
                                       password="secret")
    assert "public" not in client.get(site_tree["peru"].url).get("Cache-Control", "")
    not_found = client.get("/en/missing/")
    assert not_found.status_code == 404 and "public" not in not_found.get("Cache-Control", "")


def test_publish_purges_the_page_and_its_listings(site_tree, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = FAKE_CACHE
    fake_cache.PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        site_tree["launch"].save_revision().publish()
    purged = set(fake_cache.PURGED)
    assert "http://localhost/en/news/chile-launch/" in purged  # Wagtail's own purge of the page
    assert {"http://localhost/en/news/", "http://localhost/en/", "http://localhost/en/working-groups/chile/",
            "http://localhost/en/feeds/news.rss", "http://localhost/en/feeds/news.atom",
            "http://localhost/en/feeds/working-groups/chile.rss", "http://localhost/sitemap.xml",
            "http://localhost/sitemap-en.xml"} <= purged
    assert not any("/es/news/" in url for url in purged)  # no guessed URLs in other languages


def test_unpublish_purges_too(site_tree, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = FAKE_CACHE
    fake_cache.PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        site_tree["launch_es"].unpublish()
    assert {"http://localhost/es/noticias/lanzamiento/", "http://localhost/es/noticias/",
            "http://localhost/es/feeds/news.rss"} <= set(fake_cache.PURGED)


def test_no_purge_without_configuration(site_tree, settings):
    fake_cache.PURGED.clear()
    site_tree["launch"].save_revision().publish()
    assert fake_cache.PURGED == []
