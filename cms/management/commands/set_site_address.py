"""Point the default Site at the address the site is served from (hostname and port).

Links served to a request no longer need it: they name SITE_BASE_URL or the request's origin
(cms/links.py). The Site record still names the site where there is no request and no
SITE_BASE_URL: webhook payloads and API items stored at publish (development), Wagtail's own
frontend-cache purge of a page, and the admin's "view live" links once there are several sites.
`make run` calls this with its HOST and PORT so those match too; in production set SITE_BASE_URL
and, for Wagtail's purge, the real address once (e.g. `set_site_address vpi.example.org 443`).
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default Site's hostname and port (page URLs use them)."

    def add_arguments(self, parser):
        parser.add_argument("hostname")
        parser.add_argument("port", type=int)

    def handle(self, hostname, port, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("no default site")
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()  # clears Wagtail's cached site root paths; the response cache follows signals
        self.stdout.write(f"default site: {site.root_url}")
