"""The CSV of confirmed subscribers that network editors download from the admin.

Separate because it is for staff only and writes what visitors typed into a file that
opens in a spreadsheet, so every such cell is made safe first.
"""

import csv

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Lower
from django.utils import timezone

from core.spreadsheet import spreadsheet_safe
from newsletter.models import Consent, Status, Subscriber


def write_confirmed_csv(output, *, newsletter_id: int | None = None) -> int:
    """Writes the confirmed subscribers as CSV; returns how many."""
    confirmed_consent = Consent.objects.filter(
        subscriber=OuterRef("pk"), confirmed_at__isnull=False
    ).order_by("-confirmed_at")
    subscribers = (
        Subscriber.objects.filter(status=Status.CONFIRMED)
        .select_related("newsletter")
        .annotate(
            consent_at=Subquery(confirmed_consent.values("submitted_at")[:1]),
            consent_version=Subquery(confirmed_consent.values("privacy_version")[:1]),
        )
        .order_by("newsletter__position", "newsletter_id", Lower("email"))
    )
    if newsletter_id is not None:
        subscribers = subscribers.filter(newsletter_id=newsletter_id)
    writer = csv.writer(output)
    writer.writerow(
        [
            "email",
            "name",
            "language",
            "newsletter",
            "consent_given_at",
            "confirmed_at",
            "privacy_statement_version",
        ]
    )

    def when(moment):
        return timezone.localtime(moment).isoformat(timespec="seconds") if moment else ""

    count = 0
    for subscriber in subscribers.iterator():
        writer.writerow(
            [
                spreadsheet_safe(subscriber.email),
                spreadsheet_safe(subscriber.name),
                subscriber.language,
                spreadsheet_safe(str(subscriber.newsletter)),
                when(subscriber.consent_at),
                when(subscriber.confirmed_at),
                subscriber.consent_version or "",
            ]
        )
        count += 1
    return count
