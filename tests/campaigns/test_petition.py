"""Signing a petition through HTTP: double opt-in, the same answer for every address,
bots, floods, consent, a closed petition, and the names shown."""

import re
import time

import pytest
from django.core import mail

from campaigns.models import Signature
from newsletter.forms import sign_started
from tests.campaigns.conftest import confirm_link, signatures
from tests.factories import CampaignFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def counter(client, slug="family", language="en") -> int:
    text = client.get(f"/{language}/campaigns/{slug}/").text
    return int(re.search(r"<strong>(\d+)</strong> confirmed signature", text)[1])


def without_start_times(html: str) -> str:
    return re.sub(r'name="started" value="[^"]*"', "", html)


def test_a_signature_counts_only_once_confirmed(client, sign):
    assert counter(client) == 0

    response = sign("ada@example.org", language="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/campaigns/family/check-your-inbox/"
    assert signatures() == [("ada@example.org", False)]
    assert counter(client) == 0
    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert "A family" in message.subject
    link = confirm_link(message)

    # A mail scanner opening the link confirms nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert "Confirm your signature" in page.text
    assert signatures() == [("ada@example.org", False)]

    confirmed = client.post(link)
    assert confirmed.status_code == 200
    assert "Signature confirmed" in confirmed.text
    assert signatures() == [("ada@example.org", True)]
    assert counter(client) == 1
    # Using the link twice is harmless.
    assert client.post(link).status_code == 200
    assert counter(client) == 1


def test_the_confirmation_mail_is_in_the_signers_language(client, sign):
    sign("ada@example.org", language="nl")
    [message] = mail.outbox
    assert "Een gezin" in message.subject
    assert message.extra_headers["Content-Language"] == "nl"
    assert confirm_link(message).startswith("/nl/campaigns/confirm/")


def test_the_answer_is_the_same_for_new_pending_and_confirmed_addresses(client, sign):
    new = sign("new@example.org")
    SignatureFactory(campaign=Signature.objects.get().campaign, email="known@example.org")
    SignatureFactory(
        campaign=Signature.objects.get(email="new@example.org").campaign,
        email="pending@example.org",
        confirmed_at=None,
    )
    mail.outbox.clear()

    known = sign("Known@Example.org")
    pending = sign("pending@example.org")

    for response in (known, pending):
        assert response.status_code == new.status_code == 302
        assert response["Location"] == new["Location"]
        assert response.content == new.content
        assert dict(response.headers) == dict(new.headers)
    # No second row for a known address in another case; a confirmed one gets no mail,
    # a pending one a new link.
    assert Signature.objects.filter(email__iexact="known@example.org").count() == 1
    assert [message.to for message in mail.outbox] == [["pending@example.org"]]
    # The pages after are the same too (but for the footer form's signed start time).
    assert without_start_times(client.get(new["Location"]).text) == without_start_times(
        client.get(known["Location"]).text
    )


def test_signing_again_at_once_sends_no_second_mail(sign):
    sign("ada@example.org")
    sign("ada@example.org")
    assert len(mail.outbox) == 1


def test_the_rate_limit_per_address_answers_429(settings, sign):
    settings.CAMPAIGN_RATE_LIMIT_IP = (3, 3600)
    answers = [sign(f"person{n}@example.org").status_code for n in range(4)]
    assert answers == [302, 302, 302, 429]
    assert Signature.objects.count() == 3
    # Another address is not held back.
    assert sign("other@example.org", ip="198.51.100.9").status_code == 302


def test_the_rate_limit_per_email_answers_429(settings, sign):
    settings.CAMPAIGN_RATE_LIMIT_EMAIL = (2, 3600)
    answers = [sign("ada@example.org", ip=f"198.51.100.{n}").status_code for n in range(3)]
    assert answers == [302, 302, 429]


@pytest.mark.parametrize(
    "trap",
    [
        {"website": "http://spam.example"},  # the honeypot
        {"started": "now"},  # sent at once
        {"started": "1700000000.000:forged"},  # a start time we did not sign
        {"started": ""},
    ],
)
def test_bots_are_answered_like_people_and_nothing_happens(sign, trap):
    person = sign("person@example.org")
    Signature.objects.all().delete()
    mail.outbox.clear()
    if trap.get("started") == "now":
        trap = {"started": sign_started(time.time() - 1)}

    bot = sign("bot@example.org", **trap)

    assert bot.status_code == person.status_code == 302
    assert bot["Location"] == person["Location"]
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, campaign):
    html = client.get("/nl/campaigns/family/").text
    honeypot = html[: html.index('name="petition-website"')]
    assert 'class="visually-hidden"  aria-hidden="true"' in honeypot[honeypot.rindex("<div") - 60 :]
    assert 'tabindex="-1"' in html[html.index('name="petition-website"') - 200 :][:400]


