"""`manage.py load_demo`: real content in the right places, the Chile release in full, and a second
run that changes nothing (same rows, same revisions, same files)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from cms import demo
from cms.models import Organisation, Topic
from home.models import HomePage, StandardPage
from news.models import NewsReleasePage
from resources.models import ResourceLanguageVersion, ResourcePage
from workinggroups.models import WorkingGroupPage

pytestmark = pytest.mark.django_db

CHILE = "vpi-launches-working-group-in-chile"


@pytest.fixture
def loaded(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "live": Page.objects.live().count(),
        "topics": Topic.objects.count(),
        "organisations": Organisation.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "language_versions": ResourceLanguageVersion.objects.count(),
        "latest_revision_ids": sorted(Page.objects.exclude(latest_revision=None)
                                      .values_list("latest_revision_id", flat=True)),
    }


def test_second_run_changes_nothing(loaded):
    assert "created" in loaded
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "nothing changed" in out.getvalue()


def test_existing_database_gets_the_menu(loaded):
    """A database loaded before the menu existed: the next run puts the sections in it, once."""
    news = Page.objects.get(slug="news", depth=3)
    Page.objects.filter(pk=news.pk).update(show_in_menus=False)
    call_command("load_demo", stdout=io.StringIO())
    news.refresh_from_db()
    assert news.show_in_menus and news.live and not news.has_unpublished_changes
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def test_earlier_placeholders_are_replaced_once(loaded):
    """A database loaded by an earlier demo: its hero picture with words and its release boxes with
    words give way to the geodata pictures; editors' own images are left alone; then nothing."""
    from cms.demo import media

    release = NewsReleasePage.objects.get(slug=CHILE)
    old_hero = get_image_model().objects.create(
        title=media.OLD_HERO_TITLE, collection=media.demo_collection(),
        file=SimpleUploadedFile("home-hero.jpg", media.placeholder_jpeg("Words"), content_type="image/jpeg"),
        width=1200, height=675)
    editors = get_image_model().objects.create(
        title="Editors' photo", file=SimpleUploadedFile("photo.jpg", media.placeholder_jpeg("x")), width=1200,
        height=675)
    image = release.featured_image
    image.file.save("release-old.jpg", SimpleUploadedFile("old.jpg", media.placeholder_jpeg("Words")), save=True)
    resource = ResourcePage.objects.get(slug="vps-101")
    cover = resource.cover_image
    cover.file.save("cover-vps-101.jpg", SimpleUploadedFile("old.jpg", media.placeholder_jpeg("VPs 101")), save=True)
    # Profiles from before profiles had pictures.
    WorkingGroupPage.objects.update(featured_image=None, featured_image_alt="")
    chile = WorkingGroupPage.objects.get(slug="chile")
    NewsReleasePage.objects.filter(pk=release.pk).update(featured_image_alt="Placeholder picture with words.")
    home = HomePage.objects.get(locale__language_code="en")
    home.hero_image = old_hero
    home.save_revision().publish()
    call_command("load_demo", stdout=io.StringIO())
    home.refresh_from_db()
    release.refresh_from_db()
    image.refresh_from_db()
    assert home.hero_image is None
    assert "geo-v1" in image.file.name and release.featured_image_alt.startswith("Map with Chile")
    assert get_image_model().objects.filter(pk=editors.pk).exists()
    cover.refresh_from_db()
    resource.refresh_from_db()
    assert resource.cover_image_id == cover.pk and "pattern-v1" in cover.file.name  # redrawn in place
    chile.refresh_from_db()
    assert chile.featured_image_alt == "Map with Chile highlighted in teal."
    assert chile.live and not chile.has_unpublished_changes  # published in a new revision
    kenya = WorkingGroupPage.objects.get(slug="kenya")
    assert not kenya.live and kenya.get_latest_revision_as_object().featured_image_id  # a draft stays a draft
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def test_demo_content(loaded, client):
    """One load, several checks: loading takes seconds, so the checks share it."""
    check_counts()
    check_chile_release_in_full_with_its_relations(client)
    check_profiles_mark_what_is_unconfirmed(client)
    check_resources_have_real_files_in_their_languages()
    check_home_page_features_demo_content()
    check_primary_navigation(client)
    check_pictures_have_no_words()


def check_counts():
    releases = NewsReleasePage.objects.live()
    assert releases.count() >= 13
    assert set(releases.values_list("kind", flat=True)) == {"release", "statement", "event_report"}
    assert ResourcePage.objects.live().count() >= 20
    assert set(WorkingGroupPage.objects.values_list("slug", flat=True)) == set(demo.PROFILE_SLUGS)
    assert len(demo.PROFILE_SLUGS) == 16  # every working group in vpi_domain.yaml
    assert set(StandardPage.objects.live().values_list("slug", flat=True)) >= {
        "about-the-principles", "the-initiative", "contact"}
    assert Topic.objects.count() == len(demo.TOPIC_SLUGS)
    assert Organisation.objects.count() == len(demo.ORGANISATION_NAMES)
    # Everything lives in the English tree, keyed on the slugs other commands rely on.
    for slug in demo.RELEASE_SLUGS + demo.RESOURCE_SLUGS + demo.PROFILE_SLUGS:
        assert Page.objects.filter(slug=slug, locale__language_code="en").count() == 1, slug


