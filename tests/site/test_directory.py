"""The working-group directory (filters by type, status and region with counts, the regional
overview) and the profile page (participants by pillar, news, resources, localised names)."""

import re

import pytest

from tests.factories import translate

pytestmark = pytest.mark.django_db


def names(html):
    return re.findall(r'<h4 class="card__title"><a href="[^"]+">([^<]+)</a></h4>', html)


def option(html, name, value):
    """The option's visible text in the <select name=...>."""
    select = html.split(f'name="{name}"')[1].split("</select>")[0]
    return re.search(rf'<option value="{value}"[^>]*>([^<]+)</option>', select).group(1)


def test_all_profiles_grouped_by_region_with_counts(client, site_tree):
    html = client.get(site_tree["groups"].url).text
    assert sorted(names(html)) == ["Chile working group", "Ghana working group", "Peru working group"]
    assert option(html, "type", "vpi") == "VPI In-Country Working Group (2)"
    assert option(html, "type", "partner") == "Partner In-Country Working Group (1)"
    assert option(html, "status", "closed") == "Closed (1)"
    assert option(html, "region", "americas") == "Americas (2)"
    assert option(html, "region", "africa") == "Africa (1)"
    assert option(html, "region", "europe") == "Europe (0)"
    africa = html.split('id="region-africa"')[1].split("</section>")[0]
    assert names(africa) == ["Ghana working group"]


def test_overview_chart_is_accessible(client, site_tree):
    html = client.get(site_tree["groups"].url).text
    svg = html.split('<svg class="overview__chart"')[1].split("</svg>")[0]
    assert 'role="img"' in svg and "<title" in svg
    assert "Americas: 2; Asia: 0; Europe: 0; Oceania: 0" in svg or "Americas: 2" in svg
    assert "Africa: 1" in svg


@pytest.mark.parametrize("query, expected", [
    ("type=partner", ["Ghana working group"]),
    ("status=active", ["Chile working group"]),
    ("region=americas", ["Chile working group", "Peru working group"]),
    ("region=americas&status=closed", ["Peru working group"]),
    ("region=europe", []),
])
def test_filters(client, site_tree, query, expected):
    response = client.get(f"{site_tree['groups'].url}?{query}")
    assert response.status_code == 200
    assert sorted(names(response.text)) == expected


def test_counts_apply_the_other_filters(client, site_tree):
    html = client.get(f"{site_tree['groups'].url}?region=americas").text
    assert option(html, "type", "partner") == "Partner In-Country Working Group (0)"
    assert option(html, "type", "vpi") == "VPI In-Country Working Group (2)"
    assert option(html, "region", "africa") == "Africa (1)"  # its own facet ignores itself


@pytest.mark.parametrize("query", ["type=x", "status=<b>", "region=atlantis", "region=", "type=vpi&type=zz"])
def test_bad_values_give_a_normal_page(client, site_tree, query):
    response = client.get(f"{site_tree['groups'].url}?{query}")
    assert response.status_code == 200
    assert names(response.text)


def test_country_names_are_localised(client, site_tree):
    translate(site_tree["peru"], site_tree["es"], title="Grupo de trabajo de Perú", slug="peru")
    html = client.get(site_tree["groups_es"].url).text
    assert sorted(names(html)) == ["Grupo de trabajo de Chile", "Grupo de trabajo de Perú"]
    assert '<p class="card__place">Perú</p>' in html
    assert '<p class="card__place">Peru</p>' in client.get(site_tree["groups"].url).text


def test_profile_page(client, site_tree):
    html = client.get(site_tree["chile"].url).text
    participants = html.split('id="participants-heading"')[1].split("</section>")[0]
    assert "<h3>Government</h3>" in participants and "Government of Canada" in participants
    assert "<h3>Company</h3>" in participants and "Acme Mining" in participants
    assert "Rights Watchers" in participants
    assert 'href="mailto:chile@example.org"' in html
    assert "Quarterly" in html
    assert '<a href="/en/news/chile-launch/">Chile group launched</a>' in html
    assert 'href="/en/feeds/working-groups/chile.rss"' in html


def test_spanish_profile(client, site_tree):
    html = client.get(site_tree["chile_es"].url).text
    assert "Gobierno de Canadá" in html and "Acme Mining" in html  # untranslated names fall back
    assert '<a href="/es/noticias/lanzamiento/">Lanzamiento del grupo de Chile</a>' in html
    assert "Chile working group" not in html.split("<main")[1]
