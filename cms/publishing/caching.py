"""The one cache policy of the public site and the API: Cache-Control for public responses,
the response cache (content version, ETag, Last-Modified, 304) and the CDN purge.

Cache-Control: the one HTTP caching policy for public HTML (and any other public response without its own
Cache-Control), and the frontend-cache purge of the pages that list a page when it changes.

Policy: anonymous GET/HEAD responses with status 200 that set no cookie get
settings.PUBLIC_CACHE_CONTROL (s-maxage for the CDN, stale-while-revalidate). The admin,
previews, logged-in users and responses that set a cookie are marked private and never stored.
Responses that already carry Cache-Control (never_cache views, Wagtail's restricted pages, the
API's own policy) are left alone. Pages are language-prefixed (/en/, /es/), so nothing varies on
Accept-Language; Django's Vary: Cookie stays, and a CDN should bypass its cache when the session
cookie is present. The application's own response cache (ResponseCacheMiddleware below, outside
PublicCacheMiddleware) stores exactly the responses this policy makes public.

Purge: wagtail.contrib.frontend_cache purges a page's own URL on publish/unpublish when
WAGTAILFRONTENDCACHE is configured; here we add the pages that list it (parent index, locale
home, related profiles), the feeds and the sitemap.

Response cache: every anonymous public GET (pages, API, embeds, oEmbed, feeds, sitemaps,
robots.txt) is rendered once and then answered from one stored copy, without the ORM, the view
or the rest of the middleware stack.

Validity: a global *content version* kept in the Django cache. Publishing, unpublishing, moving,
deleting or translating anything the site or the API can show (pages, snippets, the footer,
images, documents, collections and their privacy, locales, sites, view restrictions, search
promotions) replaces it, so every
older entry becomes unreachable at once (no key scanning, safe across workers and Redis). The
version is the time of the change in nanoseconds, which doubles as the Last-Modified date.
Creating renditions or oEmbed records (done during cold renders) changes nothing.

ResponseCacheMiddleware sits just inside CorsMiddleware (CORS headers are per request) and
outside cms.publishing.caching.PublicCacheMiddleware, so on the way out it sees the final Cache-Control
and every cookie. It stores a status-200, non-streaming response that is public (Cache-Control
public/s-maxage, not private/no-store/no-cache) and sets no cookie, as its body and header list,
with an ETag (hash of the body) and Last-Modified added once, at store time. A hit is one cache
round trip (the version and the entry are read together) and no database or session access;
conditional requests get 304 and HEAD is answered from the GET entry. RESPONSE_CACHE_SECONDS
is how long an entry lives at most; 0 turns the cache off (tests that read a view's context).

Requests that may see something personal are neither answered from nor stored in the cache:
other methods, the session or messages cookie (editors: the userbar), an Authorization header,
the admin, previews, /documents/ and the health check (cms.publishing.caching). The API's anonymous
throttle (cms/api/base.py) runs in the view, so cache hits are not counted (docs/api.md).
"""

import hashlib
import logging
import time
from contextvars import ContextVar
from urllib.parse import urljoin

from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, get_conditional_response
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import gettext as _
from wagtail.signals import page_published, page_unpublished

from cms.publishing.failsoft import strict

# Documents may sit in private collections; the health check must always be fresh.
PRIVATE_PREFIXES = ("/documents/", "/healthz")


