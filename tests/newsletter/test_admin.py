"""Staff: proof of consent, CSV export for network editors only, erasure, clean-up."""

import csv
import datetime
import io

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS
from newsletter.models import Consent, ErasureLog, OutboxMessage, Status, Subscriber
from tests.factories import UserFactory, staff_login

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.urls")]

EXPORT = "/admin/newsletter/subscriber/export/"


def editor(group_name, **kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get_or_create(name=group_name)[0])
    return user


def subscriber(newsletter, email, status=Status.CONFIRMED, name="", language="nl", **kwargs):
    now = timezone.now()
    row = Subscriber.objects.create(
        newsletter=newsletter,
        email=email,
        name=name,
        language=language,
        status=status,
        confirmed_at=now if status == Status.CONFIRMED else None,
        **kwargs,
    )
    Consent.objects.create(
        subscriber=row,
        consent_text="I want to receive this newsletter.",
        privacy_version="2026-1",
        source_path="/nl/",
        ip_prefix="203.0.113.0/24",
        language=language,
        confirmed_at=row.confirmed_at,
    )
    return row


def test_network_editors_hold_every_newsletter_permission():
    group = Group.objects.get(name=NETWORK_EDITORS)
    codenames = set(
        group.permissions.filter(content_type__app_label="newsletter").values_list(
            "codename", flat=True
        )
    )
    assert {
        "view_subscriber",
        "delete_subscriber",
        "change_newsletter",
        "view_erasurelog",
    } <= codenames
    assert codenames == set(
        Permission.objects.filter(content_type__app_label="newsletter").values_list(
            "codename", flat=True
        )
    )


def test_the_subscriber_list_and_the_consent_on_the_subscribers_page(client, network_newsletter):
    row = subscriber(network_newsletter, "ada@example.org", name="Ada")
    staff_login(client, editor(NETWORK_EDITORS))

    listing = client.get("/admin/newsletter/subscriber/?status__exact=confirmed&q=ada")
    assert listing.status_code == 200
    assert "ada@example.org" in listing.text
    assert EXPORT in listing.text

    page = client.get(f"/admin/newsletter/subscriber/{row.pk}/change/")
    assert page.status_code == 200
    assert "203.0.113.0/24" in page.text and "2026-1" in page.text
    assert 'name="consents-0-consent_text"' not in page.text  # read-only
    assert client.get("/admin/newsletter/subscriber/add/").status_code == 403


def test_export_is_refused_to_an_organisation_editor(client, network_newsletter):
    subscriber(network_newsletter, "ada@example.org")
    staff_login(client, editor(ORGANISATION_EDITORS))

    response = client.get(EXPORT)

    assert response.status_code == 403
    assert b"ada@example.org" not in response.content


def test_export_of_confirmed_subscribers_for_a_network_editor(client, network_newsletter):
    subscriber(network_newsletter, "ada@example.org", name="Ada Lovelace", language="en")
    subscriber(network_newsletter, "zoë@example.org", name="Zoë Çelik")
    subscriber(network_newsletter, "formula@example.org", name="=HYPERLINK(1)")
    subscriber(network_newsletter, "pending@example.org", status=Status.PENDING)
    subscriber(network_newsletter, "gone@example.org", status=Status.UNSUBSCRIBED)
    staff_login(client, editor(NETWORK_EDITORS))

    response = client.get(EXPORT)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["email"] for row in rows] == [
        "ada@example.org",
        "formula@example.org",
        "zoë@example.org",
    ]
    ada = rows[0]
    assert ada["name"] == "Ada Lovelace" and ada["language"] == "en"
    assert ada["newsletter"] == "Nieuwsbrief van het netwerk"
    assert ada["consent_given_at"] and ada["confirmed_at"]
    assert ada["privacy_statement_version"] == "2026-1"
    assert rows[1]["name"] == "'=HYPERLINK(1)"
    assert rows[2]["name"] == "Zoë Çelik"


def test_a_superuser_may_export(client, network_newsletter):
    staff_login(client, UserFactory(is_superuser=True))
    assert client.get(EXPORT).status_code == 200


