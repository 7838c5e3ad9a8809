"""The content model: where each page type may live, what editors must fill in, what they get
told (help text), what bad input they are refused with, and that every page type renders and
previews its content. Assertions are on content, not markup: templates are being redesigned.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import Organisation, Topic
from home.models import HomePage, HomePageFeaturedResource, HomePagePinnedRelease, StandardPage
from news.models import NewsIndexPage, NewsReleasePage, NewsReleaseResource, NewsReleaseWorkingGroup
from resources.models import ResourceIndexPage, ResourceLanguageVersion, ResourcePage
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseWorkingGroupFactory,
    OrganisationFactory,
    ResourceIndexPageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    StandardPageFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
)
from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage, WorkingGroupResource

pytestmark = pytest.mark.django_db

PAGE_MODELS = [HomePage, StandardPage, NewsIndexPage, NewsReleasePage, WorkingGroupIndexPage, WorkingGroupPage,
               ResourceIndexPage, ResourcePage]
CHILD_MODELS = [HomePagePinnedRelease, HomePageFeaturedResource, NewsReleaseWorkingGroup, NewsReleaseResource,
                WorkingGroupResource, ResourceLanguageVersion]
SNIPPET_MODELS = [Topic, Organisation]
# Plumbing, not something an editor fills in: tree, translation and ordering fields, parent keys.
NOT_EDITOR_FIELDS = {"translation_key", "locale", "sort_order", "page"}


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def tree(home, media_root):
    """The three section indexes under the English home page."""
    return {
        "news": NewsIndexPageFactory(parent=home),
        "groups": WorkingGroupIndexPageFactory(parent=home),
        "library": ResourceIndexPageFactory(parent=home),
    }


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(user)
    return client


def own_fields(model):
    """Concrete fields the model itself declares (not Page's own, not the parent link)."""
    return [f for f in model._meta.get_fields()
            if getattr(f, "concrete", False) and not f.auto_created and f.model is model
            and f.name not in NOT_EDITOR_FIELDS]


# --- Where pages may be created -------------------------------------------------------------------

def test_home_pages_only_at_the_root(home):
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home)


@pytest.mark.parametrize("index_model", [NewsIndexPage, WorkingGroupIndexPage, ResourceIndexPage])
def test_one_index_of_each_kind_per_home_and_only_under_a_home(tree, home, index_model):
    standard = StandardPageFactory(parent=home)
    assert not index_model.can_create_at(home), "a second index under the same home must be refused"
    assert not index_model.can_create_at(standard)
    assert not index_model.can_create_at(tree["news"])


def test_an_index_can_be_added_to_a_home_without_one(home):
    assert NewsIndexPage.can_create_at(home)
    assert WorkingGroupIndexPage.can_create_at(home)
    assert ResourceIndexPage.can_create_at(home)


def test_releases_profiles_and_resources_only_under_their_index(tree, home):
    standard = StandardPageFactory(parent=home)
    assert NewsReleasePage.can_create_at(tree["news"])
    assert WorkingGroupPage.can_create_at(tree["groups"])
    assert ResourcePage.can_create_at(tree["library"])
    for model in (NewsReleasePage, WorkingGroupPage, ResourcePage):
        assert not model.can_create_at(home)
        assert not model.can_create_at(standard)
    assert not NewsReleasePage.can_create_at(tree["groups"])
    assert not ResourcePage.can_create_at(tree["news"])
    release = NewsReleasePageFactory(parent=tree["news"])
    assert release.specific_class.allowed_subpage_models() == []


def test_standard_pages_nest_under_home_and_each_other(home):
    standard = StandardPageFactory(parent=home)
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(standard)


def test_the_admin_refuses_a_release_outside_a_news_index(admin_client, home):
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", home.pk])
    assert admin_client.get(url).status_code == 302  # back to the dashboard, with "permission denied"
    admin_client.post(url, release_form_data())
    assert not NewsReleasePage.objects.exists()


# --- Help text and required fields ----------------------------------------------------------------

@pytest.mark.parametrize("model", PAGE_MODELS + CHILD_MODELS + SNIPPET_MODELS, ids=lambda m: m.__name__)
def test_every_content_field_has_help_text(model):
    missing = [f.name for f in own_fields(model) if not str(f.help_text).strip()]
    assert not missing, f"{model.__name__} fields without help text: {missing}"