def is_public_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith((getattr(settings, "ADMIN_PATH_PREFIX", "/admin/"), *PRIVATE_PREFIXES)):
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PublicCacheMiddleware:
    """Placed before SessionMiddleware so that it sees every cookie set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if not is_public_request(request):
            add_never_cache_headers(response)
        elif response.status_code == 200 and not response.cookies:
            response["Cache-Control"] = settings.PUBLIC_CACHE_CONTROL
        return response


def related_urls(page):
    """Absolute URLs whose content shows `page`: listings, home, feeds, sitemap."""
    from cms.links import page_url

    page = page.specific_deferred
    base = page_url(page)
    if base is None:
        return set()
    urls = set()
    parent = page.get_parent()
    if parent is not None and parent.depth >= 2:
        urls.add(page_url(parent))
    home = page.get_ancestors(inclusive=True).filter(depth=2).first()
    if home is not None:
        urls.add(page_url(home))
    # Profiles list their releases (links point at the source profile: match by translation key).
    links = getattr(page, "working_group_links", None)
    if links is not None:
        keys = [link.working_group.translation_key for link in links.select_related("working_group")]
        profile_model = links.model._meta.get_field("working_group").related_model
        for profile in profile_model.objects.live().filter(translation_key__in=keys, locale_id=page.locale_id):
            urls.add(page_url(profile))
            with translation.override(page.locale.language_code):
                for name in ("news-group-feed-rss", "news-group-feed-atom"):
                    urls.add(urljoin(base, reverse(name, kwargs={"group_slug": profile.slug})))
    with translation.override(page.locale.language_code):
        for name in ("news-feed-rss", "news-feed-atom"):
            urls.add(urljoin(base, reverse(name)))
    urls.add(urljoin(base, reverse("sitemap-index")))
    urls.add(urljoin(base, reverse("sitemap-section", kwargs={"section": page.locale.language_code})))
    return urls


def purge_related(sender, instance, **kwargs):
    from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

    if not get_backends():  # nothing configured: skip the queries
        return
    purge_urls_from_cache(related_urls(instance))


page_published.connect(purge_related, dispatch_uid="cms.publishing.caching.purge_related.published")
page_unpublished.connect(purge_related, dispatch_uid="cms.publishing.caching.purge_related.unpublished")


logger = logging.getLogger(__name__)
VERSION_KEY = "content-version"
ENTRY_KEY = "response"
# The API's renderer honours Accept (e.g. `application/json; indent=4`): part of its key.
VARY_ON_ACCEPT_PREFIXES = ("/api/",)
# Vary values the key accounts for: the language LocaleMiddleware picks (path, cookie or
# Accept-Language), Cookie (personal cookies bypass the cache), Origin (CORS runs outside).
KEYED_VARY = frozenset({"accept-language", "cookie", "origin"})
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")


def _namespace():
    # Several databases may share one Redis (parallel test workers, staging beside production):
    # keep their entries apart.
    return hashlib.md5(str(connection.settings_dict.get("NAME")).encode()).hexdigest()[:8]


def _version_key():
    return f"{VERSION_KEY}:{_namespace()}"


def _cache():
    """The cache, raising when it does not answer (cms/publishing/failsoft.py)."""
    return strict(cache)


def stored_version():
    """The content version in the database (one row), created on first use."""
    from cms.publishing.models import ContentVersion

    version = ContentVersion.objects.filter(pk=1).values_list("version", flat=True).first()
    if version is None:
        version = ContentVersion.objects.get_or_create(pk=1, defaults={"version": time.time_ns()})[0].version
    return version


# The database's version as this process last read or wrote it, or a newer token of its own:
# (version, time.monotonic() then).
_known = {}


def _remember(version):
    _known[_namespace()] = (int(version), time.monotonic())


def _database_version():
    """(version, seconds it may be trusted): this process's reading when younger than
    CONTENT_VERSION_SECONDS (a cleared or restarted cache costs no query), else a fresh one. Either
    way no copy outlives CONTENT_VERSION_SECONDS since the database was read."""
    lifetime = settings.CONTENT_VERSION_SECONDS
    known = _known.get(_namespace())
    if known is not None:
        left = lifetime - (time.monotonic() - known[1])
        if left >= 1:
            return known[0], int(left)
    version = stored_version()
    _remember(version)
    return version, lifetime


def _read_version(found=None):
    """The current version: the cache's copy, else the database's (copied into the cache for at most
    CONTENT_VERSION_SECONDS). Raises when the cache does not answer."""
    key = _version_key()
    version = (found if found is not None else {key: _cache().get(key)}).get(key)
    if version is None:
        version, lifetime = _database_version()
        if not _cache().add(key, version, lifetime):
            version = _cache().get(key) or version  # a concurrent reader or bump won
    return int(version)


def content_version():
    """The current content version (nanoseconds since the epoch of the last change)."""
    try:
        return _read_version()
    except Exception:  # noqa: BLE001 - no cache: every response is "new", nothing is stored anyway
        return time.time_ns()


# Set when a bump could not reach the cache during this request: the middleware tells the editor.
failed_bump = ContextVar("failed_bump", default=False)


def bump_content_version(**_kwargs):
    """Make every cached response stale: a new version in the database (every process reads it when
    its cached copy expires) and in the cache (at once). If the cache does not answer, stale
    entries live at most CONTENT_VERSION_SECONDS after it is back; the editor is warned."""
    from cms.publishing.models import ContentVersion

    version = time.time_ns()
    try:
        if not ContentVersion.objects.filter(pk=1).update(version=version):
            ContentVersion.objects.update_or_create(pk=1, defaults={"version": version})
        _remember(version)
    except DatabaseError:
        logger.exception("Response cache: could not store the content version in the database")
        failed_bump.set(True)
    try:
        _cache().set(_version_key(), version, settings.CONTENT_VERSION_SECONDS)
    except Exception:  # noqa: BLE001 - never fail a publish
        logger.error("Response cache: could not replace the content version in the cache; stored responses "
                     "may show the previous content for up to %s s after the cache is back",
                     settings.CONTENT_VERSION_SECONDS, exc_info=True)
        failed_bump.set(True)


def _bump_cache_now():
    version = time.time_ns()
    _remember(version)  # a new token invalidates everything older, as a database reading would
    try:
        _cache().set(_version_key(), version, settings.CONTENT_VERSION_SECONDS)
    except Exception:  # noqa: BLE001 - the commit-time bump reports it
        failed_bump.set(True)


def bump_now_and_on_commit(**kwargs):
    # Now (the cache only), so this process never serves the old content; and after commit (the
    # database and the cache), so a response cached by another request between the change and the
    # commit (still showing the old rows) is dropped too. Once per transaction.
    _bump_cache_now()
    if not any(item[1] is bump_content_version for item in connection.run_on_commit):
        transaction.on_commit(bump_content_version)


# -- the cache ----------------------------------------------------------------------------------

def bypasses_cache(request):
    """True for requests that may see something personal or private: never read, never stored."""
    if request.method not in ("GET", "HEAD"):
        return True
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return True
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    return request.path.startswith((settings.ADMIN_PATH_PREFIX, *PRIVATE_PREFIXES))


def response_cache_key(request):
    """Host, path, query parameters sorted by name (a name's values keep their order: views read
    the last) and the request headers responses vary on; no version (the entry carries the
    version it was rendered at, so one read fetches both). repr() keeps the parts unambiguous."""
    language = translation.get_language_from_request(request, check_path=True)
    accept = request.headers.get("Accept", "") if request.path.startswith(VARY_ON_ACCEPT_PREFIXES) else ""
    raw = repr((request.scheme, request.get_host(), request.path, sorted(request.GET.lists()), language, accept))
    return f"{ENTRY_KEY}:{_namespace()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def lookup(key):
    """(version, entry or None) in one cache round trip; entry = (version, etag, modified, body, headers).
    The version is None when the cache does not answer: then nothing is stored either."""
    try:
        found = _cache().get_many([_version_key(), key])
        version = _read_version(found)
    except Exception:  # noqa: BLE001 - a cache (or database) outage costs speed, never an error
        return None, None
    entry = found.get(key)
    if entry is not None and entry[0] != version:
        entry = None  # rendered before the last change
    return version, entry


def is_storable(request, response):
    """A public, complete, cookie-free 200 for an anonymous request, varying only on what the key holds."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {part.strip().split("=", 1)[0].lower() for part in response.get("Cache-Control", "").split(",")}
    if not directives & {"public", "s-maxage"} or directives & {"private", "no-store", "no-cache"}:
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    keyed = KEYED_VARY | ({"accept"} if request.path.startswith(VARY_ON_ACCEPT_PREFIXES) else set())
    if not vary <= keyed:
        return False
    if "'nonce-" in response.get("Content-Security-Policy", ""):
        return False  # a per-request nonce shared by every visitor would protect nothing
    return is_public_request(request)


