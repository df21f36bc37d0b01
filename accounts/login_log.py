"""One log line for every staff login that succeeds, fails or is locked out.

The access log drops client addresses, so these lines are where an attack shows: the user
name as typed, the client's network (/24 or /48, as the newsletter stores it), never the
password or the full address.
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed

from core.client_address import client_ip, truncate_ip

logger = logging.getLogger("accounts.login")


def _printable(username) -> str:
    """A typed user name as one short line: an attacker chooses it."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(username or ""))
    return text[:150] or "-"


def _network(request) -> str:
    return (truncate_ip(client_ip(request)) if request is not None else "") or "-"


def logged_in(sender, request, user, **kwargs):
    second_factor = "yes" if getattr(user, "otp_device", None) is not None else "no"
    logger.info(
        "staff login succeeded: user=%s network=%s second_factor=%s",
        _printable(user.get_username()),
        _network(request),
        second_factor,
    )


def login_failed(sender, credentials, request=None, **kwargs):
    logger.warning(
        "staff login failed: user=%s network=%s",
        _printable(credentials.get("username")),
        _network(request),
    )


def second_factor_failed(request, username) -> None:
    logger.warning(
        "staff login failed at the second factor: user=%s network=%s",
        _printable(username),
        _network(request),
    )


def locked_out(sender, request, username, ip_address, **kwargs):
    logger.warning(
        "staff login locked out: user=%s network=%s",
        _printable(username),
        _network(request),
    )


def connect() -> None:
    user_logged_in.connect(logged_in, dispatch_uid="accounts-logged-in")
    user_login_failed.connect(login_failed, dispatch_uid="accounts-login-failed")
    user_locked_out.connect(locked_out, dispatch_uid="accounts-locked-out")
