"""`manage.py setup_roles`: the Editors, Translators and Moderators groups and the release workflow."""

from django.core.management.base import BaseCommand

from cms.translation.roles import RELEASE_WORKFLOW, ensure_roles, locale_homes


class Command(BaseCommand):
    help = ("Create or repair the Editors, Translators and Moderators groups, their page permissions and the "
            f'"{RELEASE_WORKFLOW}" workflow. Safe to run again (e.g. after adding a language or a section).')

    def handle(self, *args, **options):
        groups = ensure_roles()
        homes = locale_homes()
        if not homes:
            self.stdout.write(self.style.WARNING("No locale home pages yet: run `manage.py sync_locales` first, "
                                                 "then run setup_roles again."))
        for name, group in groups.items():
            self.stdout.write(f"{name}: {group.page_permissions.count()} page permissions, "
                              f"{group.permissions.count()} model permissions")
