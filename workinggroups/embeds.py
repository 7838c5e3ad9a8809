"""Partner embeds of working-group profiles: finding the profile, the card data, themes, snippets.

One function per idea, shared by the iframe cards (views.py), their JSON twin used by
static/embed/v1.js, the oEmbed provider, the profile page's "Embed this profile" section and the
admin view. A profile is addressed by its default-locale (English) slug, stable across languages.
"""

import datetime
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from cms.links import absolute, page_url
from cms.publishing.visibility import public_pages
from cms.translation.locales import default_language_code, in_language, pick, versions
from workinggroups.models import WorkingGroupPage

SCRIPT_PATH = "embed/v1.js"  # unhashed on purpose: partners paste it once and keep it
NEWS_LIMIT_DEFAULT = 3
NEWS_LIMIT_MAX = 10
THEMES = ("light", "dark")
DEFAULT_ACCENT = "#0b5f8a"
CARD_SIZES = {"profile": (480, 340), "news": (480, 380)}  # default iframe width, height in px
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


# --- parameters -------------------------------------------------------------------------------

def resolve_locale(code):
    """The Locale for a requested language code; the default locale when missing or unknown."""
    code = (code or "").strip().lower()[:16]
    if code:
        try:
            language = get_supported_content_language_variant(code)
        except LookupError:
            language = None
        if language:
            locale = Locale.objects.filter(language_code=language).first()
            if locale:
                return locale
    return Locale.get_default()


