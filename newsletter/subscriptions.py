"""Subscribing: double opt-in sign-up with its rate limits, confirmation, unsubscription.

Views call these; they hold no rules of their own. Tokens, e-mails, the staff's export
and erasure live in their own modules (newsletter.tokens, .outbox, .exports, .erasure).

Every sign-up answers the visitor the same way, whatever the state of the address; what
differs goes only by e-mail to that address. No function here logs an address.
"""

import datetime
import enum
import logging

from django.apps import apps
from django.core.exceptions import FieldError
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils import timezone

from core import ratelimit
from core.client_address import truncate_ip
from newsletter.config import confirm_max_age, setting
from newsletter.models import Consent, Newsletter, Status, Subscriber
from newsletter.outbox import queue_mail, send_outbox
from newsletter.tokens import CONFIRM_SALT, UNSUBSCRIBE_SALT, TokenState, load_token

logger = logging.getLogger(__name__)

# (sign-ups, seconds); NEWSLETTER_RATE_LIMIT_IP and NEWSLETTER_RATE_LIMIT_EMAIL override them.
DEFAULT_RATE_LIMIT_IP = (20, 60 * 60)
DEFAULT_RATE_LIMIT_EMAIL = (5, 60 * 60)


# --- requests: addresses, paths, the site's own URL --------------------------------------


def normalise_email(email: str) -> str:
    """Trimmed, with the domain in lower case (the part before @ is the mail server's)."""
    email = (email or "").strip()
    local, at, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}" if at else email


def clean_source_path(path: str | None, fallback: str = "") -> str:
    """The page a form was sent from: a local path only, without its query string."""
    path = (path or "").split("?", 1)[0].split("#", 1)[0].strip()
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        path = fallback.split("?", 1)[0]
    return path[:500]


def base_url(request=None) -> str:
    """Scheme and host for links in e-mails: the request's, else NEWSLETTER_BASE_URL."""
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return setting("BASE_URL", "http://127.0.0.1:8000").rstrip("/")


def privacy_version() -> str:
    """The version of the privacy statement the visitor was shown."""
    version = None
    try:
        site_page = apps.get_model("cpcportal", "SitePage")
        version = site_page.objects.filter(key="privacy").values_list("version", flat=True)[:1]
        version = next(iter(version), None)
    except (LookupError, FieldError):
        version = None
    return version or setting("PRIVACY_VERSION", "2026-1")


# --- rate limits (counted in PostgreSQL by core.ratelimit, shared by all workers) ----


def check_ip_rate(ip: str | None) -> None:
    """Counts one form submission from this address; raises RateLimited above the limit."""
    if not ip:
        return
    limit, window = setting("RATE_LIMIT_IP", DEFAULT_RATE_LIMIT_IP)
    ratelimit.hit("newsletter-ip", ratelimit.ip_value(ip), limit=limit, window=window)


def check_email_rate(email: str) -> None:
    """Counts one sign-up for this e-mail address; raises RateLimited above the limit."""
    limit, window = setting("RATE_LIMIT_EMAIL", DEFAULT_RATE_LIMIT_EMAIL)
    ratelimit.hit("newsletter-email", email.lower(), limit=limit, window=window)


# --- sign-up ----------------------------------------------------------------------------


class SignUpOutcome(enum.StrEnum):
    """For logs and tests only: the visitor is told the same whatever happened."""

    NEW = "new"
    PENDING_AGAIN = "pending_again"
    ALREADY_SUBSCRIBED = "already_subscribed"
    RESUBSCRIBING = "resubscribing"
    THROTTLED = "throttled"
    UNAVAILABLE = "unavailable"


def _find_subscriber(newsletter_id: int, email: str) -> Subscriber | None:
    return (
        Subscriber.objects.select_for_update()
        .alias(email_lower=Lower("email"))
        .filter(newsletter_id=newsletter_id, email_lower=Lower(Value(email)))
        .first()
    )


def _get_or_create_subscriber(newsletter_id: int, email: str, defaults: dict):
    subscriber = _find_subscriber(newsletter_id, email)
    if subscriber is not None:
        return subscriber, False
    try:
        with transaction.atomic():  # a savepoint: the outer transaction survives a clash
            return Subscriber.objects.create(
                newsletter_id=newsletter_id, email=email, **defaults
            ), True
    except IntegrityError:
        # A simultaneous sign-up of the same address inserted it first; use that row.
        subscriber = _find_subscriber(newsletter_id, email)
        if subscriber is None:
            raise
        return subscriber, False


