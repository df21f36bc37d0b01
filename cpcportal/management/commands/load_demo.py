"""manage.py load_demo: the demo content of the portal, safe to run more than once."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from accounts.policy import second_factor_required
from cpcportal import demo
from organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Load the demo organisations, networks, projects, donors and partnerships (Dutch and "
        "English) and two demo editor accounts. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            dest="if_empty",
            help="Do nothing when the database already has an organisation.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Organisation.objects.exists():
            self.stdout.write("demo content skipped: the database already has organisations")
            return
        loader, new_accounts = demo.load()
        summary = ", ".join(f"{count} {name}" for name, count in demo.counts().items())
        created = sum(loader.created.values())
        changed = sum(loader.changed.values())
        self.stdout.write(
            f"demo content loaded ({created} rows created, {changed} updated): {summary}"
        )
        # Printed once, after the transaction committed, to whoever ran the command.
        for username, password in new_accounts:
            self.stdout.write(
                self.style.SUCCESS(
                    f"demo account created: user {username}, password {password} (not shown "
                    f"again); {second_factor_note(username)}"
                )
            )


def second_factor_note(username: str) -> str:
    user = get_user_model().objects.get(username=username)
    if second_factor_required(user):
        return "enrols a second factor at the first login (required for this role)"
    return "may enrol a second factor (optional for this role)"
