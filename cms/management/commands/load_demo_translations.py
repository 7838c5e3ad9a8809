"""`manage.py load_demo_translations`: Spanish translations of the demo content (run after load_demo)."""

from django.core.management.base import BaseCommand

from cms.demo.translations import load_demo_translations


class Command(BaseCommand):
    help = ("Translate the demo content into Spanish through wagtail-localize: home page, sections, standard "
            "pages, published working-group profiles, the latest releases, the resources with a Spanish file "
            "and their topics and organisations, with a few pages left in progress as drafts. Safe to run "
            "again: it never replaces a translator's work.")

    def handle(self, *args, **options):
        result = load_demo_translations(stdout=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(
            f"Spanish demo translations: {result['translated']} objects, {len(result['in_progress'])} left in "
            f"progress on purpose, {len(result['drafts'])} other drafts."))
