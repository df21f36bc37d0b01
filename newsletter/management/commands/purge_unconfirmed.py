"""Delete newsletter sign-ups that were never confirmed, and rate-limit counters whose
window has ended (privacy: keep nothing unneeded)."""

from django.core.management.base import BaseCommand

from core import ratelimit
from newsletter import erasure


class Command(BaseCommand):
    help = (
        "Delete pending newsletter sign-ups older than --days (default 7) "
        "and expired rate-limit counters."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days=None, **options):
        purged = erasure.purge_unconfirmed(days=days)
        self.stdout.write(f"newsletter: {purged} unconfirmed sign-ups purged")
        expired = ratelimit.delete_expired()
        self.stdout.write(f"rate limits: {expired} expired counters deleted")
