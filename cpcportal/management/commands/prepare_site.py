"""Everything `make run` does before serving: migrate, demo content, static files, admin."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Migrate, load the demo content into an empty database, collect static files and "
        "create a first administrator with a random password."
    )

    def handle(self, *args, **options):
        call_command("compile_translations")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)  # for DJANGO_CACHE=database
        self.stdout.write("database migrated")
        if "load_demo" in get_commands():
            call_command("load_demo", if_empty=True)
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write("static files collected")
        self.ensure_admin()

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(16)
        User.objects.create_superuser(username="admin", email="", password=password)
        # Printed once, on the terminal of whoever started the portal; never logged.
        self.stdout.write(
            self.style.SUCCESS(
                "\nAn administrator account was created. Write the password down: "
                "it is not shown again.\n"
                f"    user: admin\n    password: {password}\n"
                "    sign in at /admin/: after the password you enrol a second factor, as every\n"
                "    administrator must. Scan the QR code with an authenticator app (Aegis,\n"
                "    FreeOTP, Google Authenticator, 1Password...) or type the secret shown\n"
                "    beside it, enter the 6-digit code, then make recovery codes and keep them.\n"
                "    Lost the phone? manage.py two_factor_disable admin\n"
            )
        )
