"""`manage.py load_demo`: the site's locales and home pages, then the demo content (idempotent)."""

from django.core.management.base import BaseCommand, CommandError

from cms.demo.loader import DemoConflict, load_demo


class Command(BaseCommand):
    help = "Load the demo content. Running it again changes nothing and duplicates nothing."

    def handle(self, *args, **options):
        try:
            created = load_demo()
        except DemoConflict as error:
            raise CommandError(str(error)) from error
        if created:
            summary = ", ".join(f"{number} {kind}" for kind, number in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write("Demo content already loaded; nothing changed.")
