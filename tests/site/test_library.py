"""The resource library: facets (type, topic, language available, year) with counts, combinable
with a keyword; bad values give a normal page; the resource page lists every language version."""

import re

import pytest

from tests.factories import ResourceLanguageVersionFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def option(html, name, value):
    select = html.split(f'name="{name}"')[1].split("</select>")[0]
    return re.search(rf'<option value="{value}"[^>]*>([^<]+)</option>', select).group(1)


def test_library_lists_resources_with_facet_counts(client, site_tree):
    html = client.get(site_tree["library"].url).text
    assert titles(html) == ["Guidance on grievance", "Implementation toolkit"]
    assert option(html, "type", "toolkit") == "Toolkit (1)"
    assert option(html, "type", "report") == "Report (0)"
    assert option(html, "topic", "defenders") == "Human rights defenders (1)"
    assert option(html, "language", "fr") == "Français (1)"
    assert option(html, "language", "es") == "Español (1)"
    assert option(html, "year", "2022") == "2022 (1)"


@pytest.mark.parametrize("query, expected", [
    ("type=toolkit", ["Implementation toolkit"]),
    ("topic=defenders", ["Implementation toolkit"]),
    ("language=fr", ["Guidance on grievance"]),
    ("language=en", ["Implementation toolkit"]),
    ("year=2023", ["Guidance on grievance"]),
    ("q=grievance", ["Guidance on grievance"]),
    ("q=toolkit&language=es", ["Implementation toolkit"]),
    ("q=toolkit&language=fr", []),
])
def test_filters_and_keyword(client, site_tree, query, expected):
    response = client.get(f"{site_tree['library'].url}?{query}")
    assert response.status_code == 200
    assert titles(response.text) == expected


def test_counts_follow_the_other_filters(client, site_tree):
    html = client.get(f"{site_tree['library'].url}?language=fr").text
    assert option(html, "type", "toolkit") == "Toolkit (0)"
    assert option(html, "type", "guidance") == "Guidance (1)"
    assert option(html, "language", "es") == "Español (1)"  # its own facet ignores itself
    assert '<option value="fr" selected>Français (1)</option>' in html


@pytest.mark.parametrize("query", [
    "type=nope", "topic=%3Cscript%3E", "language=xx", "year=abcd", "year=99999999999999999999", "page=zz",
    "q=" + "x" * 5000, "q=%00%27%22", "q=%25%25", "page=-5",
])
def test_bad_values_give_a_normal_page(client, site_tree, query):
    response = client.get(f"{site_tree['library'].url}?{query}")
    assert response.status_code == 200


def test_pagination_keeps_filters(client, site_tree):
    for n in range(14):
        resource = ResourcePageFactory(parent=site_tree["library"], title=f"Report {n:02d}", resource_type="report")
        ResourceLanguageVersionFactory(page=resource, language="en")
    html = client.get(f"{site_tree['library'].url}?type=report").text
    assert len(titles(html)) == 12 and "14 resources" in html
    assert 'href="?type=report&amp;page=2"' in html
    assert len(titles(client.get(f"{site_tree['library'].url}?type=report&page=2").text)) == 2


def test_spanish_library(client, site_tree):
    html = client.get(site_tree["library_es"].url).text
    assert titles(html) == ["Caja de herramientas"]
    assert option(html, "topic", "defenders") == "Personas defensoras (1)"


def test_resource_page_lists_every_language_version(client, site_tree):
    html = client.get(site_tree["toolkit"].url).text
    downloads = html.split('class="downloads"')[1].split("</ul>")[0]
    assert '<span lang="en">English</span>' in downloads
    assert '<span lang="es">Español</span>' in downloads
    assert '<span lang="es">Caja de herramientas</span>' in downloads
    assert downloads.count("· PDF") == 2
    assert "bytes" in downloads  # the size of the uploaded file
    assert "Human rights defenders" in html


def test_an_unknown_year_is_dropped_with_its_counts(client, site_tree):
    # A plausible year is assumed while the figures are read; one no resource has is dropped, and
    # the counts are the ones read without it (cms.content.listing).
    html = client.get(f"{site_tree['library'].url}?year=1990").text
    assert titles(html) == ["Guidance on grievance", "Implementation toolkit"]
    assert "2 resources" in html
    assert option(html, "type", "toolkit") == "Toolkit (1)"
    assert '<option value="1990"' not in html
