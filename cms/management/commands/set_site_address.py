"""Point the default Site at the address the site is served from (hostname and port).

Page URLs (html_url, canonical links, sitemaps, feeds) come from Wagtail's Site records; a fresh
database has `localhost:80`. `make run` calls this with its HOST and PORT so links work on any
port; in production, set the real address once (e.g. `set_site_address vpi.example.org 443`).
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