@pytest.mark.parametrize("model, required", [
    (NewsReleasePage, {"publication_date", "summary", "body", "kind"}),
    (WorkingGroupPage, {"summary", "country", "group_type", "status"}),
    (ResourcePage, {"summary", "resource_type"}),
    (HomePage, {"hero_title", "hero_text"}),
])
def test_fields_a_page_is_incomplete_without_are_required(model, required):
    optional = {f.name for f in own_fields(model) if f.blank}
    assert not (required & optional), f"{model.__name__}: {required & optional} should be required"


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.__name__)
def test_every_page_type_is_searchable_beyond_its_title(model):
    names = {field.field_name for field in model.search_fields}
    assert "title" in names and len(names) > 1


# --- Validation: clear form errors, never a 500 ---------------------------------------------------

def release_form_data(working_group=None, **overrides):
    data = {
        "title": "Chile working group meets",
        "slug": "chile-working-group-meets",
        "publication_date": "2024-09-05",
        "kind": "release",
        "dateline": "Santiago, Chile",
        "summary": "The working group met in Santiago.",
        "featured_image_alt": "",
        "body": streamfield([("paragraph", rich_text("<p>It met.</p>"))]),
        "working_group_links": inline_formset(
            [{"working_group": str(working_group.pk)}] if working_group else []),
        "resource_links": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_admin_creates_a_release_with_a_related_working_group(admin_client, tree):
    profile = WorkingGroupPageFactory(parent=tree["groups"], title="Chile")
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk])
    response = admin_client.post(url, release_form_data(profile))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    release = NewsReleasePage.objects.get(slug="chile-working-group-meets")
    assert [link.working_group for link in release.working_group_links.all()] == [profile]


def test_admin_form_reports_a_missing_summary_on_publish(admin_client, tree):
    # Wagtail lets drafts be saved incomplete; publishing is where required fields are enforced.
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk])
    response = admin_client.post(url, {**release_form_data(summary=""), "action-publish": "action-publish"})
    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    assert not NewsReleasePage.objects.filter(slug="chile-working-group-meets").exists()


def test_admin_form_refuses_the_same_working_group_twice(admin_client, tree):
    profile = WorkingGroupPageFactory(parent=tree["groups"])
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk])
    data = release_form_data()
    data.update(nested_form_data({"working_group_links": inline_formset(
        [{"working_group": str(profile.pk)}, {"working_group": str(profile.pk)}])}))
    response = admin_client.post(url, data)
    assert response.status_code == 200
    formset = response.context["form"].formsets["working_group_links"]
    assert "working_group" in formset.forms[1].errors
    assert not NewsReleasePage.objects.filter(slug="chile-working-group-meets").exists()


def test_admin_form_requires_alt_text_for_the_featured_image(admin_client, tree):
    image = ImageFactory()
    url = reverse("wagtailadmin_pages:add", args=["news", "newsreleasepage", tree["news"].pk])
    response = admin_client.post(url, release_form_data(featured_image=str(image.pk)))
    assert response.status_code == 200
    assert "featured_image_alt" in response.context["form"].errors


def test_body_image_needs_alt_text(tree):
    image = ImageFactory()
    release = NewsReleasePageFactory.build(
        body=[("image", {"image": image, "alt_text": "", "caption": "The launch"})])
    with pytest.raises(ValidationError):
        release.body.stream_block.clean(release.body)


def test_call_to_action_needs_exactly_one_target(home):
    block = NewsReleasePage.body.field.stream_block.child_blocks["call_to_action"]
    both = block.to_python({"heading": "More", "text": "", "button_label": "Go", "page": home.pk,
                            "url": "https://example.org"})
    neither = block.to_python({"heading": "More", "text": "", "button_label": "Go", "page": None, "url": ""})
    for value in (both, neither):
        with pytest.raises(ValidationError):
            block.clean(value)


def resource_form_data(versions):
    return nested_form_data({
        "title": "VPs 101", "slug": "vps-101-test", "summary": "An introduction.",
        "resource_type": "guidance", "publication_date": "2022-01-01", "publication_date_precision": "year",
        "language_versions": inline_formset(versions),
    })


