"""`manage.py ensure_admin`: make sure a superuser exists for local use and print its login."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEFAULT_USERNAME = "admin"
DEFAULT_PASSWORD = "vpi-admin-local"  # development only; production admins are made with createsuperuser


class Command(BaseCommand):
    help = "Create the local superuser if missing (ADMIN_USERNAME / ADMIN_PASSWORD) and print the admin login."

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME", DEFAULT_USERNAME)
        password = os.environ.get("ADMIN_PASSWORD", DEFAULT_PASSWORD)
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user_model.objects.create_superuser(username=username, email=f"{username}@example.org", password=password)
            note = "created"
        else:
            note = "existing account; its password is unchanged"
        base = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
        self.stdout.write(
            self.style.SUCCESS(f"Admin login: {base}/admin/  username: {username}  password: {password}  ({note})")
        )
