"""Delete newsletter sign-ups that were never confirmed (privacy: keep nothing unneeded)."""

from django.core.management.base import BaseCommand

from newsletter import services


class Command(BaseCommand):
    help = "Delete pending newsletter sign-ups older than --days (default 7)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days=None, **options):
        purged = services.purge_unconfirmed(days=days)
        self.stdout.write(f"newsletter: {purged} unconfirmed sign-ups purged")
