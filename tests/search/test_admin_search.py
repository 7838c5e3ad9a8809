"""Every admin search surface, in English and Spanish, with the queries editors really type.

Wagtail's admin searches with the backend's autocomplete (page search, choosers, listings, images,
documents, snippets). Every surface must answer without a server error whatever is typed (quotes,
operators, `*`, blank or very long input) and find what a plain search would find: the same query
hygiene as the public search (search.query.clean_search_query).
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.factories import (
    DocumentFactory,
    ImageFactory,
    NewsReleasePageFactory,
    OrganisationFactory,
    ResourceLanguageVersionFactory,
    ResourcePageFactory,
    StandardPageFactory,
    TopicFactory,
    WorkingGroupPageFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

# What editors type: (query, what the surface must then list: "chile", "participacion" or None for
# anything or nothing). Every query goes to every surface; the longer list of syntax below goes to
# the backend directly (test_backend_answers_every_syntax), which is what every surface calls.
QUERIES = [
    ("chile", "chile"),
    ("chi", "chile"),  # autocomplete: a prefix is enough
    ('"chile"', "chile"),
    ("chile " * 2000, "chile"),  # very long input: capped, still a search
    ("participacion", "participacion"),
    ("participación", "participacion"),
    ('"', None),
    ("*", None),
    ("   ", None),
    ("chile AND peru OR NOT -chile +x", None),
]
SPANISH_QUERIES = [("chile", "chile"), ("participacion", "participacion"), ('"', None), ("*", None)]

SYNTAX = [
    "Chile", "CHILE", "chile*", "+chile", "(chile", "chile)", "'chile'", "'", '""', "-", "+", "\t\n",
    "chile AND peru", "chile OR peru", "NOT chile", "-chile", "chile -peru", "chile NEAR(peru)", "title:chile",
    "live:true chile", "\\", "\x00chile", "%_", "🇨🇱", "chile:*", "chile & peru | !x", "chile <-> peru",
    "a" * 5000, " ".join(["chile"] * 300), "^chile", "{chile}", "[chile]", "chile~2", "chile^3",
]

@pytest.fixture
def scenario(home, indexes, locale_es):
    """One object of each searchable kind whose title says "Chile", one with "participación", and a
    "Peru" decoy that a Chile search must not list."""
    release = NewsReleasePageFactory(parent=indexes["news"], title="Chile working group launched")
    NewsReleasePageFactory(parent=indexes["news"], title="Peru plenary held")
    group = WorkingGroupPageFactory(parent=indexes["groups"], title="Chile ICWG")
    resource = ResourcePageFactory(parent=indexes["library"], title="Chile guidance note")
    ResourceLanguageVersionFactory(page=resource)
    ResourcePageFactory(parent=indexes["library"], title="Participación comunitaria: guía")
    StandardPageFactory(parent=home, title="Participación de la sociedad civil")
    translate(release, locale_es, title="Lanzamiento del grupo de trabajo de Chile")
    translate(group, locale_es, title="GTIP Chile: participación")

    ImageFactory(title="Chile mine site")
    ImageFactory(title="Peru valley")
    ImageFactory(title="Participación en Bogotá")
    DocumentFactory(title="Chile annual report")
    DocumentFactory(title="Peru annual report")
    DocumentFactory(title="Informe de participación")
    topic = TopicFactory(name="Chile")
    TopicFactory(name="Peru")
    TopicFactory(name="Participación ciudadana")
    translate_snippet(topic, locale_es, name="Chile (es)")
    OrganisationFactory(name="Chile Mining Council")
    OrganisationFactory(name="Peru Mining Society")
    OrganisationFactory(name="Consejo de participación")
    return {"release": release, "group": group, "resource": resource}


# surface -> (URL, the scenario titles a "chile" search lists there, a "participacion" search's)
SURFACES = {
    "page search": ("/admin/pages/search/", "Chile working group launched", "Participación de la sociedad civil"),
    "page search results": ("/admin/pages/search/results/", "Chile ICWG", "GTIP Chile: participación"),
    "explorer listing": ("/admin/pages/{home}/", "Chile working group launched",
                         "Participación de la sociedad civil"),
    "page chooser": ("/admin/choose-page/search/", "Chile guidance note", "Participación comunitaria: guía"),
    "page chooser, working groups": (
        "/admin/choose-page/search/?page_type=workinggroups.workinggrouppage", "Chile ICWG",
        "GTIP Chile: participación"),
    "page chooser, resources": (
        "/admin/choose-page/search/?page_type=resources.resourcepage", "Chile guidance note",
        "Participación comunitaria: guía"),
    "page chooser, rich-text link": (
        "/admin/choose-page/search/?allow_external_link=true&allow_email_link=true&allow_phone_link=true"
        "&allow_anchor_link=true", "Chile working group launched", "Participación de la sociedad civil"),
    "news releases listing": ("/admin/news_releases/", "Chile working group launched", None),
    "news releases results": ("/admin/news_releases/results/", "Chile working group launched", None),
    "working groups listing": ("/admin/working_group_profiles/", "Chile ICWG", "GTIP Chile: participación"),
    "resources listing": ("/admin/resource_pages/", "Chile guidance note", "Participación comunitaria: guía"),
    "images": ("/admin/images/", "Chile mine site", "Participación en Bogotá"),
    "images results": ("/admin/images/results/", "Chile mine site", "Participación en Bogotá"),
    "image chooser": ("/admin/images/chooser/results/", "Chile mine site", "Participación en Bogotá"),
    "documents": ("/admin/documents/", "Chile annual report", "Informe de participación"),
    "documents results": ("/admin/documents/results/", "Chile annual report", "Informe de participación"),
    "document chooser": ("/admin/documents/chooser/results/", "Chile annual report", "Informe de participación"),
    "topics": ("/admin/snippets/cms/topic/", "Chile", "Participación ciudadana"),
    "topic chooser": ("/admin/snippets/choose/cms/topic/results/", "Chile", "Participación ciudadana"),
    "organisations": ("/admin/snippets/cms/organisation/", "Chile Mining Council", "Consejo de participación"),
    "organisation chooser": ("/admin/snippets/choose/cms/organisation/results/", "Chile Mining Council",
                             "Consejo de participación"),
}

DECOYS = ["Peru plenary held", "Peru valley", "Peru annual report", "Peru Mining Society"]


def staff_client(client, language):
    """A superuser's client with the admin in `language`."""
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-test-password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def get_search(client, url, query):
    """GET `url` (which may carry its own parameters) with `q=query`."""
    return client.get(url + ("&" if "?" in url else "?") + urlencode({"q": query}))


