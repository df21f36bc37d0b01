"""Forgetting subscribers: erasure on request, and purging sign-ups never confirmed.

Separate because both delete personal data for good, including the admin's history of
it. No function here logs an address.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from newsletter.config import setting
from newsletter.models import Consent, ErasureLog, OutboxMessage, Status, Subscriber

logger = logging.getLogger(__name__)


def _forget_admin_log(subscriber_pks: list[int]) -> None:
    # The admin's history keeps each object's str(), which is the address.
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Subscriber),
        object_id__in=[str(pk) for pk in subscriber_pks],
    ).delete()


def erase_subscriber(subscriber: Subscriber, *, by=None) -> None:
    """Right to be forgotten: deletes the subscriber, their consents and queued mail, and
    records only that an erasure happened, when, and on which newsletter."""
    with transaction.atomic():
        ErasureLog.objects.create(
            newsletter_id=subscriber.newsletter_id,
            erased_by=by if getattr(by, "pk", None) else None,
        )
        pk = subscriber.pk
        subscriber.delete()
        _forget_admin_log([pk])
    logger.info("newsletter subscriber %s erased on request", pk)


def purge_unconfirmed(*, days: int | None = None) -> int:
    """Removes sign-ups left unconfirmed for `days` (default 7); returns how many.

    A never-confirmed subscriber is deleted. One who was subscribed before, unsubscribed
    and signed up again without confirming goes back to unsubscribed, keeping the proof
    of the earlier consent and losing the unconfirmed one.
    """
    days = setting("PENDING_DAYS", 7) if days is None else days
    cutoff = timezone.now() - datetime.timedelta(days=days)
    stale = Subscriber.objects.filter(status=Status.PENDING, created_at__lt=cutoff).exclude(
        consents__submitted_at__gte=cutoff
    )
    with transaction.atomic():
        returning = stale.filter(consents__confirmed_at__isnull=False).distinct()
        returning_pks = list(returning.values_list("pk", flat=True))
        Consent.objects.filter(subscriber_id__in=returning_pks, confirmed_at__isnull=True).delete()
        Subscriber.objects.filter(pk__in=returning_pks).update(
            status=Status.UNSUBSCRIBED, updated_at=timezone.now()
        )
        OutboxMessage.objects.filter(subscriber_id__in=returning_pks).delete()
        never_pks = list(stale.exclude(pk__in=returning_pks).values_list("pk", flat=True))
        Subscriber.objects.filter(pk__in=never_pks).delete()
        _forget_admin_log(never_pks)
    purged = len(returning_pks) + len(never_pks)
    logger.info("newsletter: %s unconfirmed sign-ups purged", purged)
    return purged
