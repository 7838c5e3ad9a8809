"""`load_demo_translations`: Spanish demo content through wagtail-localize, idempotent, never half-English live."""

import io
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationSource

from cms.content.footer import SiteFooter
from cms.demo.spanish import IN_PROGRESS
from cms.demo.translations import TOOL_NAME
from cms.models import Organisation, Topic
from cms.translation.admin_views import translation_progress
from home.models import StandardPage
from news.models import NewsReleasePage
from resources.models import ResourcePage
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory, TopicFactory
from workinggroups.models import WorkingGroupPage

pytestmark = pytest.mark.django_db

CHILE = "vpi-launches-working-group-in-chile"


@pytest.fixture
def demo(homes):
    news = NewsIndexPageFactory(parent=homes["en"], title="News", slug="news",
                                intro="News releases, statements and event reports from the Voluntary Principles "
                                      "Initiative.")
    topic = TopicFactory(name="In-country implementation", slug="in-country-implementation",
                         description="How the Principles are put into practice locally, notably through In-Country "
                                     "Working Groups.")
    chile = NewsReleasePageFactory(
        parent=news, slug=CHILE, dateline="Santiago, Chile",
        title="VPI Launches Working Group in Chile to Strengthen Local Security and Human Rights Practices",
        summary="The Voluntary Principles Initiative launched its new In-Country Working Group in Chile in "
                "Santiago, with around 30 company, government and civil society participants.",
        body=[("heading", {"text": "About the Voluntary Principles", "level": "h2"})],
    )
    chile.topics.add(topic)
    chile.save_revision().publish()
    other = NewsReleasePageFactory(parent=news, slug="not-in-the-demo", title="Not in the demo")
    return {"news": news, "chile": chile, "other": other, "topic": topic}


def test_demo_translations_are_real_translations(client, demo, capsys):
    call_command("load_demo_translations")
    out = capsys.readouterr().out
    assert "Skipped: no English page with slug 'working-groups'" in out  # missing pages are reported, not fatal

    chile_es = demo["chile"].get_translation(Page.objects.get(depth=2, locale__language_code="es").locale).specific
    assert chile_es.live
    assert chile_es.title.startswith("La VPI lanza un Grupo de Trabajo en Chile")
    assert chile_es.dateline == "Santiago de Chile"
    assert chile_es.publication_date == demo["chile"].publication_date  # synchronised
    # Relations stay on the English objects (localised when shown); the topic has its Spanish version.
    assert [t.translation_key for t in chile_es.topics.all()] == [demo["topic"].translation_key]
    assert demo["topic"].get_translation(chile_es.locale).name == "Implementación en el país"
    assert Translation.objects.filter(source__object_id=demo["chile"].translation_key,
                                      target_locale__language_code="es", enabled=True).exists()
    assert StringTranslation.objects.filter(tool_name=TOOL_NAME, data="Santiago de Chile").exists()

    response = client.get("/es/noticias/la-vpi-lanza-grupo-de-trabajo-en-chile/")
    assert response.status_code == 200
    assert "Sobre los Principios Voluntarios" in response.content.decode()
    # Pages the demo has no Spanish for are not touched.
    assert demo["other"].get_translations().count() == 0


def test_incomplete_translation_stays_draft(demo, capsys):
    chile = demo["chile"]
    chile.summary = "A summary the demo has no Spanish for."
    chile.save_revision().publish()
    call_command("load_demo_translations")
    assert "Draft (not published)" in capsys.readouterr().out
    chile_es = Page.objects.get(translation_key=chile.translation_key, locale__language_code="es")
    assert not chile_es.live
    # Running again adds nothing: the draft gets no new revision each time.
    revisions = chile_es.revisions.count()
    call_command("load_demo_translations")
    assert Page.objects.get(pk=chile_es.pk).revisions.count() == revisions


def test_only_live_sources_are_translated(demo):
    """A translation is published only while its source is live: an unpublished release is left alone."""
    demo["chile"].unpublish()
    call_command("load_demo_translations")
    assert not Page.objects.filter(translation_key=demo["chile"].translation_key,
                                   locale__language_code="es").exists()


def test_translation_edited_by_hand_is_left_alone(demo):
    """A translator who switched a translation to manual editing (wagtail-localize disables it) keeps it."""
    call_command("load_demo_translations")
    chile_es = Page.objects.get(translation_key=demo["chile"].translation_key, locale__language_code="es")
    revisions = chile_es.revisions.count()
    translation = Translation.objects.get(source__object_id=demo["chile"].translation_key,
                                          target_locale__language_code="es")
    translation.enabled = False
    translation.save()
    StringTranslation.objects.filter(tool_name=TOOL_NAME, data="Santiago de Chile").delete()
    call_command("load_demo_translations")
    assert Page.objects.get(pk=chile_es.pk).revisions.count() == revisions
    assert not StringTranslation.objects.filter(data="Santiago de Chile").exists()


def test_idempotent_and_keeps_translators_work(demo):
    call_command("load_demo_translations")
    chile_es = Page.objects.get(translation_key=demo["chile"].translation_key, locale__language_code="es")
    revisions = chile_es.revisions.count()
    # A translator rewrites the dateline; running the loader again must not undo it.
    StringTranslation.objects.filter(data="Santiago de Chile").update(data="Santiago (Chile)", tool_name="")
    call_command("load_demo_translations")
    assert Page.objects.get(pk=chile_es.pk).revisions.count() == revisions
    assert StringTranslation.objects.filter(data="Santiago (Chile)").count() == 1
    assert Page.objects.filter(locale__language_code="es", alias_of__isnull=True).count() == 3  # home, news, chile


