"""`load_demo_translations`: Spanish demo content through wagtail-localize, idempotent, never half-English live."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from cms.demo.translations import TOOL_NAME
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory, TopicFactory

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