@pytest.mark.parametrize("missing", ["consent", "name", "email"], ids=["consent", "name", "email"])
def test_consent_name_and_email_are_required(sign, missing):
    values = {"email": "ada@example.org", missing: ""}
    response = sign(values.pop("email"), language="en", **values)
    assert response.status_code == 400
    assert "is-invalid" in response.text
    if missing == "consent":
        assert "Please tick this box to sign." in response.text
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_an_invalid_address_is_explained(sign):
    response = sign("not-an-address", language="en")
    assert response.status_code == 400
    assert "Enter a valid email address." in response.text


def test_a_closed_petition_has_no_form_and_refuses_a_signature(client, sign, campaign):
    campaign.start = campaign.end = campaign.end.replace(year=campaign.end.year - 3)
    campaign.save()

    page = client.get("/en/campaigns/family/")
    assert page.status_code == 200
    assert "This petition is closed" in page.text
    assert 'name="petition-email"' not in page.text

    response = sign("ada@example.org", language="en")
    assert response.status_code == 409
    assert "This petition is closed" in response.text
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_a_petition_not_yet_open_says_so(client, campaign):
    campaign.start = campaign.end
    campaign.save()
    page = client.get("/en/campaigns/family/")
    assert "This petition is not open yet." in page.text
    assert 'name="petition-email"' not in page.text


def test_a_campaign_without_a_petition_has_no_form_and_refuses(client, sign, campaign):
    campaign.has_petition = False
    campaign.save()
    assert 'name="petition-email"' not in client.get("/en/campaigns/family/").text
    assert sign("ada@example.org").status_code == 409
    assert not Signature.objects.exists()


def test_only_names_chosen_to_be_shown_appear(client, campaign):
    SignatureFactory(campaign=campaign, name="Shown Signer", place="Gent")
    SignatureFactory(campaign=campaign, name="Hidden Signer", show_name=False)
    SignatureFactory(campaign=campaign, name="Unconfirmed Signer", confirmed_at=None)

    html = client.get("/en/campaigns/family/").text

    assert "Shown Signer" in html and "Gent" in html
    assert "Hidden Signer" not in html
    assert "Unconfirmed Signer" not in html
    assert "@example.org" not in html  # no address is ever shown
    assert counter(client) == 2


def test_progress_toward_the_goal(client, campaign):
    campaign.signature_goal = 10
    campaign.save()
    SignatureFactory.create_batch(3, campaign=campaign)
    html = client.get("/en/campaigns/family/").text
    assert "of the 10 we hope for" in html
    assert '<progress class="campaign-petition__progress" max="10" value="3"' in html


def test_a_forged_or_expired_link_is_refused(client, settings, sign):
    assert client.get("/nl/campaigns/confirm/forged/").status_code == 400
    assert client.post("/nl/campaigns/confirm/forged/").status_code == 400
    sign("ada@example.org")
    link = confirm_link(mail.outbox[0])
    settings.NEWSLETTER_CONFIRM_MAX_AGE = -1
    response = client.post(link)
    assert response.status_code == 400
    assert signatures() == [("ada@example.org", False)]


def test_a_post_from_another_site_is_refused(client, campaign):
    from django.test import Client

    foreign = Client(enforce_csrf_checks=True)
    from tests.campaigns.conftest import form_data

    response = foreign.post(
        "/nl/campaigns/family/", form_data(), HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not Signature.objects.exists()


def test_a_hidden_campaign_is_not_found(client):
    CampaignFactory(slug="draft", publication="draft")
    assert client.get("/nl/campaigns/draft/").status_code == 404
    assert client.get("/nl/campaigns/nothing/").status_code == 404


def test_one_ipv6_64_is_one_client(settings, sign):
    settings.CAMPAIGN_RATE_LIMIT_IP = (2, 3600)
    answers = [
        sign(f"v6-{n}@example.org", ip=f"2001:db8:5:6::{n + 1}").status_code for n in range(3)
    ]
    assert answers == [302, 302, 429]
