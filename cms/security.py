"""Admin sign-in protection: the response django-axes gives a locked-out username and address.

The lockout is shown on Wagtail's own sign-in page with a clear message and HTTP 429, so people
see why they cannot sign in and when to try again (settings: AXES_* in cms/settings/base.py).
"""

from axes.helpers import get_cool_off
from django.contrib import messages
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views.account import LoginView


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
