"""manage.py load_demo: the demo content of the portal, safe to run more than once."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from accounts.policy import second_factor_required
from demo.files import DATA_DIR
from demo.load import counts, load
from demo.schema import DemoDataError
from organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Load the demo organisations, networks, projects, donors and partnerships (Dutch and "
        "English, from demo/data/*.yaml) and two demo editor accounts. Running it again "
        "changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            dest="if_empty",
            help="Do nothing when the database already has an organisation.",
        )
        parser.add_argument(
            "--data",
            type=Path,
            default=DATA_DIR,
            help="The folder with the data files (default: demo/data).",
        )

    # In English, as the rest of what the command says (the models' own messages, the
    # names in the summary), whatever LANGUAGE_CODE is.
    @translation.override("en")
    def handle(self, *args, if_empty=False, data=DATA_DIR, **options):
        if if_empty and Organisation.objects.exists():
            self.stdout.write("demo content skipped: the database already has organisations")
            return
        try:
            loader, new_accounts = load(data)
        except DemoDataError as error:
            # Said in words, naming the file and the item; nothing was saved.
            raise CommandError(str(error)) from None
        summary = ", ".join(f"{count} {name}" for name, count in counts().items())
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
