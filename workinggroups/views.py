"""Non-page views of working groups: embeddable cards (HTML and JSON) and the oEmbed provider.

Cards live under settings.EMBED_PATH_PREFIX, the only place framing is allowed: each card says
so itself (CSP frame-ancestors *, no X-Frame-Options). Bad parameters fall back to defaults;
unknown or non-public profiles get a readable 404 card, never a server error.
"""

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Site

from cms.publishing.visibility import is_public
from cms.translation.locales import in_language
from workinggroups import embeds
from workinggroups.models import WorkingGroupPage

# Posts the card's height to the embedding page so v1.js (or any listener) can size the iframe.
RESIZE_SCRIPT = (
    "(function(){if(window.parent===window)return;var last=0;function send(){"
    "var h=Math.ceil(document.body.getBoundingClientRect().height);if(h&&h!==last){last=h;"
    'parent.postMessage({type:"vpi-embed:height",height:h,href:location.href},"*")}}'
    'addEventListener("load",send);addEventListener("resize",send);'
    "if(window.ResizeObserver)new ResizeObserver(send).observe(document.body);send()})();"
)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(RESIZE_SCRIPT.encode()).digest()).decode()
# The card needs nothing from anywhere: inline styles, one hashed inline script, links out.
CARD_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors *"
)
OEMBED_VERSION = "1.0"


def _public_cache(response):
    response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
    return response


def _card_response(request, template, card, theme, status=200):
    body = render_to_string(template, {"card": card, "theme": theme, "resize_script": mark_safe(RESIZE_SCRIPT)})
    return _html(request, body, status, card["locale"])


def _keep_not_found(request, response):
    """Keep a 404 a 404: stop LocaleMiddleware redirecting it to /en/embed/... (which Wagtail's
    catch-all pattern makes look valid) by pointing the middleware at a urlconf without
    i18n_patterns. Resolution is over by now, so nothing else reads it."""
    if response.status_code == 404:
        request.urlconf = "workinggroups.urls"
    return response


def _html(request, body, status=200, language=None):
    response = HttpResponse(body, status=status, content_type="text/html; charset=utf-8")
    if language:  # the card's own language, not the one LocaleMiddleware guessed from the browser
        response["Content-Language"] = language
    response["Content-Security-Policy"] = CARD_CSP
    if status == 200:
        _public_cache(response)
    return _keep_not_found(request, response)


