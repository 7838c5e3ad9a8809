"""Release day: when pages go live or expire by schedule, and the admin view that lists it.

Wagtail stores the schedule (a page's `go_live_at` / `expire_at`; an approved future revision's
`approved_go_live_at`) and its `publish_scheduled` command carries it out; `manage.py run_scheduler`
(make run) or a timer (docs/operations.md) runs that command every minute.
"""

import datetime

from django.contrib.auth.mixins import AccessMixin
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, Revision

# Who sees the release schedule (besides superusers): the groups of cms/translation/roles.py.
SCHEDULE_GROUPS = ("Editors", "Moderators")
DAY_CHOICES = (1, 7, 30)


def scheduled_go_live(page):
    """When `page` (or its next version) goes live by schedule, or None: an approved future
    revision's time, else, for a page not live yet, the go-live time of its latest draft."""
    now = timezone.now()
    scheduled = page.revisions.filter(approved_go_live_at__gt=now).order_by("-created_at").first()
    if scheduled is not None:
        return scheduled.approved_go_live_at
    if page.live:
        return None
    go_live = page.go_live_at
    latest = page.latest_revision
    if latest is not None and "go_live_at" in latest.content:
        go_live = parse_datetime(latest.content["go_live_at"]) if latest.content["go_live_at"] else None
    return go_live if go_live is not None and go_live > now else None


def upcoming(days, now=None):
    """(going live, expiring) in the next `days` days, each a list of dicts sorted by time, every
    language: pages approved for a go-live time, pages not yet approved but given one, and live
    pages with an expiry time."""
    now = now or timezone.now()
    until = now + datetime.timedelta(days=days)
    going = {}
    approved = Revision.objects.page_revisions().filter(approved_go_live_at__gte=now, approved_go_live_at__lte=until)
    for revision in approved.order_by("approved_go_live_at"):
        going[int(revision.object_id)] = (revision.approved_go_live_at, True)
    pending = Page.objects.filter(live=False, go_live_at__gte=now, go_live_at__lte=until).exclude(pk__in=going)
    for page_id, go_live in pending.values_list("pk", "go_live_at"):
        going[page_id] = (go_live, False)
    pages = Page.objects.filter(Q(pk__in=going) | Q(live=True, expire_at__gte=now, expire_at__lte=until))
    pages = {page.pk: page for page in pages.select_related("locale").specific(defer=True)}

    def row(page, when, **extra):
        return {"page": page, "when": when, "language": page.locale.get_display_name(), **extra}

    live = sorted((row(pages[pk], when, approved=approved) for pk, (when, approved) in going.items() if pk in pages),
                  key=lambda item: (item["when"], item["page"].path))
    expiring = sorted((row(page, page.expire_at) for page in pages.values()
                       if page.live and page.expire_at and now <= page.expire_at <= until),
                      key=lambda item: (item["when"], item["page"].path))
    return live, expiring


def can_see_schedule(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=SCHEDULE_GROUPS).exists())


class ReleaseScheduleView(AccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """What goes live and what expires in the coming days, in every language."""

    template_name = "cms/admin/release_schedule.html"
    page_title = _("Release schedule")
    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_schedule(request.user):
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            days = int(self.request.GET.get("days", 7))
        except ValueError:
            days = 7
        days = days if days in DAY_CHOICES else 7
        going_live, expiring = upcoming(days)
        context.update(days=days, day_choices=DAY_CHOICES, going_live=going_live, expiring=expiring,
                       timezone_name=timezone.get_current_timezone_name())
        return context
