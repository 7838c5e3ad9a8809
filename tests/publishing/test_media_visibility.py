"""Images and documents are public only when a live, public page (or an organisation) uses them:
the media API and direct document URLs never show a draft's or an embargoed release's files."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.publishing.visibility import is_public_media
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    NewsReleasePageFactory,
    OrganisationFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
)

pytestmark = pytest.mark.django_db


def listed(api, endpoint):
    response, body = api(f"{endpoint}/?limit=100")
    assert response.status_code == 200
    return {item["id"] for item in body["items"]}


def schedule(page, when):
    page.go_live_at = when
    page.save_revision().publish()  # with a future go_live_at: approved for then, not live
    page.refresh_from_db()
    assert not page.live
    return page


@pytest.fixture
def media(tree):
    news, library = tree["news"], tree["library"]
    future = timezone.now() + datetime.timedelta(days=1)
    made = {"used": tree["image"], "unused": ImageFactory(), "logo": ImageFactory()}
    OrganisationFactory(name="Logo owner", logo=made["logo"])
    made["draft"] = ImageFactory()
    NewsReleasePageFactory(parent=news, live=False, featured_image_alt="A picture", featured_image=made["draft"])
    made["embargoed"] = ImageFactory()
    schedule(NewsReleasePageFactory(parent=news, live=False, featured_image_alt="A picture",
                                    featured_image=made["embargoed"]), future)
    made["private"] = ImageFactory()
    private = NewsReleasePageFactory(parent=news, featured_image_alt="A picture", featured_image=made["private"])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    # A live page whose draft (not yet published) swaps in a new image: the live one stays public.
    made["in_draft_only"] = ImageFactory()
    statement = tree["statement"]
    statement.featured_image = made["in_draft_only"]
    statement.featured_image_alt = "A picture"
    statement.save_revision()
    # In the body's rich text, as an embed: indexed like a field.
    made["in_body"] = ImageFactory()
    NewsReleasePageFactory(parent=news, body=[("paragraph", f'<p>x</p><embed embedtype="image" '
                                                            f'id="{made["in_body"].pk}" format="left" alt="a"/>')])
    # Documents: a live resource's, an embargoed resource's.
    made["doc_live"] = tree["guide"].language_versions.get(language="en").document
    embargoed = ResourcePageFactory(parent=library, live=False)
    ResourceLanguageVersionFactory(page=embargoed, language="en")
    made["doc_embargoed"] = schedule(embargoed, future).language_versions.get(language="en").document
    made["doc_unused"] = DocumentFactory()
    return made


def test_images_api_lists_only_images_public_pages_use(api, media):
    ids = listed(api, "images")
    assert {media["used"].pk, media["logo"].pk, media["in_body"].pk} <= ids
    for hidden in ("unused", "draft", "embargoed", "private", "in_draft_only"):
        assert media[hidden].pk not in ids, hidden
        response, _body = api(f"images/{media[hidden].pk}/")
        assert response.status_code == 404, hidden


def test_documents_api_lists_only_documents_public_pages_use(api, media):
    ids = listed(api, "documents")
    assert media["doc_live"].pk in ids
    assert media["doc_embargoed"].pk not in ids and media["doc_unused"].pk not in ids
    response, _body = api(f"documents/{media['doc_embargoed'].pk}/")
    assert response.status_code == 404


def test_direct_document_urls_hide_non_public_documents(client, media):
    assert client.get(media["doc_live"].url).status_code == 200
    assert client.get(media["doc_embargoed"].url).status_code == 404
    assert client.get(media["doc_unused"].url).status_code == 404


def test_staff_who_may_choose_documents_still_download_them(client, media, django_user_model):
    from cms.translation.roles import EDITORS, ensure_roles

    ensure_roles()
    editor = django_user_model.objects.create_user("editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    someone = django_user_model.objects.create_user("someone", password="x" * 12)
    client.force_login(someone)
    assert client.get(media["doc_embargoed"].url).status_code == 404
    client.force_login(editor)
    assert client.get(media["doc_embargoed"].url).status_code == 200


def test_going_live_and_unpublishing_change_what_is_public(media, tree):
    image = media["in_draft_only"]
    statement = tree["statement"]
    assert not is_public_media(image)
    statement.get_latest_revision().publish()
    assert is_public_media(image)
    statement.refresh_from_db()
    statement.unpublish()
    assert not is_public_media(image)


def test_media_listings_query_count_does_not_grow(api, tree, media, settings):
    settings.RESPONSE_CACHE_SECONDS = 0  # count the view's queries, not the cache's
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(path):
        with CaptureQueriesContext(connection) as queries:
            api(path)
        return len(queries)

    api("images/"), api("documents/")  # content types and renditions made once
    before = {path: count(path) for path in ("images/?limit=100", "documents/?limit=100")}
    for _ in range(4):
        NewsReleasePageFactory(parent=tree["news"], featured_image=ImageFactory(), featured_image_alt="A picture")
        resource = ResourcePageFactory(parent=tree["library"])
        ResourceLanguageVersionFactory(page=resource)
    api("images/?limit=100")  # the new images' renditions
    assert len(listed(api, "images")) == 3 + 4 and len(listed(api, "documents")) == 1 + 4
    for path, queries in before.items():
        assert count(path) == queries, path
    assert before["images/?limit=100"] <= 8
