"""Forms that need no CSRF cookie: a POST is accepted only from the site's own pages.

Public pages set no cookie, so that shared caches may keep them; their forms (the
newsletter's) therefore carry no CSRF token. Browsers say where a POST comes from in the
`Origin` header, and Django's CSRF middleware already refuses a foreign one: this applies
the same rule without the token. Without an `Origin` (older browsers) the `Referer` must be
one of the site's pages; with neither, or with `Origin: null` (a page under a no-referrer
policy, a sandboxed frame), the POST is refused with Django's CSRF failure page.
"""

import logging
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import get_callable
from django.utils.http import is_same_domain

logger = logging.getLogger("django.security.csrf")

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def is_own_origin(request, origin: str) -> bool:
    """Is `origin` ("https://host[:port]") this site, or one CSRF_TRUSTED_ORIGINS names?"""
    try:
        if origin == f"{request.scheme}://{request.get_host()}":
            return True
    except DisallowedHost:
        return False
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        if "*" not in trusted:
            if origin == trusted:
                return True
            continue
        # "https://*.example.org" trusts every subdomain, as in Django's middleware.
        trusted_parts = urlsplit(trusted)
        domain = trusted_parts.netloc[trusted_parts.netloc.index("*") + 1 :]
        if parts.scheme == trusted_parts.scheme and is_same_domain(parts.netloc, domain):
            return True
    return False


def refusal(request) -> str | None:
    """Why this POST does not come from the site's own pages, or None if it does."""
    origin = request.META.get("HTTP_ORIGIN")
    if origin is not None:
        return None if is_own_origin(request, origin) else f"Origin {origin!r} is not this site"
    referer = request.META.get("HTTP_REFERER")
    if not referer:
        return "neither Origin nor Referer says where the form was sent from"
    try:
        parts = urlsplit(referer)
    except ValueError:
        return "the Referer is malformed"
    if is_own_origin(request, f"{parts.scheme}://{parts.netloc}"):
        return None
    return "the Referer is not a page of this site"


def same_origin_post(view):
    """Exempts a view from the CSRF token and accepts a POST (PUT, …) only from the
    site's own origin. Like Django's middleware, it lets the test client's requests through
    unless the client was made with enforce_csrf_checks=True."""

    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if request.method not in SAFE_METHODS and not getattr(
            request, "_dont_enforce_csrf_checks", False
        ):
            reason = refusal(request)
            if reason is not None:
                logger.warning("Forbidden (%s): %s", reason, request.path)
                return get_callable(settings.CSRF_FAILURE_VIEW)(request, reason=reason)
        return view(request, *args, **kwargs)

    checked_view.csrf_exempt = True
    return checked_view
