"""Issue #17: the change feed /api/v2/changes/?since=<cursor> across publish, update, unpublish and
delete, in both languages, without leaking drafts or private pages; topics and organisations
(create, translate, update, delete) in the same feed."""

import pytest
from wagtail.models import PageViewRestriction

from cms.models import Topic
from tests.factories import (
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    OrganisationFactory,
    TopicFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


def changes(api, since="0", **params):
    query = "&".join(f"{k}={v}" for k, v in {"since": since, **params}.items())
    response, body = api(f"changes/?{query}")
    assert response.status_code == 200, body
    return body


def actions(body):
    return [(item["action"], item["id"], item["locale"]) for item in body["items"]]


def test_feed_follows_publish_update_unpublish_and_delete_in_both_languages(api, homes, locale_es):
    index = NewsIndexPageFactory(parent=homes["en"])
    start = changes(api)["meta"]["next_cursor"]
    release = NewsReleasePageFactory(parent=index, title="Launch")
    release.save_revision().publish()
    release_es = translate(release, locale_es, title="Lanzamiento", slug="lanzamiento")
    body = changes(api, start)
    assert ("published", release.pk, "en") in actions(body) and ("published", release_es.pk, "es") in actions(body)
    item = next(i for i in body["items"] if i["id"] == release_es.pk)
    assert item["type"] == "news.NewsReleasePage"
    assert item["detail_url"] == f"http://testserver/api/v2/news/{release_es.pk}/"

    cursor = body["meta"]["next_cursor"]
    assert changes(api, cursor) == {"meta": {"next_cursor": cursor, "has_more": False}, "items": []}

    release.title = "Launch, revised"
    release.save_revision().publish()
    release_es.get_latest_revision_as_object().save_revision().publish()
    release_es.refresh_from_db()
    release_es.unpublish()
    body = changes(api, cursor)
    assert actions(body) == [("updated", release.pk, "en"), ("unpublished", release_es.pk, "es")]

    cursor = body["meta"]["next_cursor"]
    release_id, release_es_id = release.pk, release_es.pk
    release_es.delete()  # not live: its unpublish was its last public change
    release.delete()
    body = changes(api, cursor)
    # Wagtail unpublishes a live page it deletes (page_unpublished), then deletes it.
    assert actions(body) == [("unpublished", release_id, "en"), ("deleted", release_id, "en")]
    assert body["items"][1]["detail_url"] is None
    # Filter by language; the cursors page through the feed.
    spanish = actions(changes(api, start, locale="es"))
    assert {code for _action, _id, code in spanish} == {"es"}
    assert [a for a in spanish if a[1] == release_es_id] == [("unpublished", release_es_id, "es")]
    paged, cursor, more = [], start, True
    while more:  # one entry per window (a window may be empty: its entry is no longer public)
        body = changes(api, cursor, limit=1)
        paged += body["items"]
        cursor, more = body["meta"]["next_cursor"], body["meta"]["has_more"]
    assert paged == changes(api, start)["items"]


def test_republishing_after_unpublish_is_published_again(api, homes):
    index = NewsIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=index)
    release.save_revision().publish()
    release.unpublish()
    cursor = changes(api)["meta"]["next_cursor"]
    release.save_revision().publish()
    assert actions(changes(api, cursor)) == [("published", release.pk, "en")]


def test_private_and_draft_pages_never_appear(api, homes):
    index = NewsIndexPageFactory(parent=homes["en"])
    private = NewsReleasePageFactory(parent=index, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    private.save_revision().publish()
    draft = NewsReleasePageFactory(parent=index, title="Draft", live=False)
    draft.save_revision()
    ids = {item["id"] for item in changes(api)["items"]}
    assert private.pk not in ids and draft.pk not in ids


@pytest.mark.parametrize("query", ["since=x", "since=-1", "limit=0", "limit=5000", "locale=xx", "other=1"])
def test_bad_parameters_are_400(api, homes, query):
    response, body = api(f"changes/?{query}")
    assert response.status_code == 400 and body["message"]


@pytest.mark.parametrize("factory,kind,endpoint", [
    (TopicFactory, "topic", "topics"),
    (OrganisationFactory, "organisation", "organisations"),
])
def test_topics_and_organisations_are_in_the_feed_in_both_languages(api, homes, locale_es, factory, kind, endpoint):
    start = changes(api)["meta"]["next_cursor"]
    item = factory(name="Original")
    item_es = translate_snippet(item, locale_es, name="Original (es)")
    body = changes(api, start)
    assert actions(body) == [("published", item.pk, "en"), ("published", item_es.pk, "es")]
    assert {entry["type"] for entry in body["items"]} == {kind}
    assert body["items"][1]["detail_url"] == f"http://testserver/api/v2/{endpoint}/{item_es.pk}/"
    assert api(body["items"][1]["detail_url"].removeprefix("http://testserver/api/v2/"))[0].status_code == 200

    cursor = body["meta"]["next_cursor"]
    item.name = "Revised"
    item.save()
    item_es.name = "Revisado"
    item_es.save()
    assert actions(changes(api, cursor)) == [("updated", item.pk, "en"), ("updated", item_es.pk, "es")]
    assert actions(changes(api, cursor, locale="es")) == [("updated", item_es.pk, "es")]

    cursor = changes(api, cursor)["meta"]["next_cursor"]
    item_id, item_es_id = item.pk, item_es.pk
    item_es.delete()
    body = changes(api, cursor)
    assert actions(body) == [("deleted", item_es_id, "es")]
    assert body["items"][0]["type"] == kind and body["items"][0]["detail_url"] is None
    item.delete()
    # Gone: its earlier published/updated entries drop out (as a page's do), its deletes stay.
    assert actions(changes(api, start)) == [("deleted", item_es_id, "es"), ("deleted", item_id, "en")]


def test_a_snippet_and_a_page_with_the_same_id_are_told_apart(api, homes):
    index = NewsIndexPageFactory(parent=homes["en"])
    release = NewsReleasePageFactory(parent=index)
    release.save_revision().publish()
    topic = TopicFactory()
    Topic.objects.filter(pk=topic.pk).update(id=release.pk)  # the same id in two tables
    start = changes(api)["meta"]["next_cursor"]
    Topic.objects.get(pk=release.pk).delete()
    release.save_revision().publish()  # still "updated": the topic's entries are not the page's
    assert [(i["action"], i["type"]) for i in changes(api, start)["items"]] == [
        ("deleted", "topic"), ("updated", "news.NewsReleasePage")]
