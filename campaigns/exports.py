"""The CSV of a campaign's confirmed signatures, for staff with the export permission.

Separate because it writes what visitors typed into a file that opens in a spreadsheet:
core.spreadsheet makes every such cell safe.
"""

from django.db.models.functions import Lower
from django.utils import timezone

from campaigns.models import Campaign, Signature
from core.spreadsheet import streaming_csv

HEADER = ["name", "email", "place", "name_shown", "language", "signed_at", "confirmed_at"]


def _when(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else ""


def confirmed_rows(campaign: Campaign):
    signatures = (
        Signature.objects.confirmed()
        .filter(campaign=campaign)
        .order_by("confirmed_at", Lower("email"))
    )
    for signature in signatures.iterator():
        yield [
            signature.name,
            signature.email,
            signature.place,
            "yes" if signature.show_name else "no",
            signature.language,
            _when(signature.created_at),
            _when(signature.confirmed_at),
        ]


def confirmed_csv(campaign: Campaign):
    """A streamed download of the campaign's confirmed signatures."""
    stamp = timezone.localdate().isoformat()
    response = streaming_csv(
        f"signatures-{campaign.slug}-{stamp}.csv", HEADER, confirmed_rows(campaign)
    )
    response["Cache-Control"] = "no-store"
    return response
