"""Bots, floods and broken links: answered calmly, nothing stored, nothing sent."""

import datetime
import re
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.client_address import client_ip, truncate_ip
from newsletter import subscriptions
from newsletter.forms import sign_started
from newsletter.models import Consent, Status, Subscriber
from newsletter.tokens import confirm_token, unsubscribe_token

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.urls")]


def reference_response(sign_up):
    response = sign_up("real.person@example.org")
    Subscriber.objects.all().delete()
    mail.outbox.clear()
    return response


@pytest.mark.parametrize(
    "trap",
    [
        {"website": "http://spam.example"},  # the honeypot
        {"started": "now"},  # sent at once
        {"started": "1700000000.000:forged"},  # a start time we did not sign
        {"started": ""},
    ],
)
def test_bots_are_answered_like_people_and_nothing_happens(sign_up, trap):
    expected = reference_response(sign_up)
    if trap.get("started") == "now":
        trap = {"started": sign_started(time.time() - 1)}

    response = sign_up("bot@example.org", **trap)

    assert response.status_code == expected.status_code == 302
    assert response["Location"] == expected["Location"]
    assert response.content == expected.content
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_a_form_replayed_after_its_hour_signs_nobody_up(client, sign_up):
    fetched = client.get("/en/newsletter/").text
    started = re.search(r'name="started" value="([^"]+)"', fetched).group(1)

    def post_later(seconds, email):
        with mock.patch("newsletter.forms.time.time", return_value=time.time() + seconds):
            return sign_up(email, started=started, language="en")

    assert post_later(10, "first@example.org").status_code == 302
    replayed = post_later(60 * 60 + 5, "replayed@example.org")

    # The form comes back, saying why, with a new start time: a person sends it once more.
    assert replayed.status_code == 200
    assert replayed.text.count("open for more than an hour") == 1
    assert f'value="{started}"' not in replayed.text
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["first@example.org"]
    assert [message.to for message in mail.outbox] == [["first@example.org"]]


def test_a_person_may_take_most_of_an_hour(sign_up):
    response = sign_up("slow.reader@example.org", started=sign_started(time.time() - 59 * 60))

    assert response.status_code == 302
    assert Subscriber.objects.filter(email="slow.reader@example.org").exists()


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client):
    html = client.get("/nl/newsletter/").text

    wrapper_start = html.index('aria-hidden="true"')
    wrapper = html[html.rfind("<div", 0, wrapper_start) : html.index("</div>", wrapper_start)]
    assert "visually-hidden" in wrapper
    assert 'name="website"' in html[wrapper_start : wrapper_start + 1000]
    field = html[html.index('name="website"') - 300 : html.index('name="website"') + 300]
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field


def test_too_many_sign_ups_from_one_ip_address(sign_up, settings):
    settings.NEWSLETTER_RATE_LIMIT_IP = (2, 3600)

    assert sign_up("a@example.org", language="en").status_code == 302
    assert sign_up("b@example.org", language="en").status_code == 302
    response = sign_up("c@example.org", language="en")

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "try again" in response.text.lower()
    assert not Subscriber.objects.filter(email="c@example.org").exists()
    # Another address is not affected.
    assert sign_up("d@example.org", ip="198.51.100.1").status_code == 302


def test_retry_after_says_how_long_is_left_and_the_limit_lifts_after_the_window(sign_up, settings):
    settings.NEWSLETTER_RATE_LIMIT_IP = (2, 3600)
    first = timezone.now()

    def sign_up_at(seconds_later, email):
        moment = first + datetime.timedelta(seconds=seconds_later)
        with mock.patch("core.ratelimit._now", return_value=moment):
            return sign_up(email, language="en")

    assert sign_up_at(0, "a@example.org").status_code == 302
    assert sign_up_at(600, "b@example.org").status_code == 302
    refused = sign_up_at(1000, "c@example.org")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "2600"
    assert sign_up_at(3600, "c@example.org").status_code == 302


def test_too_many_sign_ups_for_one_email_address(sign_up, settings):
    settings.NEWSLETTER_RATE_LIMIT_EMAIL = (2, 3600)

    sign_up("grace@example.org", ip="198.51.100.1")
    sign_up("GRACE@example.org", ip="198.51.100.2")
    response = sign_up("grace@example.org", ip="198.51.100.3")

    assert response.status_code == 429
    assert len(mail.outbox) == 1


def test_rate_limit_counts_ipv6_networks_not_single_addresses(sign_up, settings):
    settings.NEWSLETTER_RATE_LIMIT_IP = (1, 3600)

    assert sign_up("a@example.org", ip="2001:db8:1:2::1").status_code == 302
    assert sign_up("b@example.org", ip="2001:db8:1:2::ffff").status_code == 429


