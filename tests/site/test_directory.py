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


def test_map_marks_and_links_every_group(client, site_tree):
    html = client.get(site_tree["groups"].url).text
    svg = html.split('<svg class="worldmap"')[1].split("</svg>")[0]
    # A group of links with a name and a description pointing at the list, not a picture.
    assert 'role="group"' in svg and 'aria-labelledby="map-title"' in svg and 'aria-describedby="map-help"' in svg
    assert '<title id="map-title">Map of the working groups</title>' in svg
    markers = svg.split('<a class="worldmap__marker')[1:]
    links = sorted(m.split('href="')[1].split('"')[0] for m in markers)
    assert links == sorted([site_tree["chile"].url, site_tree["ghana"].url, site_tree["peru"].url])
    assert "<title>Chile working group (Chile)</title>" in svg
    # Three countries outlined, each marker drawn where its country is (Chile west of Ghana, south of it).
    assert svg.count('class="worldmap__country"') == 3
    chile = next(m for m in markers if site_tree["chile"].url in m)
    ghana = next(m for m in markers if site_tree["ghana"].url in m)
    cx = lambda m: float(m.split('cx="')[1].split('"')[0])  # noqa: E731
    cy = lambda m: float(m.split('cy="')[1].split('"')[0])  # noqa: E731
    assert cx(chile) < cx(ghana) and cy(chile) > cy(ghana)
    # The accessible alternative: the list, which the map's help text links to.
    assert 'href="#directory-list"' in html and 'id="directory-list"' in html
    assert html.index('<svg class="worldmap"') < html.index('id="directory-list"')


def test_map_in_spanish_and_filtered(client, site_tree):
    html = client.get(site_tree["groups_es"].url).text
    svg = html.split('<svg class="worldmap"')[1].split("</svg>")[0]
    assert "<title>Grupo de trabajo de Chile (Chile)</title>" in svg
    assert "Mapa de los grupos de trabajo" in svg
    assert "," not in svg.split('viewBox="')[1].split('"')[0]  # numbers in SVG, not localised decimals
    filtered = client.get(site_tree["groups"].url + "?region=africa").text
    svg = filtered.split('<svg class="worldmap"')[1].split("</svg>")[0]
    assert svg.count('<a class="worldmap__marker') == 1 and site_tree["ghana"].url in svg


def test_projection_places_countries():
    from workinggroups import worldmap

    width, height, project = worldmap.frame()
    assert project(0, 0) == (width / 2, project(0, 0)[1])
    west, _ = project(-70, -33)
    east, _ = project(30, -33)
    assert west < width / 2 < east
    assert worldmap.numeric_code("BR") == "076" and "076" in worldmap.projected()


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


def test_profile_pictures_on_the_profile_and_the_directory_cards(client, site_tree):
    """The featured image: a responsive <picture> at the top of the profile, a srcset thumbnail on
    the directory's card, each with its size and the alt text in the page's language."""
    html = client.get(site_tree["chile"].url).text
    figure = html.split('<figure class="article__image profile__image">')[1].split("</figure>")[0]
    assert "<picture>" in figure and 'type="image/avif"' in figure and 'alt="Map with Chile highlighted"' in figure
    fallback = re.search(r"<img [^>]*>", figure).group(0)  # Wagtail writes its attributes sorted
    assert re.search(r'width="\d+"', fallback) and re.search(r'height="\d+"', fallback)
    assert 'fetchpriority="high"' in fallback
    assert 'alt="Mapa con Chile resaltado"' in client.get(site_tree["chile_es"].url).text

    for url, alt in [(site_tree["groups"].url, "Map with Chile highlighted"),
                     (site_tree["groups_es"].url, "Mapa con Chile resaltado")]:
        cards = client.get(url).text.split('<ul class="cards cards--compact">')[1:]
        images = re.findall(r'<img [^>]*class="card__image"[^>]*>', "".join(cards))
        assert len(images) == 1, url  # Ghana and Peru have none: no empty frame
        assert f'alt="{alt}"' in images[0] and "srcset=" in images[0] and 'loading="lazy"' in images[0]
        assert re.search(r'width="\d+"', images[0]) and re.search(r'height="\d+"', images[0])
