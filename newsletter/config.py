"""The newsletter's settings: NEWSLETTER_* in Django's settings, with their defaults here.

Separate because sign-up, tokens, the outbox and erasure all read them.
"""

from django.conf import settings


def setting(name: str, default):
    return getattr(settings, f"NEWSLETTER_{name}", default)


def confirm_max_age() -> int:
    return setting("CONFIRM_MAX_AGE", 48 * 60 * 60)
