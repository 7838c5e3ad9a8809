"""Security headers by path: a strict Content-Security-Policy on the public site, the admin's own
policy under ADMIN_PATH_PREFIX, and framing allowed for anyone only under EMBED_PATH_PREFIX.

Django sets X-Frame-Options, nosniff, Referrer-Policy and COOP (settings); django-csp builds the
header; django-permissions-policy sets Permissions-Policy. This middleware only picks the policy.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def _under(path, prefix_setting, default):
    return path.startswith(getattr(settings, prefix_setting, default) or default)


def is_embed_path(path):
    return _under(path, "EMBED_PATH_PREFIX", "/embed/")


def is_admin_path(path):
    return _under(path, "ADMIN_PATH_PREFIX", "/admin/")


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with the policy chosen by path.

    Sits after Django's XFrameOptionsMiddleware in MIDDLEWARE, so its process_response runs first
    and can exempt embed responses from X-Frame-Options before that middleware adds DENY.
    """

    def process_response(self, request, response):
        if is_embed_path(request.path_info):
            response.xframe_options_exempt = True
        if is_admin_path(request.path_info) and HEADER in response:
            # Wagtail renders previews through the middleware with a dummy request for the page's
            # public URL, which got the public policy (frame-ancestors 'none'): the admin's own
            # policy must win, or the preview panel cannot frame it.
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        path = request.path_info
        if parts.config is None and is_admin_path(path):
            admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
            if admin_policy:
                parts.config = dict(admin_policy["DIRECTIVES"])
        if is_embed_path(path):
            # Embeds exist to be framed by partner sites; everything else in the policy stays.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["*"]}
        return PolicyParts(parts.config, parts.update, parts.replace, parts.nonce)
