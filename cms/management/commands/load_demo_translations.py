"""`manage.py load_demo_translations`: Spanish translations of the demo content (run after load_demo)."""

from django.core.management.base import BaseCommand

from cms.demo.translations import load_demo_translations


class Command(BaseCommand):
    help = ("Translate the demo home page, sections, Chile release, working-group profiles, key resources and "
            "their topics and organisations into Spanish through wagtail-localize. Safe to run again.")

    def handle(self, *args, **options):
        result = load_demo_translations(stdout=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(
            f"Spanish demo translations: {result['translated']} objects, {len(result['drafts'])} left as drafts."))
