"""The newsletter's e-mails: rendered into the outbox, then sent from there.

Separate because sending happens apart from the request that queued a message: after
commit, by the admin's action or by `manage.py send_outbox` when the mail server was
down. No function here logs an address.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.log import redact
from newsletter.config import confirm_max_age, setting
from newsletter.models import Consent, OutboxMessage, Subscriber
from newsletter.tokens import confirm_token, unsubscribe_token

logger = logging.getLogger(__name__)

# Sent inside the transaction that deletes (sent) or keeps (failed) the message, with
# `message`: apps above that queue their own mail (the newsletter issues) keep count.
message_sent = Signal()
message_failed = Signal()


def unsubscribe_links(subscriber: Subscriber, base: str) -> tuple[str, str]:
    """The subscriber's own unsubscribe page and one-click (RFC 8058) addresses."""
    key = unsubscribe_token(subscriber)
    return (
        base + reverse("newsletter:unsubscribe", kwargs={"token": key}),
        base + reverse("newsletter:unsubscribe_one_click", kwargs={"token": key}),
    )


def list_headers(one_click_url: str, language: str) -> dict:
    return {
        # RFC 2369 and RFC 8058: mail programs offer a one-click unsubscribe button.
        "List-Unsubscribe": f"<{one_click_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
        "Content-Language": language,
    }


def queue_mail(
    subscriber: Subscriber, kind: str, *, base: str, consent: Consent | None = None
) -> OutboxMessage:
    """Renders an e-mail in the subscriber's language and writes it to the outbox."""
    with translation.override(subscriber.language):
        unsubscribe_url, one_click_url = unsubscribe_links(subscriber, base)
        context = {
            "newsletter_name": _newsletter_name(subscriber),
            "unsubscribe_url": unsubscribe_url,
            "subscribe_url": base + reverse("newsletter:subscribe"),
            "hours": confirm_max_age() // 3600,
            "language": subscriber.language,
        }
        if consent is not None:
            context["confirm_url"] = base + reverse(
                "newsletter:confirm", kwargs={"token": confirm_token(consent)}
            )
        subject = " ".join(
            render_to_string(f"newsletter/email/{kind}_subject.txt", context).split()
        )
        body_text = render_to_string(f"newsletter/email/{kind}.txt", context)
        body_html = render_to_string(f"newsletter/email/{kind}.html", context)
    return OutboxMessage.objects.create(
        subscriber=subscriber,
        to=subscriber.email,
        subject=subject[:300],
        body_text=body_text,
        body_html=body_html,
        headers=list_headers(one_click_url, subscriber.language),
        expires_at=timezone.now() + datetime.timedelta(seconds=confirm_max_age()),
    )


def _newsletter_name(subscriber: Subscriber) -> str:
    newsletter = subscriber.newsletter
    return getattr(newsletter, f"name_{subscriber.language}", None) or newsletter.name


@dataclass
class OutboxReport:
    sent: int = 0
    failed: int = 0
    expired: int = 0


def send_outbox(*, ids: list[int] | None = None, limit: int | None = None) -> OutboxReport:
    """Sends queued e-mails (these ids, or all); a failure stays queued, attempts counted.

    Never raises: after a sign-up it runs in the visitor's request, which must succeed.
    """
    report = OutboxReport()
    try:
        now = timezone.now()
        queue = OutboxMessage.objects.all()
        if ids is not None:
            queue = queue.filter(pk__in=ids)
        report.expired, _deleted = queue.filter(expires_at__lt=now).delete()
        pks = list(queue.order_by("created_at", "pk").values_list("pk", flat=True)[:limit])
        if not pks:
            return report
        connection = get_connection(fail_silently=False)
        try:
            for pk in pks:
                if _send_one(pk, connection):
                    report.sent += 1
                else:
                    report.failed += 1
        finally:
            try:
                connection.close()
            except Exception:  # closing a broken connection may fail too
                logger.warning("newsletter mail connection did not close cleanly")
    except Exception:
        logger.exception("newsletter outbox run failed")
    return report


def _send_one(pk: int, connection) -> bool:
    with transaction.atomic():
        # Locked while sending, skipped by a send_outbox running at the same time.
        message = OutboxMessage.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
        if message is None:
            return True  # sent or being sent by another process
        email = EmailMultiAlternatives(
            subject=message.subject,
            body=message.body_text,
            from_email=setting("FROM_EMAIL", None) or settings.DEFAULT_FROM_EMAIL,
            to=[message.to],
            headers=message.headers,
            connection=connection,
        )
        if message.body_html:
            email.attach_alternative(message.body_html, "text/html")
        try:
            email.send(fail_silently=False)
        except Exception as error:  # SMTPException, OSError, anything a backend raises
            message.attempts += 1
            message.last_attempt_at = timezone.now()
            message.last_error = redact(f"{type(error).__name__}: {error}")[:500]
            message.save(update_fields=["attempts", "last_attempt_at", "last_error"])
            message_failed.send(sender=OutboxMessage, message=message)
            logger.warning(
                "newsletter e-mail %s not sent (attempt %s): %s",
                message.pk,
                message.attempts,
                type(error).__name__,
            )
            return False
        message_sent.send(sender=OutboxMessage, message=message)
        message.delete()
        return True