def test_admin_form_refuses_two_versions_in_one_language(admin_client, tree):
    first, second = DocumentFactory(), DocumentFactory()
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", tree["library"].pk])
    response = admin_client.post(url, resource_form_data([
        {"language": "es", "title": "", "document": str(first.pk), "external_url": ""},
        {"language": "es", "title": "", "document": str(second.pk), "external_url": ""},
    ]))
    assert response.status_code == 200
    errors = response.context["form"].formsets["language_versions"].forms[1].errors
    assert "already listed" in str(errors["language"])
    assert not ResourcePage.objects.filter(slug="vps-101-test").exists()


def test_admin_form_refuses_a_version_with_both_file_and_link(admin_client, tree):
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", tree["library"].pk])
    response = admin_client.post(url, resource_form_data([
        {"language": "en", "title": "", "document": str(DocumentFactory().pk),
         "external_url": "https://example.org/vps-101.pdf"},
    ]))
    assert response.status_code == 200
    assert response.context["form"].formsets["language_versions"].forms[0].errors


def test_admin_form_requires_a_language_version_on_publish(admin_client, tree):
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", tree["library"].pk])
    response = admin_client.post(url, {**resource_form_data([]), "action-publish": "action-publish"})
    assert response.status_code == 200
    assert response.context["form"].formsets["language_versions"].non_form_errors()


def test_admin_form_accepts_a_resource_in_languages_beyond_the_site(admin_client, tree):
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", tree["library"].pk])
    response = admin_client.post(url, resource_form_data([
        {"language": "fr", "title": "Guide", "document": str(DocumentFactory().pk), "external_url": ""},
        {"language": "my", "title": "", "document": "", "external_url": "https://example.org/vps-101-my.pdf"},
    ]))
    assert response.status_code == 302
    resource = ResourcePage.objects.get(slug="vps-101-test")
    assert sorted(v.language for v in resource.language_versions.all()) == ["fr", "my"]


def test_launch_year_must_agree_with_launch_date(tree):
    profile = WorkingGroupPageFactory.build(launch_date=datetime.date(2024, 9, 5), launch_year=2023)
    with pytest.raises(ValidationError) as error:
        profile.clean()
    assert "launch_year" in error.value.message_dict


def test_supporting_governments_offer_only_governments(admin_client):
    government = OrganisationFactory(pillar="government")
    company = OrganisationFactory(pillar="company")
    form_class = WorkingGroupPage.get_edit_handler().get_form_class()
    form = form_class(instance=WorkingGroupPage(), for_user=get_user_model().objects.get())
    choices = set(form.fields["supporting_governments"].queryset)
    assert company in set(form.fields["participants"].queryset)
    assert government in choices and company not in choices


def test_home_page_pins_at_most_three_releases(admin_client, home, tree):
    releases = [NewsReleasePageFactory(parent=tree["news"]) for _ in range(4)]
    form_class = HomePage.get_edit_handler().get_form_class()
    data = nested_form_data({
        "title": home.title, "slug": home.slug, "hero_title": "Hero", "hero_text": "Text",
        "pinned_releases": inline_formset([{"release": str(r.pk)} for r in releases]),
        "featured_resources": inline_formset([]),
    })
    form = form_class(data, instance=home, for_user=get_user_model().objects.get())
    assert not form.is_valid()
    assert form.formsets["pinned_releases"].non_form_errors()


# --- Behaviour the templates and the API rely on --------------------------------------------------

def test_profile_lists_its_releases_newest_first_and_only_live_ones(tree):
    profile = WorkingGroupPageFactory(parent=tree["groups"])
    older = NewsReleasePageFactory(parent=tree["news"], publication_date=datetime.date(2024, 1, 1))
    newer = NewsReleasePageFactory(parent=tree["news"], publication_date=datetime.date(2024, 9, 5))
    draft = NewsReleasePageFactory(parent=tree["news"], live=False)
    NewsReleasePageFactory(parent=tree["news"])  # unrelated
    for release in (older, newer, draft):
        NewsReleaseWorkingGroupFactory(page=release, working_group=profile)
    assert list(profile.releases()) == [newer, older]


