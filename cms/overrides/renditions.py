"""A rendition that cannot be made is a missing image, never a page or API error.

Replaces: wagtail.images.models.AbstractImage.generate_rendition_file (checked against wagtail
8.0.1), wrapped, not rewritten. Wagtail's template tags ({% image %}, {% srcset_image %},
{% picture %}) and its shortcuts get_rendition(s)_or_not_found already turn a SourceImageIOError
(a missing original) into a "not-found" rendition; any other failure (e.g. WebP's 16383-pixel
limit for an 800×17000 original, a Pillow encoder error) went up as a 500. Here every failure is
logged and raised as SourceImageIOError, and remembered in the cache for RENDITION_FAILURE_SECONDS
so that an image that cannot be rendered costs its decoding once, not on every request.

Uploads refuse such images (cms/content/uploads.py); this covers images stored before that check
and formats whose limits Pillow changes. Delete when Wagtail falls back on any rendition error.
"""

import hashlib
import logging

from django.core.cache import cache
from wagtail.images.models import AbstractImage, SourceImageIOError

logger = logging.getLogger(__name__)
RENDITION_FAILURE_SECONDS = 3600
_original = AbstractImage.generate_rendition_file


def _failure_key(image, filter):
    raw = repr((image.pk, image.file.name, filter.spec, filter.get_cache_key(image)))
    return "rendition-failed:" + hashlib.sha256(raw.encode()).hexdigest()[:32]


def generate_rendition_file(self, filter, *, source=None):
    key = _failure_key(self, filter)
    if cache.get(key):
        raise SourceImageIOError(f"rendition {filter.spec} of image {self.pk} failed recently")
    try:
        return _original(self, filter, source=source)
    except SourceImageIOError:
        raise
    except Exception as exc:  # noqa: BLE001 - any encoder or decoder failure
        logger.warning("Image %s: the rendition %s cannot be made (%s: %s); shown as missing",
                       self.pk, filter.spec, exc.__class__.__name__, exc)
        cache.set(key, True, RENDITION_FAILURE_SECONDS)
        raise SourceImageIOError(str(exc)) from exc


generate_rendition_file.__wrapped__ = _original


def install():
    """Called from CmsConfig.ready()."""
    if AbstractImage.generate_rendition_file is not generate_rendition_file:
        AbstractImage.generate_rendition_file = generate_rendition_file
