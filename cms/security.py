"""Security of the site in one place: the headers each path gets, and the admin sign-in lockout.

Security headers by path: a strict Content-Security-Policy on the public site, the admin's own
policy under ADMIN_PATH_PREFIX, and framing allowed for anyone only under EMBED_PATH_PREFIX.

Django sets X-Frame-Options, nosniff, Referrer-Policy and COOP (settings); django-csp builds the
header; django-permissions-policy sets Permissions-Policy. This middleware only picks the policy.

Admin sign-in protection: the response django-axes gives a locked-out username and address.

The lockout is shown on Wagtail's own sign-in page with a clear message and HTTP 429, so people
see why they cannot sign in and when to try again (settings: AXES_* in cms/settings/base.py).

Password reset: Wagtail's view, limited per client address and per e-mail (cms/clients.py).
"""

from axes.helpers import get_cool_off
from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views.account import LoginView, PasswordResetView

from cms.clients import client_ip, hit, parse_rate, window_remaining


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


def lockout_message(request=None):
    cool_off = get_cool_off(request)
    if not cool_off:
        return _("Too many failed sign-in attempts. Ask an administrator to unlock your account.")
    minutes = max(1, int(cool_off.total_seconds() // 60))
    return ngettext(
        "Too many failed sign-in attempts for this account from your address. Try again in %(minutes)d minute.",
        "Too many failed sign-in attempts for this account from your address. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: Wagtail's sign-in page (unbound form) with the lockout message, 429."""
    message = lockout_message(request)
    if request.headers.get("x-requested-with") == "XMLHttpRequest" or request.path.startswith("/api/"):
        return JsonResponse({"error": message}, status=429)
    messages.error(request, message)
    view = LoginView()
    view.setup(request)
    # An unbound form: binding the posted data would authenticate again and count another failure.
    context = view.get_context_data(form=view.get_form_class()(request))
    # Rendered here: axes returns it from a middleware's process_response, after template rendering.
    response = TemplateResponse(request, view.template_name, context, status=429).render()
    cool_off = get_cool_off(request)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, limited to PASSWORD_RESET_RATE requests per client address and
    per e-mail address (e.g. "5/hour"), so it cannot be used to flood inboxes or probe accounts."""

    def post(self, request, *args, **kwargs):
        limit, seconds = parse_rate(getattr(settings, "PASSWORD_RESET_RATE", ""))
        if limit is not None:
            email = request.POST.get("email", "").strip().lower()[:254]
            allowed = hit("password-reset-ip", client_ip(request), limit, seconds)
            allowed = hit("password-reset-email", email, limit, seconds) and allowed if email else allowed
            if not allowed:
                form = self.get_form()
                form.is_valid()
                form.add_error(None, _("Too many password reset requests. Try again later."))
                response = self.render_to_response(self.get_context_data(form=form), status=429)
                response["Retry-After"] = str(window_remaining(seconds))
                return response
        return super().post(request, *args, **kwargs)