def test_home_shows_pinned_releases_first_then_the_latest(home, tree):
    old = NewsReleasePageFactory(parent=tree["news"], publication_date=datetime.date(2020, 1, 1))
    latest = [NewsReleasePageFactory(parent=tree["news"], publication_date=datetime.date(2024, 1, day))
              for day in (1, 2, 3, 4)]
    home.pinned_releases = [HomePagePinnedRelease(release=old)]
    home.save()
    assert home.latest_releases() == [old, latest[3], latest[2], latest[1]]


def test_home_highlights_active_profiles_and_featured_resources(home, tree):
    active = WorkingGroupPageFactory(parent=tree["groups"], status="active")
    WorkingGroupPageFactory(parent=tree["groups"], status="closed")
    resource = ResourcePageFactory(parent=tree["library"])
    ResourceLanguageVersionFactory(page=resource)
    home.featured_resources = [HomePageFeaturedResource(resource=resource)]
    home.save()
    assert home.highlighted_working_groups() == [active]
    assert home.featured_resource_pages() == [resource]


@pytest.mark.parametrize("precision, expected", [("day", "10 December 2023"), ("month", "December 2023"),
                                                 ("year", "2023")])
def test_resource_date_shows_only_what_is_known(precision, expected):
    resource = ResourcePage(publication_date=datetime.date(2023, 12, 10), publication_date_precision=precision)
    assert resource.publication_date_display == expected
    assert ResourcePage(publication_date=None).publication_date_display == ""


def test_undated_resources_are_listed_last(tree):
    undated = ResourcePageFactory(parent=tree["library"], title="A undated", publication_date=None)
    dated = ResourcePageFactory(parent=tree["library"], title="B dated")
    assert list(tree["library"].resources()) == [dated, undated]


def test_language_version_reports_format_and_size(tree):
    resource = ResourcePageFactory(parent=tree["library"])
    upload = ResourceLanguageVersionFactory(page=resource, language="fr")
    link = ResourceLanguageVersion(page=resource, language="es", external_url="https://example.org/guia.PDF?x=1")
    assert (upload.file_format, upload.file_size, upload.language_name) == ("PDF", upload.document.file.size,
                                                                            "Français")
    assert (link.file_format, link.file_size) == ("PDF", None)


def test_search_finds_a_release_by_its_summary(tree):
    release = NewsReleasePageFactory(parent=tree["news"], summary="Carabineros attended the launch.")
    assert release in NewsReleasePage.objects.live().search("Carabineros")


# --- Rendering and previews -----------------------------------------------------------------------

def test_release_renders_its_structured_body(client, tree):
    image = ImageFactory()
    release = NewsReleasePageFactory(parent=tree["news"], title="Chile launch", body=[
        ("heading", {"text": "About the working groups", "level": "h2"}),
        ("paragraph", "<p>Around 30 stakeholders attended.</p>"),
        ("quote", {"quote": "We hope this Working Group will be a forum.", "attribution": "Nicholas Kennedy",
                   "role": "Deputy Head of Mission"}),
        ("image", {"image": image, "alt_text": "Participants in Santiago", "caption": "The launch event"}),
        ("contact", {"name": "VPI Secretariat", "role": "", "email": "secretariat@example.org", "phone": ""}),
        ("call_to_action", {"heading": "Need more information?", "text": "", "button_label": "Contact us",
                            "page": None, "url": "https://example.org/contact"}),
    ])
    text = client.get(release.url).content.decode()
    for expected in ("Chile launch", "Santiago, Chile", "About the working groups", "Around 30 stakeholders",
                     "We hope this Working Group will be a forum.", "Nicholas Kennedy", "Deputy Head of Mission",
                     "Participants in Santiago", "The launch event", "secretariat@example.org", "Contact us",
                     "https://example.org/contact"):
        assert expected in text, expected


