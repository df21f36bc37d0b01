"""Signing a petition: double opt-in as the newsletter's sign-up, with its rate limits.

Views call these; they hold no rules of their own. Every signature answers the visitor the
same way, whatever the state of the address: whether it signed before only shows in what
is e-mailed to that address (a new confirmation link while unconfirmed, nothing once
confirmed). No function here logs an address.
"""

import datetime
import enum
import logging

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from campaigns.models import Campaign, Signature
from core import ratelimit
from newsletter.config import confirm_max_age
from newsletter.models import OutboxMessage
from newsletter.outbox import send_outbox
from newsletter.subscriptions import (
    DEFAULT_RATE_LIMIT_EMAIL,
    DEFAULT_RATE_LIMIT_IP,
    normalise_email,
)
from newsletter.tokens import TokenState, load_token

logger = logging.getLogger(__name__)

CONFIRM_SALT = "campaigns.confirm"
# Between two confirmation e-mails to one address for one petition, in seconds.
RESEND_INTERVAL = 5 * 60


def setting(name: str, default):
    return getattr(settings, f"CAMPAIGN_{name}", default)


# --- rate limits: the newsletter's numbers, counted apart ---------------------------------


def check_ip_rate(ip: str | None) -> None:
    """Counts one form submission from this address; raises RateLimited above the limit."""
    if not ip:
        return
    limit, window = setting("RATE_LIMIT_IP", DEFAULT_RATE_LIMIT_IP)
    ratelimit.hit("petition-ip", ratelimit.ip_value(ip), limit=limit, window=window)


def check_email_rate(email: str) -> None:
    limit, window = setting("RATE_LIMIT_EMAIL", DEFAULT_RATE_LIMIT_EMAIL)
    ratelimit.hit("petition-email", email.lower(), limit=limit, window=window)


# --- tokens -------------------------------------------------------------------------------


def confirm_token(signature: Signature) -> str:
    # Only the signature's number, signed: no address in the URL, nothing stored to steal.
    return signing.dumps({"g": signature.pk}, salt=CONFIRM_SALT)


def check_confirm_token(token: str) -> TokenState:
    """Whether a confirmation link can be used, without using it (for the GET page)."""
    return load_token(token, CONFIRM_SALT, "g", confirm_max_age())[0]


# --- signing ------------------------------------------------------------------------------


class SignOutcome(enum.StrEnum):
    """For logs and tests only: the visitor is told the same whatever happened."""

    NEW = "new"
    PENDING_AGAIN = "pending_again"
    ALREADY_SIGNED = "already_signed"
    THROTTLED = "throttled"
    CLOSED = "closed"


def _find(campaign_id: int, email: str) -> Signature | None:
    return (
        Signature.objects.select_for_update()
        .alias(email_lower=Lower("email"))
        .filter(campaign_id=campaign_id, email_lower=Lower(Value(email)))
        .first()
    )


def _get_or_create(campaign_id: int, email: str, values: dict) -> tuple[Signature, bool]:
    signature = _find(campaign_id, email)
    if signature is not None:
        return signature, False
    try:
        with transaction.atomic():  # a savepoint: the outer transaction survives a clash
            return Signature.objects.create(campaign_id=campaign_id, email=email, **values), True
    except IntegrityError:
        # A simultaneous signature of the same address inserted it first; use that row.
        signature = _find(campaign_id, email)
        if signature is None:
            raise
        return signature, False


def request_signature(
    *,
    campaign: Campaign,
    email: str,
    name: str,
    place: str,
    show_name: bool,
    language: str,
    consent_text: str,
    base: str,
) -> SignOutcome:
    """Stores an unconfirmed signature and queues its confirmation e-mail, sent after
    commit (or later by send_outbox). Raises ratelimit.RateLimited when this address was
    used too often recently."""
    email = normalise_email(email)
    check_email_rate(email)
    now = timezone.now()
    values = {
        "name": name,
        "place": place,
        "show_name": show_name,
        "language": language,
        "consent": True,
        "consent_text": consent_text,
    }
    with transaction.atomic():
        if not campaign.petition_is_open():
            return SignOutcome.CLOSED
        signature, created = _get_or_create(campaign.pk, email, {**values, "created_at": now})
        interval = datetime.timedelta(seconds=setting("RESEND_INTERVAL", RESEND_INTERVAL))
        if signature.is_confirmed:
            outcome = SignOutcome.ALREADY_SIGNED  # counted once; nothing to send
        elif not created and signature.last_mailed_at and now - signature.last_mailed_at < interval:
            outcome = SignOutcome.THROTTLED
        else:
            outcome = SignOutcome.NEW if created else SignOutcome.PENDING_AGAIN
            # The latest form's details are the ones the signer will confirm.
            for field, value in values.items():
                setattr(signature, field, value)
            signature.last_mailed_at = now
            signature.save()
            queued = _queue_confirmation(signature, campaign, base=base).pk
            transaction.on_commit(lambda: send_outbox(ids=[queued]))
    logger.info("petition signature: %s (signature %s)", outcome, signature.pk)
    return outcome


def _queue_confirmation(signature: Signature, campaign: Campaign, *, base: str):
    """The confirmation e-mail in the signer's language, in the newsletter's outbox."""
    with translation.override(signature.language):
        context = {
            "name": signature.name,
            "campaign": campaign.title,  # modeltranslation follows the language
            "campaign_url": base + campaign.get_absolute_url(),
            "confirm_url": base
            + reverse("campaigns:confirm", kwargs={"token": confirm_token(signature)}),
            "hours": confirm_max_age() // 3600,
        }
        subject = " ".join(render_to_string("campaigns/email/confirm_subject.txt", context).split())
        body = render_to_string("campaigns/email/confirm.txt", context)
    return OutboxMessage.objects.create(
        to=signature.email,
        subject=subject[:300],
        body_text=body,
        headers={"Auto-Submitted": "auto-generated", "Content-Language": signature.language},
        expires_at=timezone.now() + datetime.timedelta(seconds=confirm_max_age()),
    )


# --- confirming ---------------------------------------------------------------------------


class ConfirmResult(enum.StrEnum):
    CONFIRMED = "confirmed"
    ALREADY_CONFIRMED = "already_confirmed"
    EXPIRED = "expired"
    INVALID = "invalid"


def confirm_signature(*, token: str) -> tuple[ConfirmResult, Campaign | None]:
    """Confirms the signature a link was sent for, and says for which campaign. Using a
    link twice is harmless; a link works for its hours even after the petition closed
    (whoever signed on the last day may confirm the next)."""
    state, pk = load_token(token, CONFIRM_SALT, "g", confirm_max_age())
    if state is TokenState.EXPIRED:
        return ConfirmResult.EXPIRED, None
    if state is TokenState.INVALID:
        return ConfirmResult.INVALID, None
    with transaction.atomic():
        signature = (
            Signature.objects.select_for_update(of=("self",))
            .select_related("campaign")
            .filter(pk=pk)
            .first()
        )
        if signature is None:  # purged or erased since
            return ConfirmResult.INVALID, None
        if signature.is_confirmed:
            return ConfirmResult.ALREADY_CONFIRMED, signature.campaign
        signature.confirmed_at = timezone.now()
        signature.save(update_fields=["confirmed_at"])
    logger.info("petition signature %s confirmed", signature.pk)
    return ConfirmResult.CONFIRMED, signature.campaign
