"""Erases petition signatures: those of campaigns ended longer ago than
CAMPAIGN_SIGNATURE_RETENTION_DAYS, and those never confirmed. Run it daily from cron."""

from django.core.management.base import BaseCommand

from campaigns.erasure import erase_signatures


class Command(BaseCommand):
    help = (
        "Erase the signatures of campaigns that ended longer ago than the retention period, "
        "and signatures left unconfirmed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Retention after the end.")

    def handle(self, *args, days=None, **options):
        report = erase_signatures(retention=days)
        self.stdout.write(
            f"{report.erased} signatures of {report.campaigns} ended campaigns erased; "
            f"{report.unconfirmed} unconfirmed signatures erased."
        )
