"""Partner embeds in a real browser: a partner page on another origin embeds a Spanish profile by
script (Shadow DOM) and by iframe; after the profile is edited and published, reloading shows it."""

import functools
import http.server
import json
import threading
import urllib.request

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from cms.translation.bootstrap import ensure_home_pages
from tests.factories import (
    NewsIndexPageFactory,
    NewsReleasePageFactory,
    NewsReleaseWorkingGroupFactory,
    WorkingGroupIndexPageFactory,
    WorkingGroupPageFactory,
    translate,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARTNER_PORTS = range(8120, 8126)
PARTNER_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Partner NGO</title></head>
<body style="font-family:Georgia,serif;max-width:760px;margin:2em auto">
<h1>Partner NGO: our work in Chile</h1>
<section id="by-script"><h2>Script</h2>
<script src="{vpi}/static/embed/v1.js" data-working-group="chile" data-locale="es" data-accent="c0392b" async></script>
</section>
<section id="by-iframe"><h2>Iframe</h2>
<iframe src="{vpi}/embed/working-groups/chile/?locale=es&amp;theme=dark" title="Chile" width="480" height="150"
  style="border:0;max-width:100%" data-vpi-embed></iframe>
</section>
<section id="news-script"><h2>News</h2>
<script src="{vpi}/static/embed/v1.js" data-working-group="chile" data-locale="es" data-view="news" async></script>
</section>
<section id="broken"><h2>Unknown group</h2>
<script src="{vpi}/static/embed/v1.js" data-working-group="atlantis" data-locale="es" async></script>
</section>
</body></html>
"""


@pytest.fixture
def partner_site(tmp_path, live_server):
    """The partner page served by http.server on its own port: a different origin from the CMS."""
    (tmp_path / "index.html").write_text(PARTNER_PAGE.format(vpi=live_server.url), encoding="utf-8")

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = None
    for port in PARTNER_PORTS:
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
            break
        except OSError:
            continue
    if server is None:
        pytest.skip("no free port in 8120-8125 for the partner page")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


def test_partner_page_embeds_spanish_profile(live_server, partner_site, page, screenshot):
    cache.clear()
    homes = ensure_home_pages()
    groups = WorkingGroupIndexPageFactory(parent=homes["en"])
    profile = WorkingGroupPageFactory(parent=groups, title="Chile", slug="chile", country="CL", launch_year=2019,
                                      summary="Companies, government and civil society in Chile.",
                                      companies_count=6)
    spanish = Locale.objects.get(language_code="es")
    profile_es = translate(profile, spanish, title="Chile: grupo de trabajo",
                           slug="chile-grupo", summary="Empresas, gobierno y sociedad civil en Chile.")
    release = NewsReleasePageFactory(parent=NewsIndexPageFactory(parent=homes["en"]), title="Chile group launched")
    NewsReleaseWorkingGroupFactory(page=release, working_group=profile)
    translate(release, spanish, title="Se lanzó el grupo de Chile", slug="lanzamiento")

    page.set_viewport_size({"width": 1280, "height": 1500})  # the whole partner page in one screenshot
    page.goto(partner_site)
    script_card = page.locator("#by-script article.card")  # inside the shadow root: Playwright pierces it
    script_card.wait_for()
    assert script_card.get_attribute("lang") == "es"
    assert script_card.locator("h2").inner_text() == "Chile: grupo de trabajo"
    assert "Empresas, gobierno y sociedad civil en Chile." in script_card.inner_text()
    assert "/es/" in script_card.locator("a.cta").get_attribute("href")
    # The card's styles stay in its shadow root: the partner's serif font and headings are untouched.
    assert page.locator("#by-script .vpi-embed").evaluate("e => e.shadowRoot !== null")
    assert page.locator("h1").evaluate("e => getComputedStyle(e).fontFamily").startswith("Georgia")

    frame = page.frame_locator("#by-iframe iframe")
    assert frame.locator("h1").inner_text() == "Chile: grupo de trabajo"
    assert frame.locator("html").get_attribute("lang") == "es"
    assert frame.locator("html").get_attribute("class") == "theme-dark"
    # The card posted its height and v1.js sized the iframe from 150px to fit the card.
    iframe = page.locator("#by-iframe iframe")
    page.wait_for_function("() => document.querySelector('#by-iframe iframe').style.height !== ''")
    height = int(iframe.evaluate("e => e.style.height").removesuffix("px"))
    assert height > 150 and abs(height - iframe.bounding_box()["height"]) < 2

    news_card = page.locator("#news-script article.card")
    news_card.wait_for()
    assert news_card.locator("li a").first.inner_text().startswith("Se lanzó el grupo de Chile")
    assert "/es/" in news_card.locator("li a").first.get_attribute("href")

    broken = page.locator("#broken .vpi-embed[data-vpi-failed]")
    broken.wait_for()
    fallback = page.locator("#broken .vpi-embed a")
    assert fallback.is_visible() and "/embed/working-groups/atlantis/open/" in fallback.get_attribute("href")
    screenshot(page, "embeds-partner-es")

    profile_es.title = "Chile: grupo de trabajo (actualizado)"
    profile_es.save_revision().publish()

    # The server serves the new version at once (its card cache is invalidated on publish) ...
    with urllib.request.urlopen(f"{live_server.url}/embed/working-groups/chile.json?locale=es") as response:
        assert json.load(response)["title"] == "Chile: grupo de trabajo (actualizado)"
    # ... and a visitor whose browser copy has expired (cards are public for PUBLIC_CACHE_CONTROL's
    # max-age, like every page) sees it on reload.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.clearBrowserCache")
    page.reload()
    page.locator("#by-script article.card").wait_for()
    assert page.locator("#by-script article.card h2").inner_text() == "Chile: grupo de trabajo (actualizado)"
    assert frame.locator("h1").inner_text() == "Chile: grupo de trabajo (actualizado)"
    page.wait_for_function("() => document.querySelector('#by-iframe iframe').style.height !== ''")
    screenshot(page, "embeds-partner-es-updated")


def test_card_page_alone_is_accessible(live_server, page, screenshot):
    """The iframe card and the 404 card read well on their own (axe: no violations)."""
    from axe_playwright_python.sync_playwright import Axe

    cache.clear()
    homes = ensure_home_pages()
    groups = WorkingGroupIndexPageFactory(parent=homes["en"])
    WorkingGroupPageFactory(parent=groups, title="Chile", slug="chile", companies_count=3)
    for path, name in (("/embed/working-groups/chile/?accent=ffcc00", "embed-card-en"),
                       ("/embed/working-groups/chile/news/?theme=dark", "embed-news-dark"),
                       ("/embed/working-groups/atlantis/?locale=es", "embed-not-found-es")):
        response = page.goto(live_server.url + path)
        assert response.status == (404 if "atlantis" in path else 200)
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        screenshot(page, name)


def test_admin_embed_view_from_the_profile_header_menu(live_server, page, screenshot):
    """An editor finds "Embed this profile" in the profile's header menu, with snippets and a live preview."""
    from django.contrib.auth import get_user_model

    cache.clear()
    homes = ensure_home_pages()
    groups = WorkingGroupIndexPageFactory(parent=homes["en"])
    profile = WorkingGroupPageFactory(parent=groups, title="Chile", slug="chile")
    get_user_model().objects.create_superuser("embed-editor", "embed@example.org", "a-long-browser-test-password")

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "embed-editor")
    page.fill("input[name=password]", "a-long-browser-test-password")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/{profile.pk}/edit/")
    page.locator(".w-slim-header").get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Embed this profile").click()
    page.wait_for_url(f"{live_server.url}/admin/working-groups/{profile.pk}/embed/")
    assert 'data-working-group="chile"' in page.locator("#embed-script").input_value()
    preview = page.frame_locator("iframe[src*='/embed/working-groups/chile/']")
    assert preview.locator("h1").inner_text() == "Chile"
    screenshot(page, "embeds-admin")
