"""Sends what is left of every newsletter issue being sent: run it every few minutes from
cron or a systemd timer, beside `send_outbox`. Safe to run while another run goes on."""

from django.core.management.base import BaseCommand

from editions.sending import send_all_pending


class Command(BaseCommand):
    help = "Sends the remaining e-mails of the newsletter issues being sent."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=None)

    def handle(self, *args, batch_size=None, **options):
        for pk, counts in send_all_pending(batch_size=batch_size).items():
            self.stdout.write(
                f"issue {pk}: {counts.sent} sent, {counts.failed} failed, "
                f"{counts.waiting} waiting, {counts.cancelled} not sent, "
                f"of {counts.recipients}"
            )