def admin_search(client, url, query):
    response = get_search(client, url, query)
    assert response.status_code == 200, (url, query, response.status_code)
    return response.content.decode()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_admin_search_surface_answers_every_query(client, scenario, home, language):
    staff = staff_client(client, language)
    staff.raise_request_exception = False  # collect every 500 instead of stopping at the first
    queries = QUERIES if language == "en" else SPANISH_QUERIES
    problems = []
    for surface, (url, chile_title, accented_title) in SURFACES.items():
        url = url.format(home=home.pk)
        for query, expected in queries:
            response = get_search(staff, url, query)
            html = response.content.decode()
            if response.status_code != 200:
                problems.append((surface, query[:20], response.status_code))
            elif expected == "chile" and (chile_title not in html or any(decoy in html for decoy in DECOYS)):
                problems.append((surface, query[:20], "Chile not found, or Peru listed"))
            elif expected == "participacion" and accented_title and accented_title not in html:
                problems.append((surface, query[:20], f"{accented_title} not found"))
    assert problems == []


@pytest.mark.parametrize("method", ["search", "autocomplete"])
def test_backend_answers_every_syntax(scenario, method):
    """What every admin surface and Wagtail's API call: the backend, with raw input, on each model."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend
    from wagtail.search.utils import parse_query_string

    from cms.models import Topic

    backend = get_search_backend()
    for model in (Page, get_image_model(), get_document_model(), Topic):
        for query in SYNTAX + [query for query, _expected in QUERIES]:
            _filters, parsed = parse_query_string(query, operator="and")
            for given in (query, parsed):
                results = getattr(backend, method)(given, model.objects.all())
                list(results[:5]), results.count()


def test_page_search_finds_both_languages_and_filters_by_type(client, scenario):
    staff = staff_client(client, "es")
    html = admin_search(staff, "/admin/pages/search/", "chile")
    assert "Chile working group launched" in html and "Lanzamiento del grupo de trabajo de Chile" in html
    html = admin_search(staff, "/admin/pages/search/?content_type=workinggroups.workinggrouppage", "chile")
    assert "Chile ICWG" in html and "Chile working group launched" not in html


def test_syntax_only_queries_find_nothing_and_blank_ones_list_everything(client, scenario):
    """Words are what a search looks for: syntax alone finds nothing (as on the public search page),
    while a query Wagtail's page search reads as empty (blank, a lone quote) lists every page, as
    its empty search box does."""
    staff = staff_client(client, "en")
    for query in ["*", "-", "+", "()"]:
        assert "Chile working group launched" not in admin_search(staff, "/admin/pages/search/results/", query)
    for query in ['"', "   "]:
        assert "Chile working group launched" in admin_search(staff, "/admin/pages/search/results/", query)