# The whole demo in Spanish: one load for every check (load_demo takes a while).

def spanish_snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "live", "latest_revision_id", "slug")),
        "revisions": Revision.objects.count(),
        "strings": sorted(StringTranslation.objects.values_list("pk", "data")),
        "translations": sorted(Translation.objects.values_list("pk", "enabled")),
        "sources": sorted(TranslationSource.objects.values_list("pk", "last_updated_at")),
        "overrides": sorted(SegmentOverride.objects.values_list("pk", "data_json")),
        "topics": Topic.objects.count(),
        "organisations": Organisation.objects.count(),
        "footers": sorted(SiteFooter.objects.values_list("pk", "locale_id", "contact_heading", "note")),
    }


def live_spanish(page, es):
    translated = page.get_translation_or_none(es)
    return translated is not None and translated.live and translated.alias_of_id is None


def test_full_demo_in_spanish(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=io.StringIO())
    out = io.StringIO()
    call_command("load_demo_translations", stdout=out)
    assert "Draft (not published)" not in out.getvalue()  # every page meant to be live is, in full
    en, es = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="es")

    # The latest releases, every standard page, every published profile, every resource with a Spanish file.
    releases_es = NewsReleasePage.objects.live().filter(locale=es, alias_of__isnull=True)
    assert releases_es.count() >= 8
    for release in NewsReleasePage.objects.live().filter(locale=en).order_by("-publication_date")[:8]:
        assert live_spanish(release, es), release.slug
    for page in StandardPage.objects.live().filter(locale=en):
        assert live_spanish(page, es), page.slug
    profiles = WorkingGroupPage.objects.filter(locale=en)
    assert all(live_spanish(profile, es) for profile in profiles.live())
    assert not any(profile.get_translation_or_none(es) for profile in profiles.filter(live=False))  # drafts
    for resource in ResourcePage.objects.live().filter(locale=en):
        if resource.language_versions.filter(language="es").exists():
            assert live_spanish(resource, es), resource.slug
    assert Topic.objects.filter(locale=es).count() == Topic.objects.filter(locale=en).count()
    assert Organisation.objects.filter(locale=es).count() == Organisation.objects.filter(locale=en).count()

    # Pages left in progress: Spanish drafts, part-translated, on the translators' dashboard.
    progress = {p.translation.source.object_id: p for p in translation_progress(Translation.objects.all())}
    for _section, slug in IN_PROGRESS:
        english = Page.objects.get(slug=slug, locale=en, depth=4)
        draft = english.get_translation(es)
        assert not draft.live, slug
        assert 0 < progress[english.translation_key].percent < 100, slug

    # Natural Spanish in the pages, links kept as links, the call to action to the Spanish contact page.
    chile_es = NewsReleasePage.objects.get(slug="la-vpi-lanza-grupo-de-trabajo-en-chile", locale=es)
    html = client.get(chile_es.url).content.decode()
    assert "Principios Voluntarios sobre Seguridad y Derechos Humanos" in html
    assert ResourcePage.objects.get(slug="vps-101", locale=en).get_translation(es).url in html  # rich-text link
    assert 'href="/es/contacto/"' in html
    about = StandardPage.objects.get(locale=es, slug="sobre-los-principios")
    assert client.get(about.url).status_code == 200
    assert "Relaciones entre las empresas y la seguridad pública" in client.get(about.url).content.decode()

    # The footer snippet, translated like the others; the Spanish home shows it, nothing in English.
    footer_es = SiteFooter.objects.get(locale=es)
    assert (footer_es.contact_heading, footer_es.organisation_name) == ("Contacto", "Secretaría de la VPI")
    assert footer_es.email == SiteFooter.objects.get(locale=en).email  # synchronised
    footer = client.get("/es/").content.decode().split('<footer class="site-footer">')[1]
    assert '<h2 id="footer-contact">Contacto</h2>' in footer and "<strong>Secretaría de la VPI</strong>" in footer
    assert "Contenido de demostración del CMS de la VPI" in footer and "Demo content" not in footer
    assert "Secciones" in footer and "Síganos" in footer and "Canal de noticias (RSS)" in footer

    # Every profile's country outline, with its alt text in Spanish.
    chile_group = WorkingGroupPage.objects.get(slug="chile", locale=en)
    chile_group_es = chile_group.get_translation(es)
    assert chile_group_es.featured_image_id == chile_group.featured_image_id  # synchronised
    assert chile_group_es.featured_image_alt == "Mapa con Chile resaltado en verde azulado."
    assert 'alt="Mapa con Chile resaltado en verde azulado."' in client.get(chile_group_es.url).content.decode()

    # The Spanish news feed has the releases.
    feed = client.get("/es/feeds/news.rss")
    items = ElementTree.fromstring(feed.content).findall("./channel/item")
    assert len(items) >= 8
    assert all("/es/" in item.findtext("link") for item in items)

    # Running both commands again changes nothing; a translator's edit survives.
    edited = StringTranslation.objects.get(data="Londres (Reino Unido)")
    edited.data, edited.tool_name = "Londres, Reino Unido", ""
    edited.save()
    before = spanish_snapshot()
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo_translations", stdout=io.StringIO())
    assert spanish_snapshot() == before
