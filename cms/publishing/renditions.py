"""Renditions of every image a page shows, read in one query.

`{% image %}`, `{% srcset_image %}` and `{% picture %}` use an image's prefetched renditions when
there are some (Image.find_existing_renditions), else run one query per image. A page's images
are its image fields and the images in its StreamFields (loaded in bulk per block type by
Wagtail); `prefetch_page_renditions` gathers them and prefetches their renditions together.
"""

import math
from collections.abc import Mapping, Sequence

from django.db.models import prefetch_related_objects
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage


def _stream_images(value, found):
    if isinstance(value, AbstractImage):
        found.append(value)
    elif isinstance(value, StreamValue):
        for child in value:
            _stream_images(child.value, found)
    elif isinstance(value, Mapping):  # StructValue
        for item in value.values():
            _stream_images(item, found)
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):  # ListValue
        for item in value:
            _stream_images(item, found)


def page_images(page):
    """The images of the page's image fields (already loaded) and StreamFields."""
    found = []
    for field in page._meta.concrete_fields:
        if field.is_relation and issubclass(field.related_model, AbstractImage):
            if getattr(page, field.attname) is not None:
                found.append(getattr(page, field.name))
        elif isinstance(field, StreamField):
            _stream_images(getattr(page, field.attname), found)
    return found


def prefetch_page_renditions(page):
    """Prefetch the renditions of all the page's images, in one query (none without images)."""
    images = [image for image in page_images(page)
              if "renditions" not in getattr(image, "_prefetched_objects_cache", {})]
    if images:
        prefetch_related_objects(images, "renditions")


# The widest rendition the site asks for (`width-1600` in the API, `fill-1600x800` heroes) and the
# largest side an encoder it uses accepts (WebP: 16383 px; AVIF and JPEG allow more).
LARGEST_RENDITION_WIDTH = 1600
MAX_RENDITION_SIDE = 16383


def largest_rendition_size(width, height):
    """The size of the image's largest `width-N` rendition (Wagtail never upscales)."""
    out_width = min(LARGEST_RENDITION_WIDTH, width)
    return out_width, math.ceil(height * out_width / width) if width else height


def renditions_fit(width, height):
    """True when every rendition the site makes of a width×height original can be encoded."""
    return max(largest_rendition_size(width, height)) <= MAX_RENDITION_SIDE
