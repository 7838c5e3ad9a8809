"""No leaks: drafts, unpublished, private, alias and other sites' pages never appear, through any door."""

import pytest
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage
from tests.factories import (
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseWorkingGroupFactory,
    WorkingGroupPageFactory,
)

pytestmark = pytest.mark.django_db


def hidden_pages(tree):
    """One hidden page of each kind, all titled "Hidden ...", all matching search=hidden."""
    news = tree["news"]
    draft = NewsReleasePageFactory(parent=news, title="Hidden draft", live=False, summary="hidden")
    unpublished = NewsReleasePageFactory(parent=news, title="Hidden unpublished", summary="hidden")
    unpublished.unpublish()
    private = NewsReleasePageFactory(parent=news, title="Hidden private", summary="hidden")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    source = NewsReleasePageFactory(parent=news, title="Aliased release", summary="aliased")
    alias = source.create_alias(update_slug="hidden-alias")
    other_root = HomePage(title="Other site", slug="other-home", hero_title="x", hero_text="y",
                          locale=tree["en_home"].locale)
    Page.get_first_root_node().add_child(instance=other_root)
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    other_news = NewsIndexPageFactory(parent=other_root)
    other = NewsReleasePageFactory(parent=other_news, title="Hidden other site", summary="hidden")
    return {"draft": draft, "unpublished": unpublished, "private": private, "alias": alias, "other": other}


@pytest.fixture
def hidden(tree):
    return hidden_pages(tree)


def test_listings_show_no_hidden_page(api, tree, hidden):
    for path in ["news/", "news/?limit=100", "pages/?limit=100", "news/?search=hidden", "pages/?search=hidden",
                 "news/?search=aliased",
                 "pages/?type=news.NewsReleasePage", "news/?locale=es&fallback=default"]:
        response, body = api(path)
        assert response.status_code == 200, path
        assert not [item for item in body["items"] if item["title"].startswith("Hidden")], path
        assert hidden["alias"].pk not in [item["id"] for item in body["items"]], path


def test_detail_and_find_of_hidden_pages_are_404(api, tree, hidden):
    for kind, page in hidden.items():
        for path in [f"news/{page.pk}/", f"pages/{page.pk}/", f"pages/find/?id={page.pk}",
                     f"pages/find/?html_path=/en/news/{page.slug}/"]:
            response, _body = api(path)
            assert response.status_code == 404, (kind, path)


def test_private_subtree_is_hidden(api, tree):
    PageViewRestriction.objects.create(page=tree["news"], restriction_type=PageViewRestriction.LOGIN)
    _response, body = api("news/")
    assert body["items"] == []
    response, _body = api(f"news/{tree['release'].pk}/")
    assert response.status_code == 404


def test_relations_never_show_hidden_pages(api, tree):
    draft_group = WorkingGroupPageFactory(parent=tree["groups"], title="Hidden group", live=False)
    private_group = WorkingGroupPageFactory(parent=tree["groups"], title="Hidden private group")
    PageViewRestriction.objects.create(page=private_group, restriction_type=PageViewRestriction.LOGIN)
    release = tree["release"]
    NewsReleaseWorkingGroupFactory(page=release, working_group=draft_group)
    NewsReleaseWorkingGroupFactory(page=release, working_group=private_group)
    release.save_revision().publish()
    for path in [f"news/{release.pk}/", "news/"]:
        _response, body = api(path)
        item = body if "id" in body else body["items"][0]
        assert [g["title"] for g in item["working_groups"]] == ["Chile working group"], path
    # The filter on a hidden group finds nothing hidden either.
    _response, body = api(f"news/?working_group={draft_group.pk}")
    assert body["items"] == []


def test_other_site_sees_only_its_own_pages(api, tree, hidden):
    _response, body = api("news/", HTTP_HOST="other.example")
    assert [item["title"] for item in body["items"]] == ["Hidden other site"]
    response, _body = api(f"news/{tree['release'].pk}/", HTTP_HOST="other.example")
    assert response.status_code == 404


def test_path_ranges_cover_a_subtree_and_nothing_else():
    from cms.publishing.visibility import _next_path, subtree_q

    assert _next_path("00010002") == "00010003"
    assert _next_path("0001000Z") == "00010010"  # base 36: Z carries
    assert _next_path("ZZZZ") is None
    assert subtree_q("ZZZZ") == Q(path__gte="ZZZZ")


def test_a_restriction_hides_its_subtree_but_not_the_next_sibling(api, tree):
    """Sibling paths share every step but the last (0001000100020001 and ...0002): the range of
    one must not reach the other, nor the other's children."""
    news = tree["news"]
    first = NewsReleasePageFactory(parent=news, title="Restricted one")
    second = NewsReleasePageFactory(parent=news, title="Next sibling")
    assert first.path[:-4] == second.path[:-4] and second.path > first.path
    PageViewRestriction.objects.create(page=first, restriction_type=PageViewRestriction.LOGIN)
    _response, body = api("news/?limit=100")
    titles = [item["title"] for item in body["items"]]
    assert "Next sibling" in titles and "Restricted one" not in titles
    assert api(f"news/{second.pk}/")[0].status_code == 200
    assert api(f"news/{first.pk}/")[0].status_code == 404


