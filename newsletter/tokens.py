"""The signed tokens in the newsletter's links: confirming a sign-up and unsubscribing.

Separate because the e-mails write them, the pages check them and confirming or
unsubscribing reads them.
"""

import enum

from django.core import signing

from newsletter.config import confirm_max_age
from newsletter.models import Consent, Subscriber

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


class TokenState(enum.StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    INVALID = "invalid"


def confirm_token(consent: Consent) -> str:
    # Only the consent's number, signed: no address in the URL, nothing stored to steal.
    return signing.dumps({"c": consent.pk}, salt=CONFIRM_SALT)


def unsubscribe_token(subscriber: Subscriber) -> str:
    return signing.dumps({"s": subscriber.pk}, salt=UNSUBSCRIBE_SALT)


def load_token(token: str, salt: str, key: str, max_age=None) -> tuple[TokenState, int | None]:
    try:
        payload = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        return TokenState.EXPIRED, None
    except signing.BadSignature:
        return TokenState.INVALID, None
    value = payload.get(key) if isinstance(payload, dict) else None
    if not isinstance(value, int):
        return TokenState.INVALID, None
    return TokenState.VALID, value


def check_confirm_token(token: str) -> TokenState:
    """Whether a confirmation link can be used, without using it (for the GET page)."""
    return load_token(token, CONFIRM_SALT, "c", confirm_max_age())[0]


def check_unsubscribe_token(token: str) -> TokenState:
    return load_token(token, UNSUBSCRIBE_SALT, "s")[0]
