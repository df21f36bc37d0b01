"""Sending an issue to a newsletter's subscribers: once each, restartable, counted."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command

from core.models import Publication
from editions import sending
from editions.models import DeliveryStatus, Edition, State
from newsletter.models import Newsletter, OutboxMessage, Status, Subscriber
from newsletter.subscriptions import unsubscribe
from newsletter.tokens import unsubscribe_token
from tests.editions.backends import ProcessStopped, StoppingBackend
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

BASE = "https://portal.example"


def one_click_path(message) -> str:
    (address,) = re.fullmatch(r"<(.+)>", message.extra_headers["List-Unsubscribe"]).groups()
    assert address.startswith(BASE)
    return urlsplit(address).path


def test_a_thousand_subscribers_stopped_half_way_and_resumed(client, subscribers, draft, settings):
    readers = subscribers(1000)
    edition = draft()
    sending.start_sending(edition.pk, by=None, base=BASE)

    # The worker dies in the middle of a batch, after 550 e-mails.
    settings.EMAIL_BACKEND = "tests.editions.backends.StoppingBackend"
    StoppingBackend.remaining = 550
    with pytest.raises(ProcessStopped):
        sending.send_pending(edition, batch_size=100)
    assert len(mail.outbox) == 550
    assert OutboxMessage.objects.count() == 50  # the rest of that batch, queued
    assert Edition.objects.get(pk=edition.pk).state == State.SENDING

    # The scheduled task takes over.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_editions", batch_size=100, stdout=None)

    recipients = [message.to[0] for message in mail.outbox]
    assert len(recipients) == 1000
    assert set(recipients) == {reader.email for reader in readers}
    edition.refresh_from_db()
    assert edition.state == State.SENT and edition.sent_at is not None
    counts = sending.progress(edition)
    assert (counts.recipients, counts.sent, counts.failed, counts.waiting) == (1000, 1000, 0, 0)
    assert not OutboxMessage.objects.exists()

    # Every e-mail carries its reader's own one-click unsubscribe, and it works.
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.alternatives and "<html" in message.alternatives[0][0]
        response = client.post(one_click_path(message), {"List-Unsubscribe": "One-Click"})
        assert response.status_code == 200
    assert not Subscriber.objects.filter(status=Status.CONFIRMED).exists()


def test_only_confirmed_subscribers_of_the_newsletter_and_language_get_it(
    subscribers, draft, network_newsletter
):
    other = Newsletter.objects.create(name="Ander", slug="ander")
    dutch = subscribers(3)
    subscribers(2, language="en")
    subscribers(2, status=Status.PENDING, start=10)
    subscribers(2, status=Status.UNSUBSCRIBED, start=20)
    subscribers(2, newsletter=other, start=30)
    edition = draft()

    assert sending.start_sending(edition.pk, by=None, base=BASE) == 3
    sending.send_pending(edition)

    assert sorted(message.to[0] for message in mail.outbox) == sorted(s.email for s in dutch)
    assert all(message.subject == "Nieuws uit het netwerk" for message in mail.outbox)


def test_an_issue_is_sent_only_once(subscribers, draft):
    subscribers(2)
    edition = draft()
    sending.start_sending(edition.pk, by=None, base=BASE)
    sending.send_pending(edition)

    with pytest.raises(sending.NotADraft):
        sending.start_sending(edition.pk, by=None, base=BASE)
    call_command("send_editions", stdout=None)
    assert len(mail.outbox) == 2


def test_who_unsubscribes_during_the_sending_gets_nothing(client, subscribers, draft):
    first, second, third = subscribers(3)
    edition = draft()
    sending.start_sending(edition.pk, by=None, base=BASE)
    Subscriber.objects.filter(pk=first.pk).update(status=Status.UNSUBSCRIBED)
    # Queued, then unsubscribed before the outbox sent it.
    sending.queue_batch(edition, 3)
    second_mail = OutboxMessage.objects.get(subscriber=second)
    unsubscribe(token=unsubscribe_token(second))
    assert not OutboxMessage.objects.filter(pk=second_mail.pk).exists()

    counts = sending.send_pending(edition)

    assert [message.to[0] for message in mail.outbox] == [third.email]
    assert (counts.sent, counts.cancelled, counts.waiting) == (1, 2, 0)
    assert Edition.objects.get(pk=edition.pk).state == State.SENT


def test_what_the_mail_server_refuses_is_counted_and_sent_later(subscribers, draft, settings):
    subscribers(2)
    edition = draft()
    sending.start_sending(edition.pk, by=None, base=BASE)
    settings.EMAIL_BACKEND = "tests.newsletter.backends.FailingBackend"

    counts = sending.send_pending(edition)

    assert (counts.sent, counts.failed, counts.waiting) == (0, 2, 0)
    assert OutboxMessage.objects.count() == 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_outbox", stdout=None)
    assert len(mail.outbox) == 2
    counts = sending.progress(edition)
    assert (counts.sent, counts.failed) == (2, 0)
    assert set(edition.deliveries.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_the_e_mail_has_the_text_the_projects_and_a_link_to_the_archive(
    subscribers, draft, settings
):
    shown = ProjectFactory(title_nl="Zomerkampen voor jongeren", summary_nl="Een week buiten.")
    hidden = ProjectFactory(title_nl="Nog geheim", publication=Publication.DRAFT)
    subscribers(1)
    edition = draft()
    edition.projects.set([shown, hidden])
    sending.start_sending(edition.pk, by=None, base=BASE)
    sending.send_pending(edition)

    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert "de zomerkampen (https://example.org/kampen)" in message.body
    assert "Zomerkampen voor jongeren" in message.body and "Een week buiten." in message.body
    assert f"{BASE}/nl/projects/{shown.slug}/" in html
    assert "Nog geheim" not in message.body and "Nog geheim" not in html
    assert f"{BASE}/nl/newsletter/archive/{edition.slug}/" in message.body
    assert "/nl/newsletter/unsubscribe/" in message.body
    assert message.extra_headers["Content-Language"] == "nl"


def test_the_e_mail_shows_the_chosen_news_and_publications_newest_first(subscribers, draft):
    import datetime

    from tests.factories import NewsItemFactory, PublicationFactory

    older = NewsItemFactory(title_nl="Kamp geopend", published_on=datetime.date(2024, 6, 1))
    newer = NewsItemFactory(title_nl="Kamp gesloten", published_on=datetime.date(2024, 9, 1))
    hidden = NewsItemFactory(title_nl="Nog een geheim", publication=Publication.DRAFT)
    report = PublicationFactory(title_nl="Jaarverslag", summary_nl="Wat we deden.")
    subscribers(1)
    edition = draft()
    edition.news_items.set([older, newer, hidden])
    edition.publications.set([report])
    sending.start_sending(edition.pk, by=None, base=BASE)
    sending.send_pending(edition)

    (message,) = mail.outbox
    text, html = message.body, message.alternatives[0][0]
    assert text.index("Nieuws\n") < text.index("Kamp gesloten") < text.index("Kamp geopend")
    assert text.index("Kamp geopend") < text.index("Publicaties\n") < text.index("Jaarverslag")
    assert f"{BASE}/nl/news/{newer.slug}/" in text and "Wat we deden." in text
    assert f'href="{BASE}/nl/publications/{report.slug}/"' in html
    assert "Nog een geheim" not in text and "Nog een geheim" not in html
    assert "Projecten\n" not in text  # no section for a kind it has none of