def _json(request, data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = data.get("locale", "")
    # /embed/ is outside corsheaders' /api/ scope; the card data is public, read-only.
    response["Access-Control-Allow-Origin"] = "*"
    if status == 200:
        _public_cache(response)
    return _keep_not_found(request, response)


def _lookup(request, slug):
    locale = embeds.resolve_locale(request.GET.get("locale"))
    profile = embeds.find_profile(slug, locale, embeds.site_for_request(request))
    return locale, profile


def _card(request, slug, kind):
    locale, profile = _lookup(request, slug)
    theme = embeds.Theme.from_params(request.GET.get("theme"), request.GET.get("accent"))
    if profile is None:
        return _card_response(request, "workinggroups/embed/not_found.html",
                              embeds.not_found_data(locale, request), theme, status=404)
    limit = embeds.parse_news_limit(request.GET.get("limit"))
    key = embeds.cache_key(kind, profile, "html", locale.language_code, theme, limit, request.scheme,
                           request.get_host())

    def build():
        if kind == "news":
            data = embeds.news_card_data(profile, locale, request, limit)
        else:
            data = embeds.profile_card_data(profile, locale, request)
        return render_to_string(f"workinggroups/embed/{kind}_card.html",
                                {"card": data, "theme": theme, "resize_script": mark_safe(RESIZE_SCRIPT)})

    return _html(request, embeds.cached(key, build), language=profile.locale.language_code)


def _card_json(request, slug, kind):
    locale, profile = _lookup(request, slug)
    if profile is None:
        data = embeds.not_found_data(locale, request)
        return _json(request, {"message": data["message"], **data}, status=404)
    limit = embeds.parse_news_limit(request.GET.get("limit"))
    key = embeds.cache_key(kind, profile, "json", locale.language_code, limit, request.scheme, request.get_host())

    def build():
        if kind == "news":
            return embeds.news_card_data(profile, locale, request, limit)
        return embeds.profile_card_data(profile, locale, request)

    return _json(request, embeds.cached(key, build))


@require_safe
@xframe_options_exempt
def profile_card(request, slug):
    """/embed/working-groups/<slug>/?locale=es&theme=dark&accent=c0392b: the profile card."""
    return _card(request, slug, "profile")


@require_safe
@xframe_options_exempt
def news_card(request, slug):
    """/embed/working-groups/<slug>/news/?locale=es&limit=3: the group's latest releases."""
    return _card(request, slug, "news")


@require_safe
def profile_card_json(request, slug):
    """The profile card's data as JSON, for static/embed/v1.js."""
    return _card_json(request, slug, "profile")


@require_safe
def news_card_json(request, slug):
    return _card_json(request, slug, "news")


@require_safe
@xframe_options_exempt
def open_profile(request, slug):
    """Redirect to the full profile: the script embed's no-data fallback link points here."""
    locale, profile = _lookup(request, slug)
    if profile is None:
        return _card_response(request, "workinggroups/embed/not_found.html",
                              embeds.not_found_data(locale, request), embeds.Theme(), status=404)
    return HttpResponseRedirect(profile.get_url(request))


# --- oEmbed (https://oembed.com/) ----------------------------------------------------------------

def _oembed_error(request, message, status):
    return _keep_not_found(request, JsonResponse({"message": message}, status=status))


def _own_hostnames(request):
    names = {request.get_host().rsplit(":", 1)[0].lower()}
    names.update(hostname.lower() for hostname in Site.objects.values_list("hostname", flat=True))
    for base in (settings.WAGTAILADMIN_BASE_URL, getattr(settings, "WAGTAILAPI_BASE_URL", "")):
        if base:
            names.add((urlsplit(base).hostname or "").lower())
    return names


def _profile_from_page_path(request, hostname, path):
    """The profile a public page URL (/es/grupos/chile/) shows, routed as Wagtail serves it."""
    components = [part for part in path.split("/") if part]
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if not components or components[0] not in codes:
        return None
    language, components = components[0], components[1:]
    site = _site_for_hostname(hostname)
    locale = Locale.objects.filter(language_code=language).first()
    if site is None or locale is None:
        return None
    root = next(iter(in_language([site.root_page], locale, fallback=False)), None)
    if root is None:
        return None
    try:
        page, _args, _kwargs = root.specific.route(request, components)
    except Http404:
        return None
    page = page.specific
    if not isinstance(page, WorkingGroupPage) or not is_public(page, request, site=site):
        return None
    slug = embeds.source_slug(page)
    return (slug, language) if slug else None


def _site_for_hostname(hostname):
    return Site.objects.filter(hostname=hostname).first() or Site.objects.filter(is_default_site=True).first()


def _resolve_target(request, url):
    """(kind, slug, language, hostname) for a URL of this site's profile or embed card, else None."""
    try:
        parts = urlsplit(url)
        hostname = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or hostname not in _own_hostnames(request):
        return None
    query = parse_qs(parts.query)
    if parts.path.startswith(settings.EMBED_PATH_PREFIX):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return None
        kinds = {"embed_profile": "profile", "embed_news": "news"}
        if match.url_name not in kinds:
            return None
        return kinds[match.url_name], match.kwargs["slug"], (query.get("locale") or [""])[0], hostname
    found = _profile_from_page_path(request, hostname, parts.path)
    return ("profile", *found, hostname) if found else None


def _positive_int(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


@require_safe
def oembed(request):
    """/api/oembed/?url=<profile or card URL>&format=json&maxwidth=400: a "rich" iframe of the card."""
    if request.GET.get("format", "json") != "json":
        return _oembed_error(request, _("Only the json format is supported."), 501)
    url = request.GET.get("url", "").strip()
    if not url:
        return _oembed_error(request, _("The url parameter is required."), 400)
    target = _resolve_target(request, url[:2000])
    locale = embeds.resolve_locale(target[2] if target else None)
    profile = embeds.find_profile(target[1], locale, _site_for_hostname(target[3])) if target else None
    if profile is None:
        return _oembed_error(request, _("No embeddable working-group profile or news card at this URL."), 404)
    kind = target[0]
    width, height = embeds.CARD_SIZES[kind]
    maxwidth, maxheight = _positive_int(request.GET.get("maxwidth")), _positive_int(request.GET.get("maxheight"))
    width, height = min(width, maxwidth or width), min(height, maxheight or height)
    language = profile.locale.language_code
    with translation.override(language):
        template = _("%(title)s: latest news") if kind == "news" else _("%(title)s: working-group profile")
        title = template % {"title": profile.title}
        provider = _("Voluntary Principles Initiative")
    src = embeds.card_url(embeds.source_slug(profile), language, kind, request=request)
    data = {
        "version": OEMBED_VERSION,
        "type": "rich",
        "title": title,
        "provider_name": provider,
        "provider_url": request.build_absolute_uri("/"),
        "html": str(embeds.iframe_html(src, title, width, height)),
        "width": width,
        "height": height,
        "cache_age": 300,
    }
    return _public_cache(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))
