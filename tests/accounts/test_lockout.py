"""Password guessing: failures are counted per user name and per client address, a locked
login says so in the visitor's language, and the lock lifts by itself or in the admin."""

import datetime
import logging

from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client

from tests.accounts.conftest import PASSWORD, post_password
from tests.factories import UserFactory, network_editor, organisation_editor, staff_login


def lift_by_time():
    """The cool-off passed: every counted failure is older than the lockout lasts."""
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)
    )


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(db, browser):
    organisation_editor(username="editor", password=PASSWORD)

    for _ in range(4):
        refused = post_password(browser, "editor", "wrong")
        assert refused.status_code == 200  # the form again, with an error
    assert post_password(browser, "editor", "wrong").status_code == 429  # the fifth locks
    locked = post_password(browser, "editor", PASSWORD)

    assert locked.status_code == 429
    assert "tijdelijk geblokkeerd" in locked.text
    assert "15 minuten" in locked.text
    assert locked["Retry-After"] == "900"
    assert "_auth_user_id" not in browser.session


def test_the_lockout_page_speaks_english_to_an_english_browser(db):
    organisation_editor(username="editor", password=PASSWORD)
    client = Client(HTTP_ACCEPT_LANGUAGE="en", enforce_csrf_checks=True)

    for _ in range(6):
        response = post_password(client, "editor", "wrong")

    assert response.status_code == 429
    assert "temporarily locked" in response.text
    assert "15 minutes" in response.text


def test_the_lock_is_per_user_name_from_any_address(db, browser):
    organisation_editor(username="editor", password=PASSWORD)
    for number in range(5):
        post_password(browser, "editor", "wrong", ip=f"198.51.100.{number}")

    assert post_password(browser, "editor", PASSWORD, ip="203.0.113.7").status_code == 429


def test_the_lock_is_per_address_whatever_user_name_it_tries(db, browser):
    organisation_editor(username="editor", password=PASSWORD)
    for number in range(5):
        post_password(browser, f"guess{number}", "wrong", ip="198.51.100.66")

    assert post_password(browser, "editor", PASSWORD, ip="198.51.100.66").status_code == 429
    # Someone else, elsewhere, is not held up by it.
    assert post_password(Client(), "editor", PASSWORD, ip="203.0.113.7").status_code == 302


def test_the_right_password_works_again_once_the_lockout_ends(db, browser):
    organisation_editor(username="editor", password=PASSWORD)
    for _ in range(6):
        post_password(browser, "editor", "wrong")

    lift_by_time()
    response = post_password(browser, "editor", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert browser.get("/admin/").status_code == 200


def test_a_network_editor_lifts_a_lockout_in_the_admin(db, browser):
    organisation_editor(username="editor", password=PASSWORD)
    for _ in range(6):
        post_password(browser, "editor", "wrong")
    secretariat = Client(HTTP_ACCEPT_LANGUAGE="nl")
    staff_login(secretariat, network_editor(username="secretariat"))

    listing = secretariat.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert "editor" in listing.text
    attempt = AccessAttempt.objects.get(username="editor")
    deleted = secretariat.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert deleted.status_code == 302

    assert post_password(browser, "editor", PASSWORD).status_code == 302


def test_an_organisation_editor_cannot_lift_lockouts(db):
    client = Client()
    staff_login(client, organisation_editor(username="editor"))

    assert client.get("/admin/axes/accessattempt/").status_code == 403


def test_the_reset_command_lifts_a_lockout(db, browser):
    organisation_editor(username="editor", password=PASSWORD)
    for _ in range(6):
        post_password(browser, "editor", "wrong")

    call_command("axes_reset_username", "editor", verbosity=0)

    assert post_password(browser, "editor", PASSWORD).status_code == 302


def test_every_failure_success_and_lockout_is_one_log_line_without_password(db, browser, caplog):
    UserFactory(username="clerk", password=PASSWORD, is_staff=True)
    caplog.set_level(logging.INFO, logger="accounts.login")

    post_password(browser, "clerk", "hunter2-guess", ip="198.51.100.77")
    for _ in range(4):
        post_password(browser, "clerk", "hunter2-guess", ip="198.51.100.77")
    lines = [record.getMessage() for record in caplog.records]

    assert lines.count("staff login failed: user=clerk network=198.51.100.0/24") == 5
    assert "staff login locked out: user=clerk network=198.51.100.0/24" in lines
    assert not any("hunter2" in line or "198.51.100.77" in line for line in lines)

    caplog.clear()
    lift_by_time()
    post_password(browser, "clerk", PASSWORD, ip="198.51.100.77")
    assert [r.getMessage() for r in caplog.records] == [
        "staff login succeeded: user=clerk network=198.51.100.0/24 second_factor=no"
    ]
