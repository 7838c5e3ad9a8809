"""`manage.py load_demo`: the site's locales and home pages, then the demo content (idempotent)."""

from django.core.management.base import BaseCommand

from cms.bootstrap import ensure_home_pages


class Command(BaseCommand):
    help = "Load the demo content. Running it again changes nothing and duplicates nothing."

    def handle(self, *args, **options):
        homes = ensure_home_pages()
        self.stdout.write(f"Home pages: {', '.join(sorted(homes))}")
