"""Send the newsletter e-mails still in the outbox (the mail server was down, say)."""

from django.core.management.base import BaseCommand, CommandError

from newsletter import outbox


class Command(BaseCommand):
    help = "Send queued newsletter e-mails; failures stay queued for the next run."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="At most this many.")

    def handle(self, *args, limit=None, **options):
        report = outbox.send_outbox(limit=limit)
        self.stdout.write(
            f"newsletter outbox: {report.sent} sent, {report.failed} failed, "
            f"{report.expired} expired"
        )
        if report.failed:
            # A non-zero exit lets cron or a systemd timer report the failure.
            raise CommandError(f"{report.failed} e-mails not sent; they stay queued")