def test_erasure_leaves_no_address(client, network_newsletter, settings):
    row = subscriber(network_newsletter, "ada.erased@example.org", name="Ada")
    OutboxMessage.objects.create(subscriber=row, to=row.email, subject="s", body_text="b")
    keep = subscriber(network_newsletter, "keep@example.org")
    user = editor(NETWORK_EDITORS)
    staff_login(client, user)
    # A change by staff leaves the address in the admin's own history.
    client.post(
        f"/admin/newsletter/subscriber/{row.pk}/change/",
        {
            "name": "Ada L.",
            "language": "nl",
            "consents-TOTAL_FORMS": "1",
            "consents-INITIAL_FORMS": "1",
            "consents-MIN_NUM_FORMS": "0",
            "consents-MAX_NUM_FORMS": "1000",
            "consents-0-id": str(row.consents.get().pk),
            "consents-0-subscriber": str(row.pk),
        },
    )
    assert LogEntry.objects.filter(object_repr="ada.erased@example.org").exists()

    data = {"action": "erase_selected", "_selected_action": [str(row.pk)]}
    confirm_page = client.post("/admin/newsletter/subscriber/", data)
    assert confirm_page.status_code == 200
    assert 'name="confirm_erasure" value="yes"' in confirm_page.text
    assert Subscriber.objects.filter(pk=row.pk).exists()

    done = client.post("/admin/newsletter/subscriber/", {**data, "confirm_erasure": "yes"})
    assert done.status_code == 302

    assert not Subscriber.objects.filter(pk=row.pk).exists()
    assert Subscriber.objects.filter(pk=keep.pk).exists()
    log = ErasureLog.objects.get()
    assert log.newsletter == network_newsletter and log.erased_by == user
    with connection.cursor() as cursor:
        for table in (
            "newsletter_subscriber",
            "newsletter_consent",
            "newsletter_outboxmessage",
            "newsletter_erasurelog",
            "django_admin_log",
        ):
            # Every column of every row, as text; the table names are the fixed ones above.
            query = f"SELECT count(*) FROM {table} t WHERE t::text ILIKE %s"  # noqa: S608
            cursor.execute(query, ["%ada.erased%"])
            assert cursor.fetchone()[0] == 0, table


def test_erasure_is_refused_to_an_organisation_editor(client, network_newsletter):
    row = subscriber(network_newsletter, "ada@example.org")
    staff_login(client, editor(ORGANISATION_EDITORS))

    response = client.post(
        "/admin/newsletter/subscriber/",
        {"action": "erase_selected", "_selected_action": [str(row.pk)], "confirm_erasure": "yes"},
    )

    assert response.status_code == 403
    assert Subscriber.objects.filter(pk=row.pk).exists()


def test_purge_unconfirmed(network_newsletter):
    old = timezone.now() - datetime.timedelta(days=8)
    stale = subscriber(
        network_newsletter, "stale@example.org", status=Status.PENDING, created_at=old
    )
    Consent.objects.filter(subscriber=stale).update(submitted_at=old)
    fresh = subscriber(network_newsletter, "fresh@example.org", status=Status.PENDING)
    confirmed = subscriber(network_newsletter, "old.reader@example.org", created_at=old)
    # Subscribed once, left, signed up again a week ago and never confirmed.
    returning = subscriber(network_newsletter, "returning@example.org", created_at=old)
    Consent.objects.filter(subscriber=returning).update(submitted_at=old)
    Subscriber.objects.filter(pk=returning.pk).update(status=Status.PENDING, confirmed_at=None)
    Consent.objects.create(
        subscriber=returning, consent_text="x", privacy_version="1", language="nl", submitted_at=old
    )

    call_command("purge_unconfirmed")

    assert not Subscriber.objects.filter(pk=stale.pk).exists()
    assert not Consent.objects.filter(subscriber_id=stale.pk).exists()
    assert Subscriber.objects.filter(pk=fresh.pk).exists()
    assert Subscriber.objects.filter(pk=confirmed.pk, status=Status.CONFIRMED).exists()
    returning.refresh_from_db()
    assert returning.status == Status.UNSUBSCRIBED
    assert list(returning.consents.values_list("confirmed_at", flat=True)) != [None]
    assert returning.consents.count() == 1
    assert not mail.outbox
