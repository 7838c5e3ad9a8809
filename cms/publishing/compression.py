"""Response compression: brotli when the client accepts it, else gzip (Django's GZipMiddleware).

Placed outside the response cache (cms.publishing.caching.ResponseCacheMiddleware), so the cache
stores identity bodies and every answer, hits included, is compressed on the way out. The cache's
ETag is computed on the identity body; a compressed answer carries it weak (W/"..."), as
GZipMiddleware does, and so does a 304 to a client that accepts an encoding, so one client sees
one validator whichever status it gets. If-None-Match compares weakly (RFC 9110), so revalidation
works with either form.
"""

import re

import brotli
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

ACCEPTS_BROTLI = re.compile(r"\bbr\b")
ACCEPTS_ANY = re.compile(r"\b(br|gzip)\b")
# Quality 5: about gzip's speed with smaller output (11, the maximum, costs ~20x the time).
BROTLI_QUALITY = 5


def weak(etag):
    return etag if not etag or etag.startswith("W/") else f"W/{etag}"


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
        if response.status_code == 304 and ACCEPTS_ANY.search(accepted) and response.has_header("ETag"):
            response["ETag"] = weak(response["ETag"])
            return response
        if (response.streaming or len(response.content) < 200 or response.has_header("Content-Encoding")
                or not ACCEPTS_BROTLI.search(accepted)):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Encoding",))
        compressed = brotli.compress(response.content, quality=BROTLI_QUALITY)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response["Content-Length"] = str(len(compressed))
        if response.has_header("ETag"):
            response["ETag"] = weak(response["ETag"])
        response["Content-Encoding"] = "br"
        return response
