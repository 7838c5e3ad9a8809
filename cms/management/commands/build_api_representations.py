"""`manage.py build_api_representations`: store the API items public pages lack (cms.api.store).

Publishing stores a page's items; this fills in what was written without publishing (bulk loads,
e.g. bench/seed.py) or dropped by an invalidation. `--rebuild` drops every stored item first.
"""

from django.core.management.base import BaseCommand

from cms.api import store as api_store


class Command(BaseCommand):
    help = "Store the API representations of public pages that have none."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="drop every stored item first")
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, rebuild=False, batch_size=200, **options):
        if rebuild:
            api_store.drop_all()
        count = api_store.build_missing(batch_size=batch_size)
        self.stdout.write(f"Stored {count} API representations.")