def request_subscription(
    *,
    email: str,
    newsletter_id: int,
    language: str,
    consent_text: str,
    name: str = "",
    source_path: str = "",
    ip: str | None = None,
    base: str | None = None,
) -> SignUpOutcome:
    """Stores a pending subscription with its proof of consent and queues the e-mail that
    fits the address's state; the e-mail is sent after commit, or later by send_outbox.

    Raises ratelimit.RateLimited when this e-mail address was used too often recently.
    """
    email = normalise_email(email)
    check_email_rate(email)
    version = privacy_version()
    base = base or base_url()
    now = timezone.now()
    queued: list[int] = []

    with transaction.atomic():
        if not Newsletter.objects.public().filter(pk=newsletter_id).exists():
            logger.info("newsletter sign-up for a closed newsletter %s ignored", newsletter_id)
            return SignUpOutcome.UNAVAILABLE
        subscriber, created = _get_or_create_subscriber(
            newsletter_id,
            email,
            {"name": name, "language": language, "status": Status.PENDING, "created_at": now},
        )
        interval = datetime.timedelta(seconds=setting("RESEND_INTERVAL", 5 * 60))
        if not created and subscriber.last_mailed_at and now - subscriber.last_mailed_at < interval:
            outcome = SignUpOutcome.THROTTLED
        elif subscriber.status == Status.CONFIRMED and not created:
            outcome = SignUpOutcome.ALREADY_SUBSCRIBED
            queued.append(queue_mail(subscriber, "already_subscribed", base=base).pk)
        else:
            if created:
                outcome = SignUpOutcome.NEW
            elif subscriber.status == Status.UNSUBSCRIBED:
                outcome = SignUpOutcome.RESUBSCRIBING
            else:
                outcome = SignUpOutcome.PENDING_AGAIN
            # The latest sign-up's details are the ones the subscriber will confirm.
            subscriber.status = Status.PENDING
            subscriber.name = name
            subscriber.language = language
            subscriber.confirmed_at = None
            consent = Consent.objects.create(
                subscriber=subscriber,
                submitted_at=now,
                consent_text=consent_text,
                privacy_version=version,
                source_path=clean_source_path(source_path),
                ip_prefix=truncate_ip(ip),
                language=language,
            )
            queued.append(queue_mail(subscriber, "confirm", base=base, consent=consent).pk)
        if queued:
            subscriber.last_mailed_at = now
        subscriber.save()
        if queued:
            transaction.on_commit(lambda: send_outbox(ids=queued))

    logger.info("newsletter sign-up: %s (subscriber %s)", outcome, subscriber.pk)
    return outcome


# --- confirming and unsubscribing ----------------------------------------------------------


class ConfirmResult(enum.StrEnum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already_confirmed"
    EXPIRED = "expired"
    INVALID = "invalid"


def confirm_subscription(*, token: str) -> ConfirmResult:
    """Confirms the sign-up a link was sent for. Using a link twice is harmless."""
    state, consent_pk = load_token(token, CONFIRM_SALT, "c", confirm_max_age())
    if state is TokenState.EXPIRED:
        return ConfirmResult.EXPIRED
    if state is TokenState.INVALID:
        return ConfirmResult.INVALID
    with transaction.atomic():
        consent = Consent.objects.select_for_update().filter(pk=consent_pk).first()
        if consent is None:  # purged or erased since
            return ConfirmResult.INVALID
        subscriber = Subscriber.objects.select_for_update().get(pk=consent.subscriber_id)
        if subscriber.status == Status.CONFIRMED:
            return ConfirmResult.ALREADY_CONFIRMED
        if subscriber.status == Status.UNSUBSCRIBED or consent.confirmed_at:
            # Unsubscribed after this sign-up: only a new sign-up subscribes again.
            return ConfirmResult.INVALID
        now = timezone.now()
        consent.confirmed_at = now
        consent.save(update_fields=["confirmed_at"])
        subscriber.status = Status.CONFIRMED
        subscriber.confirmed_at = now
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "updated_at"])
    logger.info("newsletter subscriber %s confirmed", subscriber.pk)
    return ConfirmResult.CONFIRMED


def unsubscribe(*, token: str) -> bool:
    """Unsubscribes the link's subscriber; False for a link that is not ours.

    A subscriber erased since counts as unsubscribed: either way nothing more is sent.
    """
    state, subscriber_pk = load_token(token, UNSUBSCRIBE_SALT, "s")
    if state is not TokenState.VALID:
        return False
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_pk).first()
        if subscriber is not None and subscriber.status != Status.UNSUBSCRIBED:
            subscriber.status = Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = timezone.now()
            # Only the subscriber can unsubscribe (the link is theirs): signing up again
            # straight away is no flood and gets its confirmation at once.
            subscriber.last_mailed_at = None
            subscriber.save(
                update_fields=["status", "unsubscribed_at", "last_mailed_at", "updated_at"]
            )
            # A confirmation still waiting in the outbox would invite them back.
            subscriber.outbox_messages.all().delete()
            logger.info("newsletter subscriber %s unsubscribed", subscriber.pk)
    return True