@pytest.mark.parametrize(
    "where_from",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "https://testserver"},  # another scheme is another origin
        {"HTTP_REFERER": "https://evil.example/nl/newsletter/"},
        {},  # neither Origin nor Referer
    ],
)
def test_a_sign_up_from_another_site_is_refused(sign_up, where_from):
    from django.test import Client

    response = sign_up(client=Client(enforce_csrf_checks=True), meta=where_from)

    assert response.status_code == 403
    assert "CSRF" in response.text  # Django's own refusal page
    assert not Subscriber.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "where_from",
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/en/projects/"},  # a browser that sends no Origin
    ],
)
def test_a_sign_up_from_the_sites_own_pages_is_accepted(sign_up, where_from):
    from django.test import Client

    response = sign_up(client=Client(enforce_csrf_checks=True), meta=where_from)

    assert response.status_code == 302
    assert response["Location"] == "/nl/newsletter/check-your-inbox/"
    assert Subscriber.objects.count() == 1


def test_a_sign_up_from_a_trusted_origin_is_accepted(sign_up, settings):
    from django.test import Client

    settings.CSRF_TRUSTED_ORIGINS = ["https://portal.example.org"]

    response = sign_up(
        client=Client(enforce_csrf_checks=True), meta={"HTTP_ORIGIN": "https://portal.example.org"}
    )

    assert response.status_code == 302


def test_the_address_is_unique_per_newsletter_whatever_its_case(network_newsletter):
    Subscriber.objects.create(
        newsletter=network_newsletter, email="Grace@Example.org", language="nl"
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        Subscriber.objects.create(
            newsletter=network_newsletter, email="grace@example.ORG", language="en"
        )

    assert Subscriber.objects.count() == 1


def _pending_with_consent(newsletter):
    subscriber = Subscriber.objects.create(
        newsletter=newsletter, email="grace@example.org", language="en"
    )
    consent = Consent.objects.create(
        subscriber=subscriber, consent_text="x", privacy_version="1", language="en"
    )
    return subscriber, consent


def test_an_expired_confirmation_link(client, network_newsletter):
    subscriber, consent = _pending_with_consent(network_newsletter)
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 49 * 3600):
        token = confirm_token(consent)

    page = client.get(f"/en/newsletter/confirm/{token}/")
    posted = client.post(f"/en/newsletter/confirm/{token}/")

    for response in (page, posted):
        assert response.status_code == 400
        assert "This link has expired" in response.text
        assert 'href="/en/newsletter/"' in response.text  # sign up again
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING


def test_a_link_of_47_hours_still_works(client, network_newsletter):
    subscriber, consent = _pending_with_consent(network_newsletter)
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 47 * 3600):
        token = confirm_token(consent)

    assert client.post(f"/en/newsletter/confirm/{token}/").status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED


@pytest.mark.parametrize("kind", ["confirm", "unsubscribe"])
def test_tampered_links(client, network_newsletter, kind):
    subscriber, consent = _pending_with_consent(network_newsletter)
    token = confirm_token(consent) if kind == "confirm" else unsubscribe_token(subscriber)
    # Another subscriber's number with the same signature.
    _payload, rest = token.split(":", 1)
    forged_payload = signing.b64_encode(
        b'{"c":999}' if kind == "confirm" else b'{"s":999}'
    ).decode()
    wrong_salt = signing.dumps({"c": consent.pk, "s": subscriber.pk}, salt="something.else")

    for bad in (token[:-2] + "xx", f"{forged_payload}:{rest}", wrong_salt, "nonsense"):
        for method in (client.get, client.post):
            response = method(f"/en/newsletter/{kind}/{bad}/")
            assert response.status_code == 400, (bad, method)
            assert "This link does not work" in response.text
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING


def test_tokens_hold_no_address(network_newsletter):
    subscriber, consent = _pending_with_consent(network_newsletter)
    for token in (confirm_token(consent), unsubscribe_token(subscriber)):
        decoded = signing.b64_decode(token.split(":")[0].encode())
        assert b"grace" not in decoded.lower() and b"example" not in decoded.lower()


@pytest.mark.parametrize(
    ("ip", "expected"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("2001:db8:abcd:12:34::1", "2001:db8:abcd::/48"),
        (None, ""),
    ],
)
def test_ip_addresses_are_truncated(ip, expected):
    assert truncate_ip(ip) == expected


def test_client_ip_behind_a_proxy(rf, settings):
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.9")
    assert client_ip(request) == "127.0.0.1"
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    assert client_ip(request) == "198.51.100.9"
    assert client_ip(rf.get("/", REMOTE_ADDR="::ffff:192.0.2.5")) == "192.0.2.5"


def test_source_path_is_a_local_path_without_query():
    assert subscriptions.clean_source_path("/nl/projects/?q=ada@example.org") == "/nl/projects/"
    assert (
        subscriptions.clean_source_path("https://evil.example/x", fallback="/nl/newsletter/")
        == "/nl/newsletter/"
    )
    assert subscriptions.clean_source_path("//evil.example/x", fallback="/en/") == "/en/"
