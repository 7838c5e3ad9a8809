"""Images and documents in login- or group-restricted collections: the API answers 200 without
them (it answered 500 for everyone: request.user was None), and making a collection private
invalidates the cached responses at once."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import DocumentFactory, ImageFactory, use_publicly

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(homes):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board only")
    members = root.add_child(name="Members")
    made = {
        "public_image": ImageFactory(title="Public photo"),
        "public_document": DocumentFactory(title="Public report"),
        "private_image": ImageFactory(title="Board photo", collection=private),
        "private_document": DocumentFactory(title="Board minutes", collection=private),
        "group_document": DocumentFactory(title="Members list", collection=members),
        "private": private,
        "members": members,
    }
    # Used by a live page, so only the collections' restrictions decide (cms.publishing.visibility).
    use_publicly(*(item for name, item in made.items() if name not in ("private", "members")))
    return made


def titles(api, endpoint):
    response, body = api(f"{endpoint}/?fields=title")
    assert response.status_code == 200, body
    return {item["title"] for item in body["items"]}


def test_restricted_collections_are_hidden_not_an_error(api, media):
    CollectionViewRestriction.objects.create(collection=media["private"], restriction_type="login")
    restriction = CollectionViewRestriction.objects.create(collection=media["members"], restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Members"))
    assert titles(api, "images") == {"Public photo"}
    assert titles(api, "documents") == {"Public report"}
    assert api(f"documents/{media['private_document'].pk}/")[0].status_code == 404
    assert api(f"images/{media['private_image'].pk}/")[0].status_code == 404


def test_making_a_collection_private_invalidates_the_response_cache(api, media):
    assert "Board minutes" in titles(api, "documents")  # now cached
    CollectionViewRestriction.objects.create(collection=media["private"], restriction_type="login")
    assert "Board minutes" not in titles(api, "documents")
    CollectionViewRestriction.objects.filter(collection=media["private"]).delete()
    assert "Board minutes" in titles(api, "documents")