@dataclass(frozen=True)
class Theme:
    """The validated look of a card: invalid requests fall back to the defaults, never fail."""

    name: str = "light"
    accent: str = DEFAULT_ACCENT

    @classmethod
    def from_params(cls, theme=None, accent=None):
        name = theme if theme in THEMES else "light"
        match = _HEX.match((accent or "").strip())
        if not match:
            return cls(name=name)
        digits = match.group(1).lower()
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return cls(name=name, accent=f"#{digits}")

    @property
    def on_accent(self):
        """Black or white, whichever contrasts more with the accent (always at least 4.5:1)."""
        channels = [int(self.accent[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"

    def params(self):
        """Query parameters reproducing this theme; defaults are left out to keep URLs short."""
        params = {}
        if self.name != "light":
            params["theme"] = self.name
        if self.accent != DEFAULT_ACCENT:
            params["accent"] = self.accent.lstrip("#")
        return params


def parse_news_limit(value):
    try:
        limit = int(value)
    except (TypeError, ValueError):
        return NEWS_LIMIT_DEFAULT
    return min(max(limit, 1), NEWS_LIMIT_MAX)


# --- finding profiles ---------------------------------------------------------------------------

def _visible_profiles(site):
    """The public profiles of `site` (the default site when None), cms.publishing.visibility's rule."""
    return public_pages(WorkingGroupPage.objects.all(), site=site)


def find_profile(slug, locale, site=None):
    """The public profile with this default-locale slug, in `locale` when translated.

    Falls back to the default-locale profile when the translation is missing, a draft or an
    alias, so a partner always gets a card. None when no such public profile exists on the site.
    Two queries: the source, then its public version in `locale` (cms.translation.locales)."""
    source = (_visible_profiles(site).filter(slug=slug, locale__language_code=default_language_code())
              .select_related("locale").first())
    if source is None or locale.pk == source.locale_id:
        return source
    return next(iter(in_language([source], locale, among=_visible_profiles(site))), None)


def source_slug(profile):
    """The default-locale slug that addresses a profile in embed URLs (remembered on the instance:
    a profile page asks twice, for its head link and its snippets)."""
    if "_embed_source_slug" not in profile.__dict__:
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        if profile.locale.language_code == default:
            slug = profile.slug
        else:
            source = pick(versions(Page.objects.only("slug", "translation_key", "locale"), [profile.translation_key])
                          .get(profile.translation_key, {}), default, fallback=False)
            slug = source.slug if source is not None else None
        profile.__dict__["_embed_source_slug"] = slug
    return profile.__dict__["_embed_source_slug"]


# --- card data (the one representation behind HTML cards, JSON and the script embed) ----------

def _labels():
    return {
        "provider": _("Voluntary Principles Initiative"),
        "kicker": _("In-Country Working Group"),
        "country": _("Country"),
        "type": _("Type"),
        "status": _("Status"),
        "launched": _("Launched"),
        "convenor": _("Convenor"),
        "participants": _("Participants"),
        "view_profile": _("View the full profile"),
        "latest_news": _("Latest news"),
        "no_news": _("No news from this group yet."),
        "opens_new_tab": _("(opens in a new tab)"),
    }


def _absolute(request, url):
    if not url:
        return ""
    return absolute(request, url) if request is not None else url


def profile_representation(profile, request=None):
    """The profile as the JSON API serves it (workinggroups.api), so cards and API never disagree.

    Falls back to the same shape built from the model when the API module is not available.
    """
    try:
        from workinggroups.api import profile_representation as api_representation
    except ImportError:
        api_representation = None
    if api_representation is not None and request is not None:
        return api_representation(profile, request)
    with translation.override(profile.locale.language_code):
        convenor = next(iter(in_language([profile.convenor], profile.locale_id)), None) if profile.convenor_id else None
        return {
            "title": profile.title,
            "summary": profile.summary,
            "country": {"code": profile.country.code, "name": str(profile.country.name)} if profile.country else None,
            "scope": profile.scope,
            "group_type": {"value": profile.group_type, "label": profile.get_group_type_display()},
            "status": {"value": profile.status, "label": profile.get_status_display()},
            "launch_date": profile.launch_date.isoformat() if profile.launch_date else None,
            "launch_year": profile.launch_year,
            "convenor": {"name": convenor.name} if convenor else None,
            "companies_count": profile.companies_count,
            "government_count": profile.government_count,
            "civil_society_count": profile.civil_society_count,
        }


def _card_image(image, request):
    """The smallest rendition of the API's image, at the URL the API gives it (the request's origin,
    or the media storage's own address, e.g. S3); None without an image. In the JSON card data for
    partners who build their own card: the iframe card stays self-contained (no images, stylesheets
    or scripts loaded from anywhere)."""
    if not image or not image.get("renditions"):
        return None
    smallest = image["renditions"][0]
    return {"url": _absolute(request, smallest["url"]), "alt": image.get("alt", ""),
            "width": smallest["width"], "height": smallest["height"]}


def _label(choice):
    return choice.get("label", "") if isinstance(choice, dict) else str(choice or "")


def profile_card_data(profile, locale, request=None):
    """The profile as a card shows it, in the profile's language (plain, JSON-ready values).

    Built from the API representation; `locale` is the language asked for, and the card reports
    the language it is really in (the default one when the profile is not translated).
    """
    rep = profile_representation(profile, request)
    with translation.override(profile.locale.language_code):
        companies, governments, civil_society = (
            rep.get("companies_count"), rep.get("government_count"), rep.get("civil_society_count"))
        participants = [
            (companies, ngettext("%(count)s company", "%(count)s companies", companies or 0)),
            (governments, ngettext("%(count)s government body", "%(count)s government bodies", governments or 0)),
            (civil_society, ngettext("%(count)s civil society organisation", "%(count)s civil society organisations",
                                     civil_society or 0)),
        ]
        launched = ""
        if rep.get("launch_date"):
            launched = formats.date_format(datetime.date.fromisoformat(rep["launch_date"][:10]), "DATE_FORMAT")
        elif rep.get("launch_year"):
            launched = str(rep["launch_year"])
        country = rep.get("country") or {}
        status = rep.get("status") or {}
        return {
            "kind": "profile",
            "slug": source_slug(profile),
            "requested_locale": locale.language_code,
            "locale": profile.locale.language_code,
            "title": rep.get("title", profile.title),
            "summary": rep.get("summary", ""),
            "image": _card_image(rep.get("featured_image"), request),
            "country": country.get("name", ""),
            "country_code": country.get("code", ""),
            "scope": rep.get("scope", ""),
            "group_type": _label(rep.get("group_type")),
            "status": _label(status),
            "status_code": status.get("value", "") if isinstance(status, dict) else "",
            "launched": launched,
            "convenor": (rep.get("convenor") or {}).get("name", ""),
            "participants": [label % {"count": count} for count, label in participants if count is not None],
            "url": page_url(profile, request) if request is not None else profile.get_url(),
            "labels": _labels(),
        }


def news_card_data(profile, locale, request=None, limit=NEWS_LIMIT_DEFAULT):
    """The profile's latest live, public releases in its language, newest first."""
    releases = profile.releases(request)[:limit]  # public releases only (the visibility rule)
    with translation.override(profile.locale.language_code):
        data = profile_card_data(profile, locale, request)
        data["kind"] = "news"
        data["releases"] = [
            {
                "title": release.title,
                "summary": release.summary,
                "date": release.publication_date.isoformat(),
                "date_display": formats.date_format(release.publication_date, "DATE_FORMAT"),
                "kind": release.get_kind_display(),
                "url": page_url(release, request) if request is not None else release.get_url(),
            }
            for release in releases
        ]
    return data


def not_found_data(locale, request=None):
    code = locale.language_code
    with translation.override(code):
        return {
            "kind": "not_found",
            "locale": code,
            "title": _("Working group not found"),
            "message": _("There is no public working-group profile at this address. It may have been "
                         "renamed, unpublished or never existed."),
            "url": _absolute(request, f"/{code}/"),
            "link_text": _("Visit the Voluntary Principles Initiative"),
            "labels": _labels(),
        }


# --- caching ----------------------------------------------------------------------------------

def cache_key(kind, profile, *parts):
    """A key that changes whenever what the card shows is republished, so publish invalidates it.

    The profile's and (for news) its releases' publish times are in the key; a shared content
    version (cms.publishing.caching) is in the key too.
    """
    stamps = [profile.pk, profile.last_published_at.timestamp() if profile.last_published_at else 0]
    if kind == "news":
        stamps += list(profile.releases().values_list("pk", "last_published_at")[:NEWS_LIMIT_MAX])
    version = _content_version()
    raw = repr((kind, stamps, version, parts))
    return "embed:v1:" + hashlib.sha256(raw.encode()).hexdigest()


def _content_version():
    from cms.publishing.caching import content_version

    return content_version()


def cached(key, build):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value)
    return value


# --- URLs and snippets --------------------------------------------------------------------------

def card_url(slug, locale_code, kind="profile", theme=None, request=None, extension=""):
    name = {"profile": "embed_profile", "news": "embed_news"}[kind]
    if extension:
        name += "_json"
    params = {"locale": locale_code, **(theme.params() if theme else {})}
    return _absolute(request, f"{reverse(name, args=[slug])}?{urlencode(params)}")


def iframe_html(src, title, width, height):
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border:0;max-width:100%" data-vpi-embed></iframe>',
        src, title, width, height,
    )


def script_src(request=None):
    return _absolute(request, settings.STATIC_URL + SCRIPT_PATH)


def oembed_url(page_url, request=None):
    return _absolute(request, reverse("oembed") + "?" + urlencode({"url": page_url, "format": "json"}))


def embed_snippets(profile, request=None):
    """Copy-and-paste snippets for a profile, or None when it cannot be embedded (no source slug)."""
    slug = source_slug(profile)
    if not slug:
        return None
    code = profile.locale.language_code
    script = script_src(request)
    with translation.override(code):
        title = _("%(title)s: working-group profile") % {"title": profile.title}
        news_title = _("%(title)s: latest news") % {"title": profile.title}
    profile_src = card_url(slug, code, request=request)
    news_src = card_url(slug, code, "news", request=request)
    width, height = CARD_SIZES["profile"]
    news_width, news_height = CARD_SIZES["news"]
    resize = format_html('<script src="{}" async></script>', script)
    return {
        "slug": slug,
        "locale": code,
        "card_url": profile_src,
        "news_url": news_src,
        "iframe": iframe_html(profile_src, title, width, height) + resize,
        "news_iframe": iframe_html(news_src, news_title, news_width, news_height) + resize,
        "script": format_html('<script src="{}" data-working-group="{}" data-locale="{}" async></script>',
                              script, slug, code),
        "news_script": format_html(
            '<script src="{}" data-working-group="{}" data-locale="{}" data-view="news" async></script>',
            script, slug, code),
        "oembed_url": oembed_url(page_url(profile, request), request) if profile.live else "",
    }


def site_for_request(request):
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