def add_validators(response, version):
    """ETag from the body and Last-Modified from the content version, unless the view set them."""
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    if not response.has_header("Last-Modified"):
        response["Last-Modified"] = http_date(version / 1e9)


def store(key, version, response):
    entry = (version, response["ETag"], parse_http_date_safe(response["Last-Modified"]), response.content,
             list(response.items()))
    try:
        _cache().set(key, entry, settings.RESPONSE_CACHE_SECONDS)
    except Exception:  # noqa: BLE001 - a cache outage costs speed, never an error
        logger.warning("Response cache: could not store a response", exc_info=True)


def replay(entry):
    _version, _etag, _modified, body, headers = entry
    return HttpResponse(body, headers=dict(headers))


def conditional(request, response, etag, modified):
    if any(name in request.META for name in CONDITIONAL_HEADERS):
        return get_conditional_response(request, etag=etag, last_modified=modified, response=response)
    return response


def warn_stale_cache(request):
    """Tell the editor whose change could not reach the cache (it is logged too)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        messages.warning(request, _(
            "The site's cache did not answer while this change was saved. Visitors may see the previous "
            "version for up to %(seconds)s seconds after the cache is back."
        ) % {"seconds": settings.CONTENT_VERSION_SECONDS}, fail_silently=True)


class ResponseCacheMiddleware:
    """Answers anonymous public GET/HEAD requests from the cache; stores what is storable."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.RESPONSE_CACHE_SECONDS or bypasses_cache(request):
            failed_bump.set(False)
            response = self.get_response(request)
            if failed_bump.get():
                warn_stale_cache(request)
            return response
        key = response_cache_key(request)
        version, entry = lookup(key)
        if entry is not None:
            return conditional(request, replay(entry), entry[1], entry[2])
        response = self.get_response(request)
        if not is_storable(request, response):
            return response
        add_validators(response, time.time_ns() if version is None else version)
        if request.method == "GET" and version is not None:  # a HEAD response may have no body
            store(key, version, response)
        return conditional(request, response, response["ETag"], parse_http_date_safe(response["Last-Modified"]))


