"""Sending an issue: list its recipients once, then e-mail them a batch at a time.

1. `start_sending` turns a draft into a sending issue and lists every confirmed subscriber
   of its newsletter and language as a pending Delivery, in one transaction.
2. `send_pending` writes a batch of pending deliveries' e-mails to the newsletter's outbox
   and marks them queued, in one transaction, then sends them from the outbox, where each
   e-mail is deleted in the transaction that sent it (the outbox's signals mark its
   delivery sent or failed in that same transaction).

A process stopped anywhere leaves every subscriber pending (nothing written), queued (the
e-mail waits in the outbox) or sent; calling `send_pending` again, from the admin or from
`manage.py send_editions`, goes on from there. Two processes at once skip each other's
locked rows. What the mail server refuses stays in the outbox, counted as failed, and
`manage.py send_outbox` tries it again.
"""

import datetime
import logging
import time
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from editions.content import render_mail
from editions.models import Delivery, DeliveryStatus, Edition, State
from newsletter.config import setting
from newsletter.models import OutboxMessage, Status, Subscriber
from newsletter.outbox import list_headers, send_outbox, unsubscribe_links

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 100
# A newsletter that could not be sent within two weeks is no longer news.
MAIL_LIFETIME = datetime.timedelta(days=14)


class NotADraft(Exception):
    """The issue is being or has been sent: it is sent only once."""


def recipients(edition: Edition):
    return Subscriber.objects.filter(
        newsletter_id=edition.newsletter_id, language=edition.language, status=Status.CONFIRMED
    )


@dataclass
class Progress:
    recipients: int = 0
    sent: int = 0
    failed: int = 0
    waiting: int = 0
    cancelled: int = 0


def progress(edition: Edition) -> Progress:
    counts = Delivery.objects.filter(edition=edition).aggregate(
        recipients=Count("pk"),
        sent=Count("pk", filter=Q(status=DeliveryStatus.SENT)),
        failed=Count("pk", filter=Q(status=DeliveryStatus.FAILED)),
        waiting=Count("pk", filter=Q(status__in=[DeliveryStatus.PENDING, DeliveryStatus.QUEUED])),
        cancelled=Count("pk", filter=Q(status=DeliveryStatus.CANCELLED)),
    )
    return Progress(**counts)


def start_sending(edition_pk: int, *, by, base: str) -> int:
    """Lists the recipients and marks the issue as sending; returns how many there are."""
    with transaction.atomic():
        edition = Edition.objects.select_for_update().get(pk=edition_pk)
        if not edition.is_draft:
            raise NotADraft
        edition.state = State.SENDING
        edition.sending_started_at = timezone.now()
        edition.sent_by = by
        edition.site_url = base
        edition.save()
        pks = recipients(edition).order_by("pk").values_list("pk", flat=True)
        listed = Delivery.objects.bulk_create(
            (Delivery(edition=edition, subscriber_id=pk) for pk in pks.iterator(2000)),
            batch_size=1000,
        )
    logger.info("newsletter issue %s: sending to %s subscribers", edition.pk, len(listed))
    return len(listed)


def send_pending(edition: Edition, *, batch_size: int | None = None, seconds=None) -> Progress:
    """Sends what is left of a sending issue (for at most `seconds`, when given)."""
    batch_size = batch_size or setting("BATCH_SIZE", DEFAULT_BATCH_SIZE)
    edition = Edition.objects.select_related("newsletter").get(pk=edition.pk)
    deadline = None if seconds is None else time.monotonic() + seconds
    # E-mails queued by a run that stopped before sending them.
    left = list(
        Delivery.objects.filter(
            edition=edition, status=DeliveryStatus.QUEUED, outbox_message__isnull=False
        ).values_list("outbox_message_id", flat=True)
    )
    for start in range(0, len(left), batch_size):
        send_outbox(ids=left[start : start + batch_size])
    while deadline is None or time.monotonic() < deadline:
        queued = queue_batch(edition, batch_size)
        if queued is None:
            break
        if queued:
            send_outbox(ids=queued)
    return finish_if_done(edition)