def test_a_restriction_on_an_ancestor_hides_relations_and_translations(api, tree):
    """A restriction on the Spanish news index hides every Spanish release, including as the
    English release's translation; English releases stay."""
    # bulk_create: on the Spanish index alone (saving one would restrict every language version,
    # cms/translation/privacy.py); the rule is under test here, not the propagation.
    PageViewRestriction.objects.bulk_create([PageViewRestriction(
        page=tree["news_es"], restriction_type=PageViewRestriction.PASSWORD, password="x")])
    _response, body = api("news/?locale=es")
    assert body["items"] == []
    _response, body = api(f"news/{tree['release'].pk}/")
    assert body["meta"]["translations"] == []
    _response, body = api("news/?locale=es&fallback=default")
    assert {item["meta"]["locale"] for item in body["items"]} == {"en"}


def test_another_sites_locale_trees_are_not_this_sites(api, tree, hidden):
    """The other site's root is a sibling of this site's locale roots: its pages are outside
    every range, also under ?locale=es and in relations."""
    release = tree["release"]
    NewsReleaseWorkingGroupFactory(page=release, working_group=WorkingGroupPageFactory(
        parent=hidden["other"].get_parent(), title="Hidden group"))
    release.save_revision().publish()
    for path in ["news/?limit=100", "news/?limit=100&locale=es&fallback=default", f"news/{release.pk}/"]:
        _response, body = api(path)
        items = body.get("items", [body])
        assert not [i for i in items if i["title"].startswith("Hidden")], path
        assert not [g for i in items for g in i.get("working_groups", []) if g["title"].startswith("Hidden")], path


def test_every_word_of_the_rule_agrees(rf, tree, hidden):
    """public_pages, public_children, public_descendants, is_public and keep_public give the same
    answer for every kind of hidden page and for the visible ones (cms.publishing.visibility)."""
    from cms.publishing.visibility import (
        is_public,
        keep_public,
        limit_to,
        public_children,
        public_descendants,
        public_pages,
    )
    from news.models import NewsReleasePage

    request = rf.get("/")
    visible = [tree["release"], tree["statement"], tree["release_es"]]
    pages = Page.objects.filter(pk__in=[page.pk for page in visible + list(hidden.values())])
    expected = {page.pk for page in visible}
    assert set(public_pages(pages, request).values_list("pk", flat=True)) == expected
    assert {page.pk for page in pages if is_public(page, request)} == expected
    assert {page.pk for page in keep_public(pages, request)} == expected
    news_children = set(limit_to(NewsReleasePage.objects.all(), public_children(tree["news"], request))
                        .values_list("pk", flat=True))
    # The alias's source is a public release too.
    assert news_children == {tree["release"].pk, tree["statement"].pk, hidden["alias"].alias_of_id}
    under_home = set(public_descendants(tree["en_home"], request).filter(pk__in=pages).values_list("pk", flat=True))
    assert under_home == {tree["release"].pk, tree["statement"].pk}
    assert tree["en_home"].pk in set(public_descendants(tree["en_home"], request, inclusive=True)
                                     .values_list("pk", flat=True))
    # Another site's pages are public to that site only, whichever word asks.
    other_request = rf.get("/", HTTP_HOST="other.example")
    assert is_public(hidden["other"], other_request) and not is_public(hidden["other"], request)
    assert list(public_children(tree["news"], other_request)) == []
    assert [page.pk for page in public_children(hidden["other"].get_parent(), other_request)] == [hidden["other"].pk]


def test_a_private_section_hides_its_whole_subtree_from_every_word(rf, tree):
    from cms.publishing.visibility import is_public, public_children, public_descendants, public_pages

    PageViewRestriction.objects.create(page=tree["news"], restriction_type=PageViewRestriction.LOGIN)
    request = rf.get("/")
    release = Page.objects.get(pk=tree["release"].pk)
    assert not is_public(release, request)
    assert not public_pages(Page.objects.filter(pk=release.pk), request).exists()
    assert not public_children(tree["news"], request).exists()
    assert release.pk not in set(public_descendants(tree["en_home"], request).values_list("pk", flat=True))
    assert is_public(Page.objects.get(pk=tree["groups"].pk), request)


def test_the_scope_is_read_once_per_request(rf, tree, django_assert_num_queries):
    from cms.publishing.visibility import is_public, keep_public, public_children, public_pages

    request = rf.get("/")
    pages = list(Page.objects.filter(depth__gt=2))
    with django_assert_num_queries(1):
        keep_public(pages, request)
        is_public(pages[0], request)
        public_children(tree["news"], request)
        public_pages(Page.objects.all(), request)
