"""The response cache (cms/publishing/caching.py): warm anonymous GETs skip the ORM and the view,
replay the stored headers with validators, never mix editors' and visitors' pages, and every
change a page shows makes the next anonymous request see it."""

import pytest
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.content.footer import SiteFooter
from cms.publishing import caching as response_cache
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def queries(client, url, **headers):
    """(response, number of SQL queries) of one GET."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    return response, len(captured)


@pytest.mark.parametrize("key", ["home", "news", "launch", "groups", "chile", "library", "news_es"])
def test_warm_pages_need_no_query_and_replay_the_headers(client, site_tree, key, django_assert_num_queries):
    url = "/en/" if key == "home" else site_tree[key].url
    cold = client.get(url)
    assert cold.status_code == 200
    with django_assert_num_queries(0):
        warm = client.get(url)
    assert warm.content == cold.content
    assert dict(warm.items()) == dict(cold.items())  # CSP, X-Frame-Options, Content-Language, Vary...
    assert warm["Cache-Control"] == settings.PUBLIC_CACHE_CONTROL
    assert "Content-Security-Policy" in warm and warm["X-Frame-Options"] == "DENY"
    # Nothing inside the cache ran: no session, no user, no view.
    assert not hasattr(warm.wsgi_request, "session") and not hasattr(warm.wsgi_request, "user")


def test_html_has_validators_and_answers_conditional_requests(client, site_tree, django_assert_num_queries):
    url = site_tree["launch"].url
    first = client.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    with django_assert_num_queries(0):
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=etag)
        since = client.get(url, HTTP_IF_MODIFIED_SINCE=modified)
        head = client.head(url)
    assert not_modified.status_code == 304 and not not_modified.content and not_modified["ETag"] == etag
    assert not_modified["Cache-Control"] == settings.PUBLIC_CACHE_CONTROL
    assert since.status_code == 304
    assert head.status_code == 200 and head["ETag"] == etag and not head.content
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_head_is_not_stored_but_answered_from_get(client, site_tree):
    url = site_tree["launch"].url
    head, count = queries(client, url, REQUEST_METHOD="HEAD")
    assert client.head(url)["ETag"]
    _response, count = queries(client, url)
    assert count > 0  # HEAD stored nothing
    _response, count = queries(client, url)
    assert count == 0


def test_the_editors_page_is_never_served_to_the_public_and_vice_versa(site_tree, django_user_model):
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw-1-long-enough"))
    public = Client()
    url = site_tree["launch"].url

    edited = editor.get(url)
    assert "wagtail-userbar" in edited.text and "private" in edited["Cache-Control"]
    first, count = queries(public, url)
    assert "wagtail-userbar" not in first.text and count > 0  # the editor's request stored nothing
    again, count = queries(public, url)
    assert count == 0 and "wagtail-userbar" not in again.text
    edited_again, count = queries(editor, url)
    assert "wagtail-userbar" in edited_again.text and count > 0  # the editor never reads the cache
    assert "ETag" not in edited_again


@pytest.mark.parametrize("headers", [
    {"HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}=anything"},
    {"HTTP_COOKIE": "messages=anything"},
    {"HTTP_AUTHORIZATION": "Basic dXNlcjpwYXNz"},
])
def test_personal_requests_bypass_the_cache(site_tree, headers):
    url = site_tree["launch"].url
    client = Client()
    client.get(url)
    assert queries(client, url)[1] == 0
    _response, count = queries(Client(), url, **headers)
    assert count > 0


def test_other_cookies_do_not_bypass(client, site_tree):
    url = site_tree["launch"].url
    client.get(url)
    assert queries(Client(), url, HTTP_COOKIE="csrftoken=abc; _ga=1")[1] == 0


@pytest.mark.parametrize("url", ["/en/missing/", "/healthz", "/admin/login/"])
def test_errors_and_private_paths_are_not_stored(client, site_tree, url):
    client.get(url)
    _response, count = queries(client, url)
    assert count > 0


def test_query_string_is_normalised(client, site_tree):
    library = site_tree["library"].url
    client.get(f"{library}?type=toolkit&topic=defenders")
    assert queries(client, f"{library}?topic=defenders&type=toolkit")[1] == 0
    assert queries(client, f"{library}?topic=defenders")[1] > 0
    # Not the same request: the view reads the last value, and an encoded "&" is not a separator.
    client.get("/en/search/?q=chile&q=toolkit")
    assert queries(client, "/en/search/?q=toolkit&q=chile")[1] > 0
    client.get("/en/search/?q=chile%26type%3Dgroups")
    assert queries(client, "/en/search/?q=chile&type=groups")[1] > 0


def test_unprefixed_paths_vary_on_the_language(client, site_tree):
    english = client.get("/robots.txt", HTTP_ACCEPT_LANGUAGE="en")
    spanish, count = queries(client, "/robots.txt", HTTP_ACCEPT_LANGUAGE="es")
    assert english["Content-Language"] == "en" and spanish["Content-Language"] == "es"
    assert queries(client, "/robots.txt", HTTP_ACCEPT_LANGUAGE="es")[1] == 0


@pytest.mark.parametrize("url", [
    "/embed/working-groups/chile/", "/embed/working-groups/chile/news/?locale=es",
    "/en/feeds/news.rss", "/sitemap.xml", "/sitemap-en.xml", "/robots.txt", "/en/search/?q=chile",
])
def test_embeds_feeds_sitemaps_and_search_are_cached(client, site_tree, url, django_assert_num_queries):
    cold = client.get(url)
    assert cold.status_code == 200 and cold["ETag"]
    with django_assert_num_queries(0):
        warm = client.get(url)
    assert warm.content == cold.content and dict(warm.items()) == dict(cold.items())


def test_oembed_is_cached(client, site_tree, django_assert_num_queries):
    url = f"/api/oembed/?url=http://testserver{site_tree['chile'].url}&format=json"
    assert client.get(url).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(url).json()["type"] == "rich"


def test_api_varies_on_accept(client, site_tree):
    client.get("/api/v2/news/")
    indented, count = queries(client, "/api/v2/news/", HTTP_ACCEPT="application/json; indent=4")
    assert count > 0 and b"\n    " in indented.content
    assert queries(client, "/api/v2/news/")[1] == 0


# -- invalidation: the next anonymous request shows every change ---------------------------------

def test_footer_change_shows_at_once(client, site_tree):
    url = site_tree["news"].url
    footer = SiteFooter.objects.create(locale=site_tree["homes"]["en"].locale, contact_heading="Contact us")
    assert "Contact us" in client.get(url).text
    footer.contact_heading = "Write to us"
    footer.save()
    assert "Write to us" in client.get(url).text
    footer.delete()
    assert "Write to us" not in client.get(url).text


def test_search_promotion_shows_at_once(client, site_tree):
    url = "/en/search/?q=toolkit"
    assert "Start here." not in client.get(url).text
    promotion = SearchPromotion.objects.create(query=Query.get("toolkit"), page=site_tree["toolkit"],
                                               description="Start here.", sort_order=0)
    assert "Start here." in client.get(url).text
    promotion.delete()
    assert "Start here." not in client.get(url).text


def test_publish_unpublish_and_snippets_show_at_once(client, site_tree):
    launch, news = site_tree["launch"], site_tree["news"].url
    assert "Chile group launched" in client.get(news).text
    launch.title = "Chile group launched, updated"
    launch.save_revision().publish()
    assert "Chile group launched, updated" in client.get(news).text
    launch.unpublish()
    assert "Chile group launched" not in client.get(news).text
    assert client.get(launch.url).status_code == 404
    rights = site_tree["rights"]
    page = client.get(site_tree["toolkit"].url).text
    assert "Human rights defenders" in page
    rights.name = "Defenders of human rights"
    rights.save()
    assert "Defenders of human rights" in client.get(site_tree["toolkit"].url).text


def test_searching_does_not_invalidate(client, site_tree):
    version = response_cache.content_version()
    client.get("/en/search/?q=a-new-term")
    assert response_cache.content_version() == version


def test_renditions_do_not_invalidate(site_tree):
    image = ImageFactory()
    version = response_cache.content_version()
    image.get_rendition("width-100")
    image.get_file_hash()  # lazily filled metadata
    assert response_cache.content_version() == version
    image.title = "Renamed"
    image.save()
    assert response_cache.content_version() != version


# -- what is storable ---------------------------------------------------------------------------

def _public(**headers):
    response = HttpResponse("x")
    response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def test_only_public_cookie_free_200s_are_storable(db):
    request = RequestFactory().get("/en/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert response_cache.is_storable(request, _public())
    assert response_cache.is_storable(request, _public(Vary="Cookie, Accept-Language"))
    assert not response_cache.is_storable(request, _public(Vary="User-Agent"))
    assert not response_cache.is_storable(request, _public(Vary="Accept"))  # keyed on the API only
    assert not response_cache.is_storable(request, HttpResponse("x"))  # no Cache-Control
    assert not response_cache.is_storable(request, _public(Content_Security_Policy="script-src 'nonce-abc'"))
    for policy in ("private, max-age=60", "public, no-cache", "no-store", "max-age=60"):
        response = HttpResponse("x")
        response["Cache-Control"] = policy
        assert not response_cache.is_storable(request, response), policy
    with_cookie = _public()
    with_cookie.set_cookie("csrftoken", "x")
    assert not response_cache.is_storable(request, with_cookie)
    not_found = _public()
    not_found.status_code = 404
    assert not response_cache.is_storable(request, not_found)


def test_a_cache_outage_costs_speed_not_errors(client, site_tree, monkeypatch):
    get_many = response_cache.cache.get_many

    def down(keys, *args, **kwargs):  # the response cache's read fails; others still work
        if any(key.startswith(response_cache.VERSION_KEY) for key in keys):
            raise ConnectionError("cache down")
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(response_cache.cache, "get_many", down)
    for _ in range(2):
        response, count = queries(client, site_tree["launch"].url)
        assert response.status_code == 200 and response["ETag"] and count > 0


def test_stored_api_items_do_not_bump_the_content_version(site_tree):
    """Stored API items are derived data, written during reads: they must not empty the cache."""
    from cms.models import ApiDependency, ApiRepresentation
    from cms.publishing.caching import content_version

    before = content_version()
    row = ApiRepresentation.objects.create(page=site_tree["launch"], kind="listing", display_language="en",
                                           base_url="http://testserver", data="{}")
    dependency = ApiDependency.objects.create(page=site_tree["launch"], token="image:1")
    ApiRepresentation.objects.filter(pk=row.pk).delete()
    ApiDependency.objects.filter(pk=dependency.pk).delete()
    assert content_version() == before