def queue_batch(edition: Edition, size: int) -> list[int] | None:
    """Writes up to `size` pending deliveries' e-mails to the outbox; None when none is
    left. Subscribers who unsubscribed or were erased since the start get nothing."""
    with transaction.atomic():
        batch = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(edition=edition, status=DeliveryStatus.PENDING)
            .order_by("pk")[:size]
        )
        if not batch:
            return None
        # Locked as unsubscribing locks them: an unsubscription either comes first (no
        # e-mail) or after (it deletes the queued e-mail).
        subscribers = Subscriber.objects.select_for_update().in_bulk(
            [delivery.subscriber_id for delivery in batch if delivery.subscriber_id]
        )
        base = edition.site_url
        mail = render_mail(edition, base=base)
        expires_at = timezone.now() + MAIL_LIFETIME
        queued = []
        for delivery in batch:
            subscriber = subscribers.get(delivery.subscriber_id)
            if subscriber is None or subscriber.status != Status.CONFIRMED:
                delivery.status = DeliveryStatus.CANCELLED
                continue
            with translation.override(edition.language):
                unsubscribe_url, one_click_url = unsubscribe_links(subscriber, base)
            personal = mail.for_address(unsubscribe_url)
            delivery.status = DeliveryStatus.QUEUED
            delivery.outbox_message = OutboxMessage(
                subscriber=subscriber,
                to=subscriber.email,
                subject=personal.subject,
                body_text=personal.text,
                body_html=personal.html,
                headers=list_headers(one_click_url, edition.language),
                expires_at=expires_at,
            )
            queued.append(delivery.outbox_message)
        OutboxMessage.objects.bulk_create(queued)
        for delivery in batch:
            if delivery.outbox_message is not None:
                delivery.outbox_message_id = delivery.outbox_message.pk
        Delivery.objects.bulk_update(batch, ["status", "outbox_message"])
    return [message.pk for message in queued]


def finish_if_done(edition: Edition) -> Progress:
    """Marks the issue sent once nothing waits. A queued e-mail the outbox dropped
    (unsubscribed, erased or expired before it went) counts as not sent."""
    with transaction.atomic():
        Delivery.objects.filter(
            edition=edition, status=DeliveryStatus.QUEUED, outbox_message__isnull=True
        ).update(status=DeliveryStatus.CANCELLED)
        counts = progress(edition)
        if counts.waiting == 0:
            updated = Edition.objects.filter(pk=edition.pk, state=State.SENDING).update(
                state=State.SENT, sent_at=timezone.now()
            )
            if updated:
                edition.state = State.SENT
                logger.info(
                    "newsletter issue %s sent: %s sent, %s failed",
                    edition.pk,
                    counts.sent,
                    counts.failed,
                )
    return counts


def send_all_pending(**kwargs) -> dict[int, Progress]:
    """Every issue still sending (`manage.py send_editions`)."""
    return {
        edition.pk: send_pending(edition, **kwargs)
        for edition in Edition.objects.filter(state=State.SENDING).select_related("newsletter")
    }


def send_test(edition: Edition, *, to: str, base: str):
    """The issue to one address (the editor's own), marked as a test, sent at once."""
    mail = render_mail(edition, base=base)
    with translation.override(edition.language):
        subscribe_url = base + reverse("newsletter:subscribe")
        subject = gettext("[Test] %(subject)s") % {"subject": mail.subject}
    mail = mail.for_address(subscribe_url)
    message = OutboxMessage.objects.create(
        to=to,
        subject=subject[:300],
        body_text=mail.text,
        body_html=mail.html,
        headers={"Auto-Submitted": "auto-generated", "Content-Language": edition.language},
    )
    Edition.objects.filter(pk=edition.pk).update(test_sent_at=timezone.now())
    return send_outbox(ids=[message.pk])


# --- the outbox's signals ----------------------------------------------------------------


def mark_sent(sender, message, **kwargs):
    Delivery.objects.filter(outbox_message_id=message.pk).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1
    )


def mark_failed(sender, message, **kwargs):
    Delivery.objects.filter(outbox_message_id=message.pk).update(
        status=DeliveryStatus.FAILED, attempts=F("attempts") + 1
    )
