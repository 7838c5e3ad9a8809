"""The public pages in Chromium, in both languages: axe-core finds no serious or critical
violation, nothing scrolls sideways at 320 px or at 200% zoom (a 1280 px window zoomed to 200%
lays out like a 640 px one), and screenshots at mobile and desktop widths for review."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tests.browser.conftest import SCREENSHOTS
from tests.site.conftest import site_tree  # noqa: F401  (the shared bilingual test site)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = {
    "en": {"home": "/en/", "news": "news", "release": "launch", "directory": "groups", "profile": "chile",
           "library": "library", "resource": "toolkit"},
    "es": {"home": "/es/", "news": "news_es", "release": "launch_es", "directory": "groups_es",
           "profile": "chile_es", "library": "library_es", "resource": "toolkit_es"},
}
AXE = Axe()


def page_urls(tree, language):
    urls = {name: (key if key.startswith("/") else tree[key].url) for name, key in PAGES[language].items()}
    try:
        with translation.override(language):
            urls["search"] = reverse("search") + "?q=chile"
    except NoReverseMatch:  # the search page is another app's; test it when it is there
        pass
    return urls


def serious_violations(page):
    results = AXE.run(page)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


VNU_JAR = os.environ.get("VNU_JAR") or next(
    (str(path) for path in [Path("/usr/share/java/vnu.jar"), Path("/opt/vnu/vnu.jar"),
                            Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"]
     if path.exists()), None)


def html_errors(files):
    """The Nu HTML Checker's errors for these files (Java and vnu.jar, from npm's vnu-jar)."""
    result = subprocess.run(["java", "-jar", VNU_JAR, "--errors-only", "--format", "json", *map(str, files)],
                            capture_output=True, text=True, timeout=300, check=False)
    messages = json.loads(result.stderr or "{}").get("messages", [])
    return [(Path(m.get("url", "")).name, m.get("lastLine"), m.get("message")) for m in messages]


@pytest.mark.parametrize("language", ["en", "es"])
def test_pages_are_accessible_and_responsive(live_server, site_tree, browser, screenshot, language):  # noqa: F811
    """Screenshots at 390 px (a phone) and 1366 px (a laptop) for review, axe at both, no sideways
    scrolling at 320 px or at 200% zoom, and (with vnu.jar) valid HTML."""
    urls = page_urls(site_tree, language)
    problems = []
    sources = SCREENSHOTS / "html"
    sources.mkdir(parents=True, exist_ok=True)
    for width, height, scale, label in [(1366, 900, 1, "1366"), (390, 844, 1, "390"), (320, 640, 1, "320"),
                                        (640, 450, 2, "zoom")]:
        context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale)
        page = context.new_page()
        page.set_default_timeout(15_000)
        for name, path in urls.items():
            response = page.goto(live_server.url + path)
            assert response.status == 200, (path, response.status)
            assert page.locator("html").get_attribute("lang") == language
            if label in ("1366", "390"):
                violations = serious_violations(page)
                if violations:
                    problems.append((name, path, label, violations))
                screenshot(page, f"site-{name}-{language}-{label}")
            if label == "1366":
                (sources / f"{name}-{language}.html").write_text(response.text(), encoding="utf-8")
            overflow = horizontal_overflow(page)
            if overflow > 0:
                problems.append((name, path, f"{label}: scrolls sideways by {overflow}px"))
        context.close()
    assert problems == []
    if not VNU_JAR:
        # On CI the checker is part of the run (`make test-browser` installs it with npm ci).
        if os.environ.get("CI") == "true":
            pytest.fail("vnu.jar not found: run `npm ci` at the repository root (make test-browser does)")
        return
    assert html_errors(sorted(sources.glob(f"*-{language}.html"))) == []


def test_filters_work_without_javascript(live_server, site_tree, browser):  # noqa: F811
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + site_tree["news"].url)
    page.select_option("select[name=kind]", "statement")
    page.click("form.filters button[type=submit]")
    assert "kind=statement" in page.url
    assert page.locator("h3.card__title").all_inner_texts() == ["Statement on security"]
    page.goto(live_server.url + site_tree["library"].url)
    page.fill("form.filters input[name=q]", "grievance")
    page.click("form.filters button[type=submit]")
    assert page.locator("h3.card__title").all_inner_texts() == ["Guidance on grievance"]
    context.close()


def test_filters_collapse_on_phones(live_server, site_tree, browser):  # noqa: F811
    """On a phone the filters are one line until opened (a <details>, no JavaScript); on a wide
    screen they are simply there."""
    for width, collapsed in [(390, True), (1366, False)]:
        context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 844})
        page = context.new_page()
        page.goto(live_server.url + site_tree["news"].url)
        kind = page.locator("select[name=kind]")
        assert kind.is_visible() is not collapsed, width
        if collapsed:
            assert page.locator("h1").bounding_box()["y"] < 400
            page.click("summary.filters__summary")
            assert kind.is_visible()
        context.close()
    # Filters in use stay open, so the visitor sees what is applied.
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + site_tree["news"].url + "?kind=statement")
    assert page.locator("select[name=kind]").is_visible()
    context.close()


def test_map_markers_are_keyboard_links(live_server, site_tree, browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + site_tree["groups"].url)
    markers = page.locator("svg.worldmap a")
    assert markers.count() == 3
    markers.first.focus()
    assert page.evaluate("document.activeElement.closest('svg') !== null")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + href)
    assert page.locator("h1").inner_text().endswith("working group")
    context.close()
