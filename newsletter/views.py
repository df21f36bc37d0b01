"""Sign-up, confirmation and unsubscribe pages; the rules live in newsletter.subscriptions."""

import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from core.cache import public_cache_headers
from core.client_address import client_ip
from core.origin import same_origin_post
from core.ratelimit import RateLimited
from newsletter import choices, subscriptions, tokens
from newsletter.config import confirm_max_age
from newsletter.forms import SubscribeForm

logger = logging.getLogger(__name__)


def _hours() -> int:
    return confirm_max_age() // 3600


def _rate_limited(request, retry_after: int):
    response = render(request, "newsletter/rate_limited.html", status=429)
    response["Retry-After"] = str(retry_after)
    return response


# No CSRF token, so that the page (and every page with the footer's form) sets no cookie
# and shared caches may keep it; a sign-up is accepted from the site's own pages only.
@same_origin_post
@public_cache_headers
@require_http_methods(["GET", "POST"])
def subscribe(request):
    newsletters = choices.active_newsletters()
    if request.method == "POST" and newsletters:
        ip = client_ip(request)
        try:
            subscriptions.check_ip_rate(ip)
        except RateLimited as limited:
            return _rate_limited(request, limited.retry_after)
        form = SubscribeForm(request.POST, newsletters=newsletters)
        if form.looks_automated():
            # Answered exactly like a success, so that a bot learns nothing.
            logger.info("newsletter sign-up rejected as automated")
            return redirect("newsletter:check_inbox")
        if form.is_valid():
            try:
                subscriptions.request_subscription(
                    email=form.cleaned_data["email"],
                    name=form.cleaned_data["name"],
                    newsletter_id=form.newsletter_id(),
                    language=get_language(),
                    consent_text=form.consent_text,
                    source_path=subscriptions.clean_source_path(
                        form.cleaned_data["source"], fallback=request.path
                    ),
                    ip=ip,
                    base=subscriptions.base_url(request),
                )
            except RateLimited as limited:
                return _rate_limited(request, limited.retry_after)
            # The same answer for a new, pending, subscribed or unsubscribed address.
            return redirect("newsletter:check_inbox")
    else:
        form = SubscribeForm(newsletters=newsletters, source_path=request.path)
    return render(request, "newsletter/subscribe.html", {"form": form, "newsletters": newsletters})


@public_cache_headers
@require_safe
def check_inbox(request):
    return render(request, "newsletter/check_inbox.html", {"hours": _hours()})


@same_origin_post
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button and changes nothing: mail scanners follow links, people press."""
    if request.method == "POST":
        result = subscriptions.confirm_subscription(token=token)
        if result in (
            subscriptions.ConfirmResult.CONFIRMED,
            subscriptions.ConfirmResult.ALREADY_CONFIRMED,
        ):
            return render(request, "newsletter/confirmed.html")
        expired = result is subscriptions.ConfirmResult.EXPIRED
    else:
        state = tokens.check_confirm_token(token)
        if state is tokens.TokenState.VALID:
            return render(request, "newsletter/confirm.html")
        expired = state is tokens.TokenState.EXPIRED
    return render(
        request,
        "newsletter/link_invalid.html",
        {"expired": expired, "hours": _hours()},
        status=400,
    )


@same_origin_post
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    if request.method == "POST":
        if subscriptions.unsubscribe(token=token):
            return render(request, "newsletter/unsubscribed.html")
    elif tokens.check_unsubscribe_token(token) is tokens.TokenState.VALID:
        return render(request, "newsletter/unsubscribe.html")
    return render(request, "newsletter/link_invalid.html", {"expired": False}, status=400)


@csrf_exempt  # mail providers post here (RFC 8058) without a token; only this exact body
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe_one_click(request, token):
    if request.method == "GET":
        # A person who opens the header's link gets the page with the button.
        return redirect("newsletter:unsubscribe", token=token)
    if list(request.POST.lists()) != [("List-Unsubscribe", ["One-Click"])]:
        return HttpResponseBadRequest(
            "Expected List-Unsubscribe=One-Click", content_type="text/plain"
        )
    if not subscriptions.unsubscribe(token=token):
        return HttpResponseBadRequest("Invalid link", content_type="text/plain")
    return HttpResponse("Unsubscribed", content_type="text/plain")
