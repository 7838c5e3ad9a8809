"""A small bilingual site for the public-site tests: English pages, some with live Spanish
translations (made with Wagtail's copy_for_translation, then published), topics, a profile
with participants, a resource in two languages and releases linking them.
"""

import datetime

import pytest
from wagtail.models import Locale

from cms.models import Organisation
from tests.factories import (
    ImageFactory,
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseResourceFactory,
    NewsReleaseWorkingGroupFactory,
    OrganisationFactory,
    ResourceIndexPageFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    TopicFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
    translate,
    translate_snippet,
)


@pytest.fixture
def site_tree(homes):
    es = Locale.objects.get(language_code="es")
    en_home, es_home = homes["en"], homes["es"]
    for home in (en_home, es_home):  # menus come from show_in_menus children of each home
        home.refresh_from_db()

    news = NewsIndexPageFactory(parent=en_home, show_in_menus=True, intro="Releases and statements.")
    groups = WorkingGroupIndexPageFactory(parent=en_home, show_in_menus=True)
    library = ResourceIndexPageFactory(parent=en_home, show_in_menus=True)
    news_es = translate(news, es, title="Noticias", slug="noticias")
    groups_es = translate(groups, es, title="Grupos de trabajo", slug="grupos-de-trabajo")
    library_es = translate(library, es, title="Recursos", slug="recursos")

    rights = TopicFactory(name="Human rights defenders", slug="defenders")
    TopicFactory(name="Unused topic", slug="unused")
    translate_snippet(rights, es, name="Personas defensoras")
    security = TopicFactory(name="Public security", slug="public-security")

    government = OrganisationFactory(name="Government of Canada", pillar=Organisation.Pillar.GOVERNMENT)
    company = OrganisationFactory(name="Acme Mining", pillar=Organisation.Pillar.COMPANY)
    ngo = OrganisationFactory(name="Rights Watchers", pillar=Organisation.Pillar.NGO)
    translate_snippet(government, es, name="Gobierno de Canadá")

    image = ImageFactory(file__width=1600, file__height=900)  # as large as a real photograph: srcset widths differ
    chile = WorkingGroupPageFactory(parent=groups, title="Chile working group", slug="chile", country="CL",
                                    contact_email="chile@example.org", meeting_rhythm="Quarterly",
                                    featured_image=image, featured_image_alt="Map with Chile highlighted")
    chile.participants.set([government, company, ngo])
    chile.save_revision().publish()
    ghana = WorkingGroupPageFactory(parent=groups, title="Ghana working group", slug="ghana", country="GH",
                                    group_type="partner", status="forming")
    peru = WorkingGroupPageFactory(parent=groups, title="Peru working group", slug="peru", country="PE",
                                   status="closed")
    chile_es = translate(chile, es, title="Grupo de trabajo de Chile", slug="chile",
                         featured_image_alt="Mapa con Chile resaltado")

    toolkit = ResourcePageFactory(parent=library, title="Implementation toolkit", slug="toolkit",
                                  summary="A toolkit for companies.", resource_type="toolkit",
                                  publication_date=datetime.date(2022, 5, 1))
    ResourceLanguageVersionFactory(page=toolkit, language="en")
    ResourceLanguageVersionFactory(page=toolkit, language="es", title="Caja de herramientas")
    toolkit.topics.set([rights])
    toolkit.save_revision().publish()
    guidance = ResourcePageFactory(parent=library, title="Guidance on grievance", slug="grievance",
                                   summary="How to handle grievances.", resource_type="guidance",
                                   publication_date=datetime.date(2023, 3, 1))
    ResourceLanguageVersionFactory(page=guidance, language="fr")
    toolkit_es = translate(toolkit, es, title="Caja de herramientas", slug="caja")

    launch = NewsReleasePageFactory(parent=news, title="Chile group launched", slug="chile-launch",
                                    publication_date=datetime.date(2024, 3, 5), dateline="Santiago, Chile",
                                    featured_image=image, featured_image_alt="Participants at the launch",
                                    kind="release")
    launch.topics.set([rights])
    NewsReleaseWorkingGroupFactory(page=launch, working_group=chile)
    NewsReleaseResourceFactory(page=launch, resource=toolkit)
    launch.save_revision().publish()
    statement = NewsReleasePageFactory(parent=news, title="Statement on security", slug="statement",
                                       publication_date=datetime.date(2023, 7, 1), kind="statement")
    statement.topics.set([security])
    statement.save_revision().publish()
    draft = NewsReleasePageFactory(parent=news, title="Draft release", slug="draft",
                                   publication_date=datetime.date(2024, 6, 1))
    draft.unpublish()
    launch_es = translate(launch, es, title="Lanzamiento del grupo de Chile", slug="lanzamiento")

    return {
        "homes": homes, "es": es,
        "news": news, "news_es": news_es, "groups": groups, "groups_es": groups_es,
        "library": library, "library_es": library_es,
        "rights": rights, "security": security,
        "chile": chile, "chile_es": chile_es, "ghana": ghana, "peru": peru,
        "toolkit": toolkit, "toolkit_es": toolkit_es, "guidance": guidance,
        "launch": launch, "launch_es": launch_es, "statement": statement, "draft": draft,
    }
