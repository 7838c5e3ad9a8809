"""Crawl the admin as each role: every reachable admin link answers without a server error, and so
does every search in every listing and chooser (plain words, accents, quotes, operators, `*`).

Bounded: same-origin /admin/ links only, each URL shape (ids replaced by N) visited once, at most
MAX_PAGES pages per role; sign-out is skipped. Wagtail's destructive views only act on POST, and
the crawl only GETs, which the test checks at the end (nothing was deleted, unpublished or
moved). It runs in the normal suite, on SQLite and on PostgreSQL.
"""

import html
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from cms.translation.roles import EDITORS, MODERATORS, TRANSLATORS
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    TopicFactory,
    WorkingGroupPageFactory,
)
from tests.translation.conftest import make_user, translate

pytestmark = pytest.mark.django_db

MAX_PAGES = 90
SKIP = re.compile(r"/logout/|/admin/login/|/pofile/download/|/export/|export_format=|/jsi18n/|\.(png|jpe?g|svg|pdf)$")
HREF = re.compile(r'(?:href|action|data-url|data-w-swap-src-value)="([^"#]+)"')
QUERIES = ["chile", "Intervención", "niño", '"working group"', "chile AND peru", "chile OR -peru", "*", "wor*",
           "(", "'", "a" * 300]
QUICK_QUERIES = ["chile", "Intervención", '"working group"', "chile OR -peru", "*"]

# Listings and choosers with a search box that the crawl may not reach through a plain link (the
# choosers open in modals from JavaScript).
SEARCHES = [
    "/admin/pages/search/", "/admin/choose-page/search/", "/admin/choose-page/",
    "/admin/news_releases/results/", "/admin/working_group_profiles/results/", "/admin/resource_pages/results/",
    "/admin/images/", "/admin/images/chooser/results/", "/admin/documents/",
    "/admin/documents/chooser/results/", "/admin/snippets/cms/topic/", "/admin/snippets/cms/organisation/",
    "/admin/snippets/choose/cms/topic/results/", "/admin/localize/reports/translations/",
]


@pytest.fixture
def scenario(tree, release_es, locale_es, settings, tmp_path):
    """The translation suite's tree, plus a profile, a resource, an image, a document and a topic,
    with an accented title and Spanish translations."""
    settings.MEDIA_ROOT = tmp_path
    profile = WorkingGroupPageFactory(parent=tree["groups"], title="Chile working group", slug="chile-wg")
    library = ResourceIndexPageFactory(parent=tree["home"])
    ResourcePageFactory(parent=library, title="Guía de intervención: niños y niñas", slug="guia")
    translate(tree["groups"], publish=True)
    translate(profile)
    ImageFactory(title="Intervención en Santiago")
    DocumentFactory(title="Working group report")
    TopicFactory(name="Seguridad")
    return tree


def shape(url):
    """A URL's shape: its path with ids as N, and its query's parameter names."""
    parts = urlsplit(url)
    return re.sub(r"\d+", "N", parts.path), tuple(sorted(key for key, _value in parse_qsl(parts.query)))


def links(response, base):
    if "html" not in response.get("Content-Type", ""):
        return []
    found = []
    for raw in HREF.findall(response.content.decode("utf-8", "replace")):
        url = urljoin(base, html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or not parts.path.startswith("/admin/") or SKIP.search(url):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def crawl(client):
    """GET every reachable admin page (one per shape, MAX_PAGES at most); [(url, status)] of server errors."""
    errors, seen, queue, visited = [], set(), ["/admin/"], 0
    while queue and visited < MAX_PAGES:
        url = queue.pop(0)
        if shape(url) in seen:
            continue
        seen.add(shape(url))
        visited += 1
        response = client.get(url)
        if response.status_code >= 500:
            errors.append((url, response.status_code))
            continue
        queue.extend(link for link in links(response, url) if shape(link) not in seen)
    return errors, visited


def search_everywhere(client, queries):
    errors = []
    for url in SEARCHES:
        for query in queries:
            response = client.get(url + "?" + urlencode({"q": query}))
            if response.status_code >= 500:
                errors.append((url, query, response.status_code))
    return errors


ROLES = {"superuser": None, "editor": EDITORS, "translator": TRANSLATORS, "moderator": MODERATORS}


@pytest.mark.parametrize("role", list(ROLES))
def test_admin_crawl_and_searches_have_no_server_errors(role, scenario, roles, client, django_user_model):
    if ROLES[role] is None:
        user = get_user_model().objects.create_superuser("root", "root@example.org", "x-long-pass-1")
    else:
        user = make_user(django_user_model, role, roles[ROLES[role]])
    client.force_login(user)
    client.raise_request_exception = False  # a server error is a finding, reported below with its URL
    pages_before = list(Page.objects.order_by("pk").values_list("pk", "live", "path", "alias_of_id"))

    errors, visited = crawl(client)
    search_errors = search_everywhere(client, QUERIES if role == "superuser" else QUICK_QUERIES)

    assert visited >= 15, f"the crawl reached only {visited} admin pages"
    assert not errors, f"server errors for {role}: {errors}"
    failing = {}
    for url, query, _status in search_errors:
        failing.setdefault(url, []).append(query[:20])
    assert not failing, f"search server errors for {role}: {failing}"
    # Only GETs: nothing was deleted, unpublished, moved or converted on the way.
    assert list(Page.objects.order_by("pk").values_list("pk", "live", "path", "alias_of_id")) == pages_before
