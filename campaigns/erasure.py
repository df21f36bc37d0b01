"""Forgetting signers: every signature a while after its campaign ended, and signatures
never confirmed after a few days (manage.py erase_signatures, daily from cron).

Separate because both delete personal data for good, including the admin's history of it.
The campaign keeps the number of confirmed signatures it had, so its counter stays. No
function here logs an address.
"""

import datetime
import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from campaigns.models import Campaign, Signature, retention_days
from core.models import today

logger = logging.getLogger(__name__)

DEFAULT_UNCONFIRMED_DAYS = 7


def _forget_admin_log(signature_pks: list[int]) -> None:
    # The admin's history keeps each object's str(), which is the signer's name.
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Signature),
        object_id__in=[str(pk) for pk in signature_pks],
    ).delete()


@dataclass
class ErasureReport:
    campaigns: int = 0
    erased: int = 0
    unconfirmed: int = 0


def erase_signatures(
    *, retention: int | None = None, unconfirmed_days: int | None = None
) -> ErasureReport:
    """Deletes the signatures of campaigns that ended more than `retention` days ago
    (CAMPAIGN_SIGNATURE_RETENTION_DAYS), adding their confirmed number to the campaign's
    erased_signature_count, and the unconfirmed signatures older than `unconfirmed_days`
    (CAMPAIGN_UNCONFIRMED_DAYS)."""
    from django.conf import settings

    retention = retention_days() if retention is None else retention
    if unconfirmed_days is None:
        unconfirmed_days = getattr(settings, "CAMPAIGN_UNCONFIRMED_DAYS", DEFAULT_UNCONFIRMED_DAYS)
    report = ErasureReport()
    ended = Campaign.objects.ended_before(today() - datetime.timedelta(days=retention))
    for campaign_pk in (
        ended.filter(signatures__isnull=False).distinct().values_list("pk", flat=True)
    ):
        with transaction.atomic():
            # Locked, so that a confirmation arriving now is either counted or erased.
            Campaign.objects.select_for_update().filter(pk=campaign_pk).first()
            # The signatures locked too: a confirmation waiting for one finds it gone
            # rather than being confirmed after it was counted as unconfirmed.
            rows = list(
                Signature.objects.select_for_update()
                .filter(campaign_id=campaign_pk)
                .values_list("pk", "confirmed_at")
            )
            pks = [pk for pk, _confirmed_at in rows]
            confirmed = sum(1 for _pk, confirmed_at in rows if confirmed_at is not None)
            Signature.objects.filter(pk__in=pks).delete()
            Campaign.objects.filter(pk=campaign_pk).update(
                erased_signature_count=F("erased_signature_count") + confirmed
            )
            _forget_admin_log(pks)
        report.campaigns += 1
        report.erased += len(pks)

    cutoff = timezone.now() - datetime.timedelta(days=unconfirmed_days)
    with transaction.atomic():
        stale = Signature.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
        pks = list(stale.values_list("pk", flat=True))
        Signature.objects.filter(pk__in=pks).delete()
        _forget_admin_log(pks)
    report.unconfirmed = len(pks)
    logger.info(
        "petitions: %s signatures of %s ended campaigns erased, %s unconfirmed ones",
        report.erased,
        report.campaigns,
        report.unconfirmed,
    )
    return report
