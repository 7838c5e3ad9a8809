"""The page chrome: <html lang>, navigation from the page tree, the language switcher (live
translations, else the locale's home; never aliases), hreflang alternates, breadcrumbs, the
staff-editable footer, print styles and the localised error pages."""

import pytest
from django.template import loader
from django.test import RequestFactory
from django.views.defaults import server_error

from cms.content.footer import SiteFooter
from tests.factories import translate_snippet

pytestmark = pytest.mark.django_db


def test_html_lang_and_menu_per_locale(client, site_tree):
    en = client.get(site_tree["news"].url).text
    es = client.get(site_tree["news_es"].url).text
    assert '<html lang="en">' in en and '<html lang="es">' in es
    assert '<a href="/en/working-groups/">Working groups</a>' in en
    assert '<a href="/es/grupos-de-trabajo/">Grupos de trabajo</a>' in es
    assert '<a href="/en/news/" aria-current="page">News</a>' in en
    assert "/en/working-groups/" not in es


def test_language_switcher_links_translation_or_notice(client, site_tree):
    launch = client.get(site_tree["launch"].url).text
    assert 'href="/es/noticias/lanzamiento/" lang="es" hreflang="es">Español</a>' in launch
    # The statement has no Spanish translation: the switcher offers a notice, not the Spanish home.
    statement = client.get(site_tree["statement"].url).text
    notice_url = f"/es/not-translated/{site_tree['statement'].pk}/"
    assert f'href="{notice_url}" lang="es" hreflang="es" rel="nofollow">Español</a>' in statement
    notice = client.get(notice_url)
    assert notice.status_code == 200 and notice["X-Robots-Tag"] == "noindex"
    html = notice.text
    assert '<html lang="es">' in html and "<h1>Aún no disponible en Español</h1>" in html
    assert f'href="{site_tree["statement"].url}" hreflang="en">' in html
    # From the notice, the switcher leads back to the English page itself.
    assert client.get(f"/en/not-translated/{site_tree['statement'].pk}/").url == site_tree["statement"].url


def test_notice_leads_to_the_translation_once_published(client, site_tree):
    launch = site_tree["launch"]
    response = client.get(f"/es/not-translated/{launch.pk}/")
    assert response.status_code == 302 and response.url == site_tree["launch_es"].url


def test_notice_never_shows_a_private_or_draft_page(client, site_tree):
    statement = site_tree["statement"]
    statement.unpublish()
    assert client.get(f"/es/not-translated/{statement.pk}/").status_code == 404
    assert client.get("/es/not-translated/999999/").status_code == 404


def test_language_switcher_keeps_the_query(client, site_tree):
    html = client.get(site_tree["news"].url + "?kind=statement&page=1").text
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/es/noticias/?kind=statement&amp;page=1"' in switcher
    html = client.get(site_tree["statement"].url + "?utm=x").text
    assert f'href="/es/not-translated/{site_tree["statement"].pk}/?utm=x"' in html
    search = client.get("/en/search/?q=chile+launch").text
    switcher = search.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="/es/search/?q=chile+launch"' in switcher
    # The notice keeps it too, for the link to the original.
    notice = client.get(f"/es/not-translated/{site_tree['statement'].pk}/?utm=x").text
    assert f'href="{site_tree["statement"].url}?utm=x"' in notice


def test_language_switcher_skips_alias_pages(client, site_tree):
    alias = site_tree["statement"].copy_for_translation(site_tree["es"], alias=True)
    assert alias.alias_of_id == site_tree["statement"].pk and alias.live
    statement = client.get(site_tree["statement"].url).text
    assert alias.url not in statement
    assert f'href="/es/not-translated/{site_tree["statement"].pk}/" lang="es"' in statement
    assert 'hreflang="es"' not in statement.split("</head>")[0]


def test_hreflang_alternates_for_live_translations(client, site_tree):
    head = client.get(site_tree["launch"].url).text.split("</head>")[0]
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/news/chile-launch/">' in head
    assert '<link rel="alternate" hreflang="es" href="http://testserver/es/noticias/lanzamiento/">' in head
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/news/chile-launch/">' in head
    site_tree["launch_es"].unpublish()
    head = client.get(site_tree["launch"].url).text.split("</head>")[0]
    assert 'hreflang="es"' not in head


def test_breadcrumbs(client, site_tree):
    html = client.get(site_tree["launch_es"].url).text
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert '<a href="/es/">' in crumbs and '<a href="/es/noticias/">Noticias</a>' in crumbs
    assert '<span aria-current="page">Lanzamiento del grupo de Chile</span>' in crumbs
    assert 'class="breadcrumbs"' not in client.get("/en/").text


def test_footer_is_editable_and_translatable(client, site_tree):
    footer = SiteFooter.objects.create(
        locale=site_tree["homes"]["en"].locale, contact_heading="Contact us", organisation_name="VPI Secretariat",
        address="1 Example Street\nGeneva", email="secretariat@example.org",
        social_links=[("link", {"platform": "linkedin", "url": "https://www.linkedin.com/company/vpi", "label": ""})],
    )
    translate_snippet(footer, site_tree["es"], contact_heading="Contacto", organisation_name="Secretaría de la VPI")
    en = client.get(site_tree["news"].url).text
    es = client.get(site_tree["news_es"].url).text
    assert "Contact us" in en and "VPI Secretariat" in en and "Geneva" in en
    assert 'href="mailto:secretariat@example.org"' in en
    assert '<a href="https://www.linkedin.com/company/vpi" rel="me noopener">LinkedIn</a>' in en
    assert "Contacto" in es and "Secretaría de la VPI" in es


def test_footer_falls_back_to_default_locale(client, site_tree):
    SiteFooter.objects.create(locale=site_tree["homes"]["en"].locale, contact_heading="Contact us",
                              email="secretariat@example.org")
    assert "secretariat@example.org" in client.get(site_tree["news_es"].url).text


def test_every_page_has_print_styles_and_local_css_only(client, site_tree):
    html = client.get(site_tree["launch"].url).text
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in html
    assert "https://fonts." not in html and "cdn" not in html.lower()


def test_localised_404(client, site_tree):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert '<html lang="es">' in response.text
    assert '<a href="/es/grupos-de-trabajo/">Grupos de trabajo</a>' in response.text
    english = client.get("/en/missing/")
    assert english.status_code == 404 and "Page not found" in english.text


def test_500_renders_without_request_context():
    html = loader.get_template("500.html").render()
    assert "Something went wrong" in html and "/static/css/site.css" in html
    response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500 and b"Something went wrong" in response.content


def test_robots_txt(client, homes):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