def test_profile_and_resource_render_their_facts(client, tree):
    profile = WorkingGroupPageFactory(parent=tree["groups"], title="Lima group", country="PE", scope="Lima",
                                      summary="A partner group in Lima.")
    resource = ResourcePageFactory(parent=tree["library"], title="Training course")
    ResourceLanguageVersionFactory(page=resource, language="es")
    profile_text = client.get(profile.url).content.decode()
    assert "Lima group" in profile_text and "A partner group in Lima." in profile_text
    resource_text = client.get(resource.url).content.decode()
    assert "Training course" in resource_text and "Español" in resource_text and "PDF" in resource_text


@pytest.mark.parametrize("kind", ["home", "standard", "news", "release", "groups", "profile", "library",
                                  "resource"])
def test_every_page_type_renders_and_previews(client, home, tree, kind):
    pages = {
        "home": lambda: home,
        "standard": lambda: StandardPageFactory(parent=home, title="Contact", intro="Write to the Secretariat."),
        "news": lambda: tree["news"],
        "release": lambda: NewsReleasePageFactory(parent=tree["news"], title="A release"),
        "groups": lambda: tree["groups"],
        "profile": lambda: WorkingGroupPageFactory(parent=tree["groups"], title="Chile"),
        "library": lambda: tree["library"],
        "resource": lambda: ResourcePageFactory(parent=tree["library"], title="VPs 101"),
    }
    page = pages[kind]().specific
    heading = page.hero_title if kind == "home" else page.title
    assert page.preview_modes, "previews must be available for every page type"
    live = client.get(page.url)
    assert live.status_code == 200 and heading in live.content.decode()
    # A preview renders the unsaved draft, not the live page.
    page.title = page.hero_title = "Draft title in preview"
    preview = page.make_preview_request()
    assert preview.status_code == 200 and "Draft title in preview" in preview.rendered_content


# --- Admin listings -------------------------------------------------------------------------------

def test_news_release_listing_shows_date_kind_locale_and_filters_by_kind(admin_client, tree):
    NewsReleasePageFactory(parent=tree["news"], title="Plenary statement", kind="statement",
                           publication_date=datetime.date(2025, 4, 2))
    NewsReleasePageFactory(parent=tree["news"], title="Chile launch", kind="release")
    text = admin_client.get("/admin/news_releases/").content.decode()
    assert "Plenary statement" in text and "Chile launch" in text
    for column in ("Publication date", "Kind", "Locale"):
        assert column in text
    filtered = admin_client.get("/admin/news_releases/?kind=statement").content.decode()
    assert "Plenary statement" in filtered and "Chile launch" not in filtered


def test_profile_and_resource_listings_filter(admin_client, tree):
    WorkingGroupPageFactory(parent=tree["groups"], title="Myanmar group", status="closed")
    WorkingGroupPageFactory(parent=tree["groups"], title="Chile group", status="active")
    text = admin_client.get("/admin/working_group_profiles/?status=closed").content.decode()
    assert "Myanmar group" in text and "Chile group" not in text
    ResourcePageFactory(parent=tree["library"], title="Governance Rules", resource_type="governance")
    ResourcePageFactory(parent=tree["library"], title="Training course", resource_type="training")
    text = admin_client.get("/admin/resource_pages/?resource_type=training").content.decode()
    assert "Training course" in text and "Governance Rules" not in text


def test_snippet_listings_filter_by_pillar(admin_client):
    OrganisationFactory(name="Government of Canada", pillar="government")
    OrganisationFactory(name="LITE-Africa", pillar="ngo")
    text = admin_client.get("/admin/snippets/cms/organisation/?pillar=ngo").content.decode()
    assert "LITE-Africa" in text and "Government of Canada" not in text


def test_every_page_type_has_a_working_editor(admin_client, home, tree):
    """The edit form of each page type renders with its panels (custom panels included)."""
    standard = StandardPageFactory(parent=home)
    release = NewsReleasePageFactory(parent=tree["news"])
    profile = WorkingGroupPageFactory(parent=tree["groups"])
    resource = ResourcePageFactory(parent=tree["library"])
    ResourceLanguageVersionFactory(page=resource)
    expected = {home: "Pinned releases", standard: "Introduction", tree["news"]: "Introduction",
                release: "Related working groups", tree["groups"]: "Introduction", profile: "Supporting governments",
                tree["library"]: "Introduction", resource: "Language versions"}
    for page, label in expected.items():
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
        assert label in response.content.decode(), (page, label)
