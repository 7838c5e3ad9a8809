"""Issue #17: a script on another origin reads the API's ETag and revalidates with If-None-Match
(a CORS preflight), getting a 304, and reads Last-Modified and Content-Language."""

import functools
import http.server
import threading

import pytest

from cms.translation.bootstrap import ensure_home_pages
from tests.factories import NewsIndexPageFactory, NewsReleasePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARTNER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><p id="out">...</p>
<script>
(async () => {{
  const url = "{vpi}/api/v2/news/?limit=5";
  const first = await fetch(url, {{cache: "no-store"}});
  const etag = first.headers.get("ETag");
  const body = await first.json();
  const again = await fetch(url, {{cache: "no-store", headers: {{"If-None-Match": etag}}}});
  window.results = {{status: first.status, etag, count: body.items.length,
    lastModified: first.headers.get("Last-Modified"), language: first.headers.get("Content-Language"),
    revalidated: again.status, etagAgain: again.headers.get("ETag")}};
  document.getElementById("out").textContent = JSON.stringify(window.results);
}})().catch((error) => {{ window.results = {{error: String(error)}}; }});
</script></body></html>
"""


@pytest.fixture
def partner_origin(tmp_path, live_server):
    (tmp_path / "index.html").write_text(PARTNER_PAGE.format(vpi=live_server.url), encoding="utf-8")

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


def test_script_on_another_origin_revalidates_with_the_etag(live_server, partner_origin, page):
    homes = ensure_home_pages()
    index = NewsIndexPageFactory(parent=homes["en"])
    NewsReleasePageFactory(parent=index, title="Launch").save_revision().publish()
    page.goto(partner_origin)
    page.wait_for_function("window.results !== undefined")
    results = page.evaluate("window.results")
    assert "error" not in results, results
    assert results["status"] == 200 and results["count"] == 1
    assert results["etag"] and results["lastModified"] and results["language"] == "en"
    assert results["revalidated"] == 304
    assert results["etagAgain"].strip("W/") == results["etag"].strip("W/")
