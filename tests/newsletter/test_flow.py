"""The visitor's whole way through HTTP: sign up, confirm by e-mail, unsubscribe."""

import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation

from newsletter import outbox, subscriptions
from newsletter.models import Consent, Newsletter, Status, Subscriber

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.urls")]

LINK = re.compile(r"https?://[^\s\"<>]+")


def links(message, part):
    return [url for url in LINK.findall(message.body) if f"/newsletter/{part}/" in url]


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def test_the_page_in_both_languages_has_the_form(client):
    for language in ("nl", "en"):
        response = client.get(f"/{language}/newsletter/")

        assert response.status_code == 200
        html = response.text
        assert 'name="email"' in html and 'name="consent"' in html
        assert 'type="email"' in html
        assert f'href="/{language}/privacy/"' in html  # in the consent checkbox's label
        assert "csrfmiddlewaretoken" not in html  # the view checks the Origin instead
        assert 'name="newsletter"' not in html  # one newsletter: nothing to choose
        assert " style=" not in html.split("<main", 1)[1]  # the CSP forbids them


def test_sign_up_confirm_and_unsubscribe_in_dutch(client, sign_up, network_newsletter):
    response = sign_up("Ada@Example.ORG", name="Ada", language="nl")

    assert response.status_code == 302
    assert response["Location"] == "/nl/newsletter/check-your-inbox/"
    assert client.get(response["Location"]).status_code == 200

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "Ada@example.org"  # domain in lower case, the rest as typed
    assert (subscriber.status, subscriber.language, subscriber.name) == ("pending", "nl", "Ada")
    assert subscriber.newsletter == network_newsletter
    consent = subscriber.consents.get()
    assert consent.source_path == "/nl/projects/"
    assert consent.ip_prefix == "203.0.113.0/24"
    assert consent.privacy_version
    assert "privacy" in consent.consent_text.lower() and "<a" not in consent.consent_text
    assert consent.confirmed_at is None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Ada@example.org"]
    assert message.extra_headers["Content-Language"] == "nl"
    assert "Nieuwsbrief van het netwerk" in message.subject
    with translation.override("nl"):
        assert message.subject == translation.gettext(
            "Please confirm your subscription to the newsletter “%(newsletter_name)s”"
        ) % {"newsletter_name": "Nieuwsbrief van het netwerk"}
    assert [kind for _body, kind in message.alternatives] == ["text/html"]
    assert '<html lang="nl">' in message.alternatives[0][0]
    assert "Ada" not in message.body  # a name is never echoed to an address (spam relay)
    (confirm_url,) = links(message, "confirm")
    assert "/nl/newsletter/confirm/" in confirm_url
    assert "example" not in confirm_url.lower() and "ada" not in confirm_url.lower()
    assert confirm_url in message.alternatives[0][0]

    # Following the link (as a mail scanner does) changes nothing.
    page = client.get(path_of(confirm_url))
    assert page.status_code == 200
    assert 'method="post"' in page.text and "<button" in page.text
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING

    done = client.post(path_of(confirm_url))
    assert done.status_code == 200
    subscriber.refresh_from_db()
    consent.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED
    assert subscriber.confirmed_at is not None and consent.confirmed_at is not None

    # Twice is harmless, and sends nothing.
    again = client.post(path_of(confirm_url))
    assert again.status_code == 200
    assert len(mail.outbox) == 1

    # Unsubscribe by the link in the e-mail: a page with one button.
    (unsubscribe_url,) = links(message, "unsubscribe")
    page = client.get(path_of(unsubscribe_url))
    assert page.status_code == 200 and "<button" in page.text
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED
    assert client.post(path_of(unsubscribe_url)).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.UNSUBSCRIBED and subscriber.unsubscribed_at
    assert len(mail.outbox) == 1


def test_english_page_sends_an_english_email(sign_up):
    sign_up("grace@example.org", language="en")

    subscriber = Subscriber.objects.get()
    assert subscriber.language == "en"
    (message,) = mail.outbox
    assert message.extra_headers["Content-Language"] == "en"
    assert (
        message.subject == "Please confirm your subscription to the newsletter “Network newsletter”"
    )
    assert (
        "Someone, probably you, asked to receive the newsletter “Network newsletter”"
        in message.body
    )
    assert '<html lang="en">' in message.alternatives[0][0]
    assert links(message, "confirm")[0].startswith("http://testserver/en/newsletter/confirm/")


