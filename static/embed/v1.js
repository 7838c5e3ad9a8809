/*! VPI partner embed v1: working-group cards for other sites. No dependencies, no cookies.
 *
 * <script src="https://<vpi>/static/embed/v1.js" data-working-group="chile" data-locale="es"
 *         data-view="news" data-theme="dark" data-accent="0b5f8a" async></script>
 * renders the card in a Shadow DOM from /embed/working-groups/<slug>.json (the same data as the
 * iframe card) and stays a plain link when that fails. Loaded without data-working-group it only
 * sizes VPI card iframes (iframe[data-vpi-embed]) from the heights they post.
 */
(function () {
  "use strict";
  var HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
  var SLUG = /^[\w-]{1,255}$/;
  var CSS =
    ":host{display:block;margin:0 0 1em;max-width:640px}" +
    ".card{--bg:#fff;--fg:#1b1f24;--muted:#4a5560;--line:#d5dbe1;--link:#0a558c;background:var(--bg);color:var(--fg);" +
    "border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:8px;padding:14px 18px 12px;" +
    "font-size:15px;line-height:1.45;text-align:left}" +
    ".dark{--bg:#15191e;--fg:#eef1f4;--muted:#b3bdc7;--line:#3b444e;--link:#8ec9ff}" +
    ".kicker{margin:0 0 2px;font-size:13px;color:var(--muted)}" +
    "h2{margin:0 0 8px;font-size:20px;line-height:1.25;color:inherit}p{margin:0 0 12px}" +
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 12px;margin:0 0 14px;font-size:14px}" +
    "dt{color:var(--muted)}dd{margin:0}a{color:var(--link)}a:focus-visible{outline:3px solid var(--fg);outline-offset:2px}" +
    ".cta{display:inline-block;background:var(--accent);color:var(--on-accent);padding:7px 14px;border-radius:6px;" +
    "text-decoration:none;font-weight:600}.cta:hover{text-decoration:underline}" +
    "ul{list-style:none;margin:0 0 14px;padding:0}li{padding:8px 0;border-top:1px solid var(--line)}" +
    ".meta{display:block;font-size:13px;color:var(--muted)}.provider{margin:10px 0 0;font-size:12px;color:var(--muted)}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) node.setAttribute(name, attrs[name]);
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined && child !== "") {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function accentOf(value) {
    var m = HEX.exec((value || "").trim());
    if (!m) return "#0b5f8a";
    var d = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
    return "#" + d.toLowerCase();
  }

  function onAccent(hex) {
    // Black or white, whichever contrasts more (WCAG relative luminance), as the server does.
    var l = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    return (y + 0.05) / 0.05 > 1.05 / (y + 0.05) ? "#000" : "#fff";
  }

  function link(href, text, labels, cls) {
    return el("a", { href: href, target: "_blank", rel: "noopener", class: cls || "" },
      [text, el("span", { class: "sr" }, [" " + labels.opens_new_tab])]);
  }

  function card(data, theme, accent) {
    var L = data.labels || {};
    var body = [];
    if (data.kind === "news") {
      body.push(el("p", { class: "kicker" }, [L.latest_news]), el("h2", {}, [data.title]));
      if (data.releases && data.releases.length) {
        body.push(el("ul", {}, data.releases.map(function (r) {
          return el("li", {}, [link(r.url, r.title, L),
            el("span", { class: "meta" }, [el("time", { datetime: r.date }, [r.date_display]), " · " + r.kind])]);
        })));
      } else {
        body.push(el("p", {}, [L.no_news]));
      }
    } else {
      var rows = [[L.country, data.country + (data.scope ? " (" + data.scope + ")" : "")], [L.type, data.group_type],
        [L.status, data.status], [L.launched, data.launched], [L.convenor, data.convenor],
        [L.participants, (data.participants || []).join(", ")]];
      var dl = el("dl");
      rows.forEach(function (row) {
        if (row[1]) { dl.appendChild(el("dt", {}, [row[0]])); dl.appendChild(el("dd", {}, [row[1]])); }
      });
      body.push(el("p", { class: "kicker" }, [L.kicker]), el("h2", {}, [data.title]),
        el("p", {}, [data.summary]), dl);
    }
    body.push(link(data.url, L.view_profile, L, "cta"), el("p", { class: "provider" }, [L.provider]));
    var article = el("article", { class: "card" + (theme === "dark" ? " dark" : ""), lang: data.locale }, body);
    article.style.setProperty("--accent", accent);
    article.style.setProperty("--on-accent", onAccent(accent));
    return article;
  }

  function render(script) {
    var slug = script.getAttribute("data-working-group") || "";
    script.setAttribute("data-vpi-done", "");
    if (!SLUG.test(slug)) return;
    var origin = new URL(script.src, location.href).origin;
    var locale = (script.getAttribute("data-locale") || "").slice(0, 16);
    var news = script.getAttribute("data-view") === "news";
    var query = "?locale=" + encodeURIComponent(locale);
    var base = origin + "/embed/working-groups/" + slug;
    var host = el("div", { class: "vpi-embed", "data-working-group": slug });
    script.parentNode.insertBefore(host, script);
    // The fallback: a plain link, in the page's own styles, until (or unless) the card arrives.
    var label = script.getAttribute("data-label") ||
      slug.replace(/[-_]+/g, " ").replace(/^./, function (c) { return c.toUpperCase(); }) +
      " · Voluntary Principles Initiative";
    var fallback = el("a", { href: base + "/open/" + query }, [label]);
    host.appendChild(fallback);
    if (!host.attachShadow || !window.fetch) return;
    fetch(base + (news ? "/news.json" : ".json") + query, { credentials: "omit" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        var root = host.shadowRoot || host.attachShadow({ mode: "open" });
        root.appendChild(el("style", {}, [CSS]));
        root.appendChild(card(data, script.getAttribute("data-theme"), accentOf(script.getAttribute("data-accent"))));
        host.removeChild(fallback);
        host.setAttribute("data-vpi-rendered", "");
      })
      .catch(function () { host.setAttribute("data-vpi-failed", ""); });
  }

  function renderAll() {
    var scripts = document.querySelectorAll("script[data-working-group]:not([data-vpi-done])");
    for (var i = 0; i < scripts.length; i++) {
      if (/\/embed\/v1\.js(\?|#|$)/.test(scripts[i].src)) render(scripts[i]);
    }
  }

  if (!window.__vpiEmbedV1) {
    window.__vpiEmbedV1 = true;
    // Card iframes post their height; only iframes marked as VPI cards, from their own window, are sized.
    window.addEventListener("message", function (event) {
      var d = event.data;
      if (!d || d.type !== "vpi-embed:height" || typeof d.height !== "number") return;
      var frames = document.querySelectorAll("iframe[data-vpi-embed]");
      for (var i = 0; i < frames.length; i++) {
        if (frames[i].contentWindow === event.source) {
          frames[i].style.height = Math.min(Math.max(Math.ceil(d.height), 40), 4000) + "px";
        }
      }
    });
  }
  renderAll();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", renderAll);
})();
