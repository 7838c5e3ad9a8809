"""The factories build a complete English tree that serves: index -> release, profile, resource."""

import pytest

from tests.factories import (
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseWorkingGroupFactory,
    ResourceIndexPageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)

pytestmark = pytest.mark.django_db


def test_tree_serves(client, home):
    news = NewsIndexPageFactory(parent=home)
    groups = WorkingGroupIndexPageFactory(parent=home)
    library = ResourceIndexPageFactory(parent=home)
    profile = WorkingGroupPageFactory(parent=groups, title="Chile")
    resource = ResourcePageFactory(parent=library, title="VPs 101")
    ResourceLanguageVersionFactory(page=resource, language="es")
    release = NewsReleasePageFactory(parent=news, title="Chile launch")
    NewsReleaseWorkingGroupFactory(page=release, working_group=profile)

    assert client.get(release.url).status_code == 200
    assert "VPs 101" in client.get(library.url).text
    response = client.get(resource.url)
    assert "Español" in response.text and "PDF" in response.text
    assert list(profile.releases()) == [release]
