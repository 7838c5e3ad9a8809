"""`manage.py sync_locales`: create a Locale and a home page for every configured content language."""

from django.core.management.base import BaseCommand

from cms.translation.bootstrap import ensure_home_pages


class Command(BaseCommand):
    help = "Create a Locale and a home page (site root translation) for every language in CONTENT_LANGUAGES."

    def handle(self, *args, **options):
        homes = ensure_home_pages()
        for code, page in homes.items():
            self.stdout.write(f"{code}: {page.url_path} (page {page.pk}, {'live' if page.live else 'draft'})")