def test_every_email_carries_one_click_unsubscribe_headers(sign_up):
    sign_up("grace@example.org", language="en")  # confirmation
    Subscriber.objects.update(status=Status.CONFIRMED, last_mailed_at=None)
    sign_up("grace@example.org", language="en")  # "already subscribed"

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        header = message.extra_headers["List-Unsubscribe"]
        assert re.fullmatch(
            r"<http://testserver/en/newsletter/unsubscribe/[^/>]+/one-click/>", header
        )
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert links(message, "unsubscribe")  # and a link in the text for people


def test_one_click_unsubscribe_without_csrf_token(sign_up):
    sign_up("grace@example.org", language="en")
    Subscriber.objects.update(status=Status.CONFIRMED)
    url = path_of(mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>"))
    provider = Client(enforce_csrf_checks=True)

    wrong = provider.post(url, {"List-Unsubscribe": "Something-Else"})
    assert wrong.status_code == 400
    assert provider.post(url, {}).status_code == 400
    assert Subscriber.objects.get().status == Status.CONFIRMED

    response = provider.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Status.UNSUBSCRIBED
    # Again: still fine.
    assert provider.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200

    # A person opening the header's address gets the page with the button.
    opened = provider.get(url)
    assert opened.status_code == 302 and not opened["Location"].endswith("/one-click/")


@pytest.mark.parametrize("part", ["confirm", "unsubscribe"])
def test_the_token_pages_buttons_work_from_the_site_only(sign_up, part):
    sign_up("grace@example.org")
    url = path_of(links(mail.outbox[0], part)[0])
    browser = Client(enforce_csrf_checks=True)

    assert browser.post(url, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert browser.post(url).status_code == 403  # neither Origin nor Referer
    assert Subscriber.objects.get().status == Status.PENDING

    assert browser.post(url, HTTP_ORIGIN="http://testserver").status_code == 200
    expected = Status.CONFIRMED if part == "confirm" else Status.UNSUBSCRIBED
    assert Subscriber.objects.get().status == expected


def test_signing_up_again_after_unsubscribing_records_new_consent(client, sign_up):
    sign_up("grace@example.org")
    client.post(path_of(links(mail.outbox[0], "confirm")[0]))
    client.post(path_of(links(mail.outbox[0], "unsubscribe")[0]))
    assert Subscriber.objects.get().status == Status.UNSUBSCRIBED

    response = sign_up("GRACE@example.org", language="en", source="/en/")

    assert response.status_code == 302
    subscriber = Subscriber.objects.get()  # still one row, whatever the case
    assert subscriber.status == Status.PENDING and subscriber.language == "en"
    assert subscriber.consents.count() == 2
    newest = subscriber.consents.order_by("-submitted_at").first()
    assert newest.confirmed_at is None and newest.source_path == "/en/"
    assert len(mail.outbox) == 2
    new_link = links(mail.outbox[1], "confirm")[0]
    assert client.post(path_of(new_link)).status_code == 200
    subscriber.refresh_from_db()
    newest.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED and newest.confirmed_at is not None


def test_an_old_confirmation_link_does_not_resubscribe(client, sign_up):
    sign_up("grace@example.org")
    confirm_url = path_of(links(mail.outbox[0], "confirm")[0])
    client.post(path_of(links(mail.outbox[0], "unsubscribe")[0]))

    response = client.post(confirm_url)

    assert response.status_code == 400
    assert "/nl/newsletter/" in response.text  # offers to sign up again
    assert Subscriber.objects.get().status == Status.UNSUBSCRIBED


def test_the_same_answer_for_every_state_of_an_address(client, sign_up, network_newsletter):
    def existing(email, status):
        subscriber = Subscriber.objects.create(
            newsletter=network_newsletter, email=email, language="nl", status=status
        )
        Consent.objects.create(
            subscriber=subscriber, consent_text="x", privacy_version="1", language="nl"
        )

    existing("pending@example.org", Status.PENDING)
    existing("confirmed@example.org", Status.CONFIRMED)
    existing("gone@example.org", Status.UNSUBSCRIBED)

    responses = {}
    for email in (
        "new@example.org",
        "pending@example.org",
        "confirmed@example.org",
        "gone@example.org",
    ):
        post = sign_up(email.upper())
        page = client.get(post["Location"])
        responses[email] = (
            post.status_code,
            post["Location"],
            post.content,
            page.status_code,
            page.text,
        )

    assert len(set(responses.values())) == 1
    assert responses["new@example.org"][0] == 302

    # What differs goes by e-mail only.
    by_address = {message.to[0].lower(): message for message in mail.outbox}
    assert set(by_address) == set(responses)
    assert links(by_address["new@example.org"], "confirm")
    assert links(by_address["pending@example.org"], "confirm")
    assert links(by_address["gone@example.org"], "confirm")
    already = by_address["confirmed@example.org"]
    assert not links(already, "confirm") and links(already, "unsubscribe")
    with translation.override("nl"):
        assert already.subject == translation.gettext(
            "You are already subscribed to the newsletter “%(newsletter_name)s”"
        ) % {"newsletter_name": "Nieuwsbrief van het netwerk"}
    assert Subscriber.objects.get(email="gone@example.org").status == Status.PENDING
    assert Subscriber.objects.get(email="confirmed@example.org").status == Status.CONFIRMED


def test_a_pending_address_is_not_sent_the_confirmation_again_at_once(sign_up):
    first = sign_up("grace@example.org")
    second = sign_up("grace@example.org")

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert len(mail.outbox) == 1
    assert Consent.objects.count() == 1

    Subscriber.objects.update(last_mailed_at=None)
    sign_up("grace@example.org")
    assert len(mail.outbox) == 2
    assert Consent.objects.count() == 2


def test_an_address_that_is_not_an_address_gets_a_form_error(client):
    from tests.newsletter.conftest import form_data

    response = client.post("/en/newsletter/", form_data("not-an-address"))

    assert response.status_code == 200
    assert "is-invalid" in response.text
    assert re.search(r'aria-describedby="[^"]*id_email[^"]*"', response.text)
    assert not Subscriber.objects.exists() and not mail.outbox


def test_consent_is_required(client):
    from tests.newsletter.conftest import form_data

    data = form_data()
    del data["consent"]
    response = client.post("/en/newsletter/", data)

    assert response.status_code == 200
    assert "Please tick this box to sign up." in response.text
    assert not Subscriber.objects.exists()


def test_the_visitor_picks_a_newsletter_when_there_are_several(client, sign_up, network_newsletter):
    member = Newsletter.objects.create(
        name="Ledennieuws", name_nl="Ledennieuws", name_en="Member news", slug="members", position=5
    )
    Newsletter.objects.create(name_nl="Oud", slug="old", is_active=False)

    page = client.get("/en/newsletter/")
    assert 'name="newsletter"' in page.text
    assert "Member news" in page.text and "Network newsletter" in page.text
    assert "Oud" not in page.text

    sign_up("grace@example.org", language="en", newsletter=str(member.pk))
    sign_up("grace@example.org", language="en", newsletter=str(network_newsletter.pk))
    assert {s.newsletter.slug for s in Subscriber.objects.all()} == {"members", "network"}
    assert "Member news" in mail.outbox[0].subject

    closed = Newsletter.objects.get(slug="old")
    response = sign_up("ada@example.org", language="en", newsletter=str(closed.pk))
    assert response.status_code == 200 and "is-invalid" in response.text


def test_no_address_in_the_logs(client, sign_up, caplog, settings):
    settings.EMAIL_BACKEND = "tests.newsletter.backends.FailingBackend"
    with caplog.at_level("DEBUG"):
        sign_up("secret.person@example.org")
        outbox.send_outbox()

    assert caplog.records
    assert "secret.person" not in caplog.text and "example.org" not in caplog.text


def test_simultaneous_sign_ups_leave_one_row(sign_up, network_newsletter):
    """The second request's look-up ran before the first one's insert was committed."""
    Subscriber.objects.create(
        newsletter=network_newsletter, email="grace@example.org", language="nl"
    )
    real = subscriptions._find_subscriber
    calls = []

    def not_yet_there(*args):
        calls.append(args)
        return None if len(calls) == 1 else real(*args)

    with mock.patch.object(subscriptions, "_find_subscriber", side_effect=not_yet_there):
        response = sign_up("Grace@example.org")

    assert response.status_code == 302
    assert len(calls) == 2
    assert Subscriber.objects.count() == 1
    assert Subscriber.objects.get().consents.count() == 1


def test_started_field_is_signed_with_the_time_shown(client):
    html = client.get("/nl/newsletter/").text
    value = re.search(r'name="started" value="([^"]+)"', html).group(1)
    moment = float(value.split(":")[0])
    assert abs(moment - time.time()) < 60
