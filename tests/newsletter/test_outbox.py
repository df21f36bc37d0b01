"""Nothing is lost when the mail server is down: the outbox keeps it until it can be sent."""

import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from newsletter.models import OutboxMessage, Status, Subscriber

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.urls")]


@pytest.mark.parametrize("backend", ["FailingBackend", "DownBackend"])
def test_a_mail_server_that_is_down(client, sign_up, settings, backend):
    settings.EMAIL_BACKEND = f"tests.newsletter.backends.{backend}"

    response = sign_up("grace@example.org", language="en")

    assert response.status_code == 302
    assert response["Location"] == "/en/newsletter/check-your-inbox/"
    assert Subscriber.objects.get().status == Status.PENDING
    queued = OutboxMessage.objects.get()
    assert queued.attempts == 1 and queued.last_attempt_at is not None
    assert queued.last_error and "grace@" not in queued.last_error
    assert not mail.outbox

    with pytest.raises(CommandError):
        call_command("send_outbox")
    queued.refresh_from_db()
    assert queued.attempts == 2

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_outbox")

    assert not OutboxMessage.objects.exists()
    (message,) = mail.outbox
    assert message.to == ["grace@example.org"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.alternatives and "/en/newsletter/confirm/" in message.body


def test_an_expired_queued_email_is_dropped_not_sent(sign_up, settings):
    settings.EMAIL_BACKEND = "tests.newsletter.backends.FailingBackend"
    sign_up("grace@example.org")
    OutboxMessage.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    call_command("send_outbox")

    assert not OutboxMessage.objects.exists() and not mail.outbox


def test_unsubscribing_drops_the_queued_confirmation(client, sign_up, settings):
    settings.EMAIL_BACKEND = "tests.newsletter.backends.FailingBackend"
    sign_up("grace@example.org")
    message = OutboxMessage.objects.get()
    url = message.headers["List-Unsubscribe"].strip("<>").replace("http://testserver", "")

    client.post(url, {"List-Unsubscribe": "One-Click"})

    assert not OutboxMessage.objects.exists()