def check_chile_release_in_full_with_its_relations(client):
    release = NewsReleasePage.objects.get(slug=CHILE)
    assert release.live
    assert str(release.publication_date) == "2024-09-05"
    assert release.dateline == "Santiago, Chile"
    assert release.featured_image and release.featured_image_alt == "Map with Chile highlighted in teal."
    assert "geo-v1" in release.featured_image.file.name  # drawn from the geodata, not a box with words
    assert [link.working_group.slug for link in release.working_group_links.all()] == ["chile"]
    assert {link.resource.slug for link in release.resource_links.all()} == {
        "vps-101", "guidance-human-rights-defenders"}

    blocks = {block.block_type: block for block in reversed(list(release.body))}
    types = [block.block_type for block in release.body]
    assert types.count("paragraph") >= 12 and types.count("heading") == 2
    quote = blocks["quote"].value
    assert quote["attribution"] == "Nicholas Kennedy"
    assert "Deputy Head of Mission" in quote["role"]
    assert quote["quote"].startswith("We hope that this Working Group will be a forum")
    assert quote["quote"].endswith("would warmly welcome Chile aboard.")
    contact = blocks["contact"].value
    assert contact["name"] == "VPI Secretariat" and contact["email"] == "Bann.Tabbara@voluntaryprinciples.org"
    assert blocks["call_to_action"].value["page"].slug == "contact"

    text = " ".join(block.value.source for block in release.body if block.block_type == "paragraph")
    for sentence in (
        "formalized the launch of its new In-Country Working Group (ICWG) in Chile",
        "with the support of the Government of the United Kingdom, who hosted the event, and the Government "
        "of Canada",
        "nine mining and energy companies; seven government departments",
        "the VPI Steering Committee approved the creation of the working group in Chile",
        "challenges related to managing community relations",
        "Other Working Groups not created by the Voluntary Principles Initiative",
        "The Initiative comprises over 75 Members and Observers",
    ):
        assert sentence in text, sentence
    # The resources named in the text link to their pages in the library.
    vps101 = ResourcePage.objects.get(slug="vps-101")
    assert f'<a linktype="page" id="{vps101.pk}">' in text

    page = client.get(release.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Nicholas Kennedy" in html and "Santiago, Chile" in html
    assert vps101.url in html


def check_profiles_mark_what_is_unconfirmed(client):
    for profile in WorkingGroupPage.objects.all():
        assert profile.summary and profile.data_note, profile.slug
    chile = WorkingGroupPage.objects.get(slug="chile")
    assert (chile.country.code, chile.group_type, chile.status) == ("CL", "vpi", "active")
    assert str(chile.launch_date) == "2024-09-05"
    assert (chile.companies_count, chile.government_count, chile.civil_society_count) == (9, 7, 5)
    assert {org.name for org in chile.supporting_governments.all()} == {
        "Government of the United Kingdom", "Government of Canada"}
    assert chile.convenor is None  # not published; said so in the data note
    assert list(chile.releases().values_list("slug", flat=True))[:1] == [CHILE]
    # No working group is confirmed in Kenya or Indonesia: their profiles stay unpublished drafts.
    assert set(WorkingGroupPage.objects.filter(live=False).values_list("slug", flat=True)) == {
        "kenya", "indonesia"}
    assert WorkingGroupPage.objects.get(slug="myanmar").status == "closed"
    assert client.get(chile.url).status_code == 200


def check_resources_have_real_files_in_their_languages():
    for resource in ResourcePage.objects.all():
        versions = list(resource.language_versions.all())
        assert versions, resource.slug
        for version in versions:
            with version.document.file.open("rb") as handle:
                assert handle.read(5) == b"%PDF-"
            assert version.file_format == "PDF" and version.file_size > 0
    toolkit = ResourcePage.objects.get(slug="security-and-human-rights-toolkit")
    assert {v.language for v in toolkit.language_versions.all()} == {"en", "fr", "es"}
    assert ResourcePage.objects.get(slug="vps-101").publication_date_display == "2022"


def check_home_page_features_demo_content():
    home = HomePage.objects.get(locale__language_code="en")
    assert home.latest_releases()[0].slug == CHILE  # pinned
    assert [page.slug for page in home.featured_resource_pages()][:2] == [
        "vps-101", "guidance-human-rights-defenders"]
    # The hero is text over a CSS background: no picture, so no headline drawn into one.
    assert home.about_text and home.hero_image is None
    assert any(profile.slug == "chile" for profile in home.highlighted_working_groups())


def check_primary_navigation(client):
    html = client.get("/en/").text
    nav = html.split('class="site-nav"')[1].split("</nav>")[0]
    for title in ["News", "Working groups", "Resources", "The Voluntary Principles", "The Initiative"]:
        assert f">{title}</a>" in nav, title


def check_pictures_have_no_words():
    """Profiles show their country's outline (drawn from the geodata, shared by the groups of one
    country), resources a cover pattern by type: no picture has words drawn in."""
    by_country = {}
    for profile in WorkingGroupPage.objects.select_related("featured_image"):
        assert "geo-v1" in profile.featured_image.file.name, profile.slug
        with translation.override("en"):  # earlier checks' requests may leave Spanish active
            assert profile.featured_image_alt == f"Map with {profile.country.name} highlighted in teal."
        by_country.setdefault(profile.country.code, set()).add(profile.featured_image_id)
    assert all(len(images) == 1 for images in by_country.values()) and len(by_country["CD"]) == 1
    covers = {resource.cover_image.file.name for resource in ResourcePage.objects.select_related("cover_image")}
    assert all("pattern-v1" in name for name in covers) and len(covers) == ResourcePage.objects.count()


def test_written_in_english_whatever_language_is_active(settings, tmp_path):
    """Country names go into the English alt texts (which the Spanish demo translates): a Spanish
    active language (a request, another test) must not make them "Map with Brasil …"."""
    settings.MEDIA_ROOT = tmp_path
    with translation.override("es"):
        call_command("load_demo", stdout=io.StringIO())
    brazil = WorkingGroupPage.objects.get(slug="brazil").get_latest_revision_as_object()
    assert brazil.featured_image_alt == "Map with Brazil highlighted in teal."