# -- invalidation -------------------------------------------------------------------------------

# Models of these apps are all content (pages, their inlines, topics, organisations, the footer).
CONTENT_APPS = ("cms", "home", "news", "workinggroups", "resources")
# Lazily filled metadata of an image or document: not a change anyone sees.
METADATA_FIELDS = frozenset({"file_size", "file_hash"})


def connect_signals():
    """Called from CmsConfig.ready(): every change a public response can show replaces the version."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump_now_and_on_commit, dispatch_uid="response_cache_page_published")
    page_unpublished.connect(bump_now_and_on_commit, dispatch_uid="response_cache_page_unpublished")
    post_page_move.connect(bump_now_and_on_commit, dispatch_uid="response_cache_page_moved")

    from wagtail.images import get_image_model

    # Pages: any save covers translation creation/publication by wagtail-localize and direct saves
    # (scripts, fixtures); deletes cover whole subtrees (each page sends post_delete). Not tracked
    # on purpose: renditions and oEmbed records (created while rendering), revisions and logs
    # (drafts are not public), search promotion hit counts (written by searches).
    tracked = (Page, get_image_model(), get_document_model(), Locale, Site, PageViewRestriction, SearchPromotion,
               Collection, CollectionViewRestriction)

    def on_model_change(sender, update_fields=None, **kwargs):
        if update_fields and set(update_fields) <= METADATA_FIELDS:
            return
        bump_now_and_on_commit()

    from django.apps import apps

    from cms.models import ApiDependency, ApiRepresentation, ContentVersion

    # Connected per model, not for every sender: models nobody listens to keep Django's fast
    # delete, and the API's stored items (derived data, rebuilt on read) change nothing public.
    for model in apps.get_models():
        if model in (ApiRepresentation, ApiDependency, ContentVersion):
            continue
        if issubclass(model, tracked) or model._meta.app_label in CONTENT_APPS:
            label = model._meta.label
            post_save.connect(on_model_change, sender=model, weak=False, dispatch_uid=f"response_cache_save_{label}")
            post_delete.connect(on_model_change, sender=model, weak=False,
                                dispatch_uid=f"response_cache_delete_{label}")
