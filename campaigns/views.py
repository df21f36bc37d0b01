"""Public campaign pages and the petition's steps; the rules live in campaigns.signatures."""

import logging

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django.views.generic import TemplateView

from campaigns import selectors, signatures
from campaigns.forms import SignatureForm
from campaigns.models import Campaign
from core.cache import cache_public_page, public_cache_headers
from core.client_address import client_ip
from core.models import today
from core.origin import same_origin_post
from core.ratelimit import RateLimited
from images import opengraph
from newsletter.config import confirm_max_age
from newsletter.subscriptions import base_url

logger = logging.getLogger(__name__)


def _hours() -> int:
    return confirm_max_age() // 3600


@method_decorator(cache_public_page, name="dispatch")
class CampaignListView(TemplateView):
    template_name = "campaigns/campaign_list.html"

    def get_context_data(self, **kwargs):
        day = today()
        cards = list(selectors.campaign_cards(selectors.public_campaigns()))
        current = [campaign for campaign in cards if not campaign.has_ended(day)]
        past = [campaign for campaign in cards if campaign.has_ended(day)]
        past.sort(key=lambda campaign: campaign.end, reverse=True)
        return {**super().get_context_data(**kwargs), "current": current, "past": past}


def _campaign(slug: str) -> Campaign:
    try:
        return selectors.public_campaign_detail(slug)
    except Campaign.DoesNotExist:
        raise Http404(gettext("No such campaign.")) from None


def _rate_limited(request, campaign, retry_after: int):
    response = render(request, "campaigns/rate_limited.html", {"campaign": campaign}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


# No CSRF token, so that the page sets no cookie and shared caches may keep it; a signature
# is accepted from the site's own pages only (core/origin.py). Not in the page cache: its
# counter moves with every confirmation, which does not empty that cache.
@same_origin_post
@public_cache_headers
@require_http_methods(["GET", "POST"])
def campaign_detail(request, slug):
    campaign = _campaign(slug)
    status = 200
    form = None
    if campaign.petition_is_open():
        if request.method == "POST":
            try:
                signatures.check_ip_rate(client_ip(request))
            except RateLimited as limited:
                return _rate_limited(request, campaign, limited.retry_after)
            form = SignatureForm(request.POST)
            if form.looks_automated():
                # Answered exactly like a success, so that a bot learns nothing.
                logger.info("petition signature rejected as automated")
                return redirect("campaigns:check_inbox", slug=campaign.slug)
            if form.is_valid():
                data = form.cleaned_data
                try:
                    signatures.request_signature(
                        campaign=campaign,
                        email=data["email"],
                        name=data["name"],
                        place=data["place"],
                        show_name=data["show_name"],
                        language=get_language(),
                        consent_text=form.consent_text,
                        base=base_url(request),
                    )
                except RateLimited as limited:
                    return _rate_limited(request, campaign, limited.retry_after)
                # The same answer for a new, unconfirmed or confirmed address.
                return redirect("campaigns:check_inbox", slug=campaign.slug)
            status = 400
        else:
            form = SignatureForm()
    elif request.method == "POST":
        status = 409  # the page says the petition is closed, and has no form
    return render(
        request,
        "campaigns/campaign_detail.html",
        {"campaign": campaign, "form": form, "petition_open": form is not None},
        status=status,
    )


@public_cache_headers
@require_safe
def check_inbox(request, slug):
    campaign = _campaign(slug)
    return render(request, "campaigns/check_inbox.html", {"campaign": campaign, "hours": _hours()})


@same_origin_post
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button and changes nothing: mail scanners follow links, people press."""
    if request.method == "POST":
        result, campaign = signatures.confirm_signature(token=token)
        if result in (
            signatures.ConfirmResult.CONFIRMED,
            signatures.ConfirmResult.ALREADY_CONFIRMED,
        ):
            return render(request, "campaigns/confirmed.html", {"campaign": campaign})
        expired = result is signatures.ConfirmResult.EXPIRED
    else:
        state = signatures.check_confirm_token(token)
        if state is signatures.TokenState.VALID:
            return render(request, "campaigns/confirm.html")
        expired = state is signatures.TokenState.EXPIRED
    return render(
        request,
        "campaigns/link_invalid.html",
        {"expired": expired, "hours": _hours()},
        status=400,
    )


@require_safe
def campaign_og_image(request, slug):
    """The 1200 × 630 PNG that social media show for a link to the campaign's page."""
    try:
        campaign = selectors.public_campaign_for_sharing(slug)
    except Campaign.DoesNotExist:
        raise Http404(gettext("No such campaign.")) from None
    partners = ", ".join(partner["name"] for partner in campaign.partner_list or [])
    return opengraph.response(
        request,
        kind="campaigns",
        key=campaign.slug,
        title=str(campaign.title),
        subtitle=partners,
        photo=campaign.image or None,
        updated_at=campaign.updated_at,
        site_name=gettext("Child Rights Portal"),
    )
