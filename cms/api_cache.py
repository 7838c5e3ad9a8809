"""HTTP caching for the API: a content version, validators (ETag/Last-Modified) and a response cache.

Every cached response is keyed by a global *content version* kept in the Django cache. Publishing,
unpublishing, moving, deleting or translating anything the API can show replaces the version, so
every older entry becomes unreachable at once (no key scanning, safe across workers and Redis).
The version is the time of the change in nanoseconds, which doubles as the Last-Modified date.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.http import http_date

logger = logging.getLogger(__name__)
VERSION_KEY = "api:content-version"
RESPONSE_TIMEOUT = getattr(settings, "API_RESPONSE_CACHE_SECONDS", 300)


def _namespace():
    # Several databases may share one Redis (parallel test workers, staging beside production):
    # keep their entries apart.
    return hashlib.md5(str(connection.settings_dict.get("NAME")).encode()).hexdigest()[:8]


def _version_key():
    return f"{VERSION_KEY}:{_namespace()}"


def content_version():
    """The current content version (nanoseconds since the epoch of the last change)."""
    key = _version_key()
    try:
        version = cache.get(key)
    except Exception:  # noqa: BLE001 - no cache: every response is "new", nothing is stored anyway
        return time.time_ns()
    if version is None:
        # Missing (first use, eviction, flush): start a new one. `add` keeps a concurrent winner's.
        cache.add(key, time.time_ns(), timeout=None)
        version = cache.get(key) or time.time_ns()
    return int(version)


def bump_content_version(**_kwargs):
    """Make every cached API response stale. Set (not incremented) so an evicted key cannot repeat."""
    try:
        cache.set(_version_key(), max(time.time_ns(), content_version() + 1), timeout=None)
    except Exception:  # noqa: BLE001 - never fail a publish; entries then expire after their timeout
        logger.warning("API cache: could not replace the content version", exc_info=True)


def bump_now_and_on_commit(**kwargs):
    # Now, so this process never serves the old content; and again after commit, so a response
    # cached by another request between the change and the commit (still showing the old rows)
    # is dropped too.
    bump_content_version()
    transaction.on_commit(bump_content_version)


def last_modified_timestamp():
    return content_version() / 1e9


def response_cache_key(request):
    query = "&".join(sorted(f"{key}={value}" for key, values in request.GET.lists() for value in values))
    raw = f"{request.get_host()}|{request.path}|{query}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"api:response:{_namespace()}:{content_version()}:{digest}"


def get_cached_response(request):
    try:
        entry = cache.get(response_cache_key(request))
    except Exception:  # noqa: BLE001 - a cache outage costs speed, never an error
        return None
    if entry is None:
        return None
    response = HttpResponse(entry["content"], content_type=entry["content_type"])
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = entry["last_modified"]
    response["Vary"] = "Accept"
    response.from_api_cache = True
    return response


def add_validators(response):
    """ETag from the body, Last-Modified from the content version; returns (etag, timestamp)."""
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    modified = last_modified_timestamp()
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    return etag, modified


def store_response(request, response):
    try:
        _store(request, response)
    except Exception:  # noqa: BLE001 - a cache outage costs speed, never an error
        pass


def _store(request, response):
    cache.set(
        response_cache_key(request),
        {
            "content": response.content,
            "content_type": response["Content-Type"],
            "etag": response["ETag"],
            "last_modified": response["Last-Modified"],
        },
        RESPONSE_TIMEOUT,
    )


def connect_signals():
    """Called from CmsConfig.ready(): every change the API can show replaces the content version."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(bump_now_and_on_commit, dispatch_uid="api_cache_page_published")
    page_unpublished.connect(bump_now_and_on_commit, dispatch_uid="api_cache_page_unpublished")
    post_page_move.connect(bump_now_and_on_commit, dispatch_uid="api_cache_page_moved")

    def on_model_change(sender, **kwargs):
        if issubclass(sender, tracked):
            bump_now_and_on_commit()

    from cms.models import Organisation, Topic

    # Pages: any save covers translation creation/publication by wagtail-localize and direct saves
    # (scripts, fixtures); deletes cover whole subtrees (each page sends post_delete).
    tracked = (Page, Topic, Organisation, get_image_model(), get_document_model(), Locale, Site,
               PageViewRestriction)
    post_save.connect(on_model_change, weak=False, dispatch_uid="api_cache_post_save")
    post_delete.connect(on_model_change, weak=False, dispatch_uid="api_cache_post_delete")
