"""The second factor: required of superusers and network editors, offered to organisation
editors; enrolment with an authenticator app and single-use recovery codes."""

import logging

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import (
    LOGIN,
    PASSWORD,
    code_for_secret,
    csrf_token,
    current_code,
    post_code,
    post_password,
)
from tests.factories import UserFactory, network_editor, organisation_editor, staff_login

SETUP = "/account/two_factor/setup/"


def enrol(client, username) -> TOTPDevice:
    """Walks the enrolment wizard as a person with an authenticator app would."""
    page = client.get(SETUP)
    assert page.status_code == 200
    method_step = client.post(
        SETUP,
        {
            "csrfmiddlewaretoken": csrf_token(client, SETUP),
            "staff_setup_view-current_step": "welcome",
        },
    )
    assert 'value="generator"' in method_step.text and 'value="webauthn"' in method_step.text
    assert "Een authenticator-app op mijn telefoon" in method_step.text
    assert "Een beveiligingssleutel of passkey" in method_step.text
    generator_step = client.post(
        SETUP,
        {
            "csrfmiddlewaretoken": csrf_token(client, SETUP),
            "staff_setup_view-current_step": "method",
            "method-method": "generator",
        },
    )
    secret = client.session["django_two_factor-qr_secret_key"]
    assert secret in generator_step.text  # shown beside the QR code, to type in by hand
    done = client.post(
        SETUP,
        {
            "csrfmiddlewaretoken": csrf_token(client, SETUP),
            "staff_setup_view-current_step": "generator",
            "generator-token": code_for_secret(secret),
        },
    )
    assert done.status_code == 302
    return TOTPDevice.objects.get(user__username=username)


@pytest.fixture
def superuser(db):
    return UserFactory(username="chief", password=PASSWORD, is_superuser=True)


@pytest.mark.parametrize("role", ["superuser", "network editor"])
def test_a_required_second_factor_leads_to_enrolment_not_into_the_admin(db, browser, role):
    if role == "superuser":
        UserFactory(username="chief", password=PASSWORD, is_superuser=True)
    else:
        network_editor(username="chief", password=PASSWORD)

    logged_in = post_password(browser, "chief", PASSWORD, next_url="/admin/")
    assert logged_in.status_code == 302
    admin = browser.get("/admin/projects/project/", follow=True)

    assert admin.redirect_chain[-1][0] == SETUP
    assert "Tweestapsauthenticatie instellen" in admin.text
    assert browser.get("/admin/").status_code == 302


def test_enrolment_then_login_with_password_and_code(db, browser):
    network_editor(username="chief", password=PASSWORD)
    post_password(browser, "chief", PASSWORD)

    device = enrol(browser, "chief")
    assert device.confirmed
    assert browser.get("/admin/").status_code == 200

    browser.get("/admin/logout/")
    again = Client(HTTP_ACCEPT_LANGUAGE="nl", enforce_csrf_checks=True)
    asks_code = post_password(again, "chief", PASSWORD)
    assert asks_code.status_code == 200
    assert 'name="token-otp_token"' in asks_code.text
    assert "Vul de code van 6 cijfers in die je authenticator-app toont." in asks_code.text
    assert again.get("/admin/").status_code == 302  # not in before the code

    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)  # the code may be reused once
    entered = post_code(again, current_code(device))
    assert entered.status_code == 302
    assert again.get("/admin/").status_code == 200


def test_a_wrong_code_keeps_the_door_shut_and_is_logged(db, browser, caplog):
    user = network_editor(username="chief", password=PASSWORD)
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    caplog.set_level(logging.INFO, logger="accounts.login")

    post_password(browser, "chief", PASSWORD)
    refused = post_code(browser, "000000")

    assert refused.status_code == 200
    assert browser.get("/admin/").status_code == 302
    assert any(
        r.getMessage().startswith("staff login failed at the second factor: user=chief")
        for r in caplog.records
    )


def test_a_recovery_code_works_once(db, browser):
    user = network_editor(username="chief", password=PASSWORD)
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    recovery = StaticDevice.objects.create(user=user, name="backup")
    recovery.token_set.create(token="abcd1234")

    post_password(browser, "chief", PASSWORD)
    assert post_code(browser, "abcd1234", step="backup").status_code == 302
    assert browser.get("/admin/").status_code == 200

    second = Client(HTTP_ACCEPT_LANGUAGE="nl", enforce_csrf_checks=True)
    post_password(second, "chief", PASSWORD)
    assert post_code(second, "abcd1234", step="backup").status_code == 200
    assert second.get("/admin/").status_code == 302


def test_an_organisation_editor_may_work_without_a_second_factor(db, browser):
    organisation_editor(username="editor", password=PASSWORD)

    post_password(browser, "editor", PASSWORD)

    assert browser.get("/admin/").status_code == 200
    assert browser.get("/account/two_factor/").status_code == 200  # and may enrol


def test_an_enrolled_organisation_editor_must_use_it(db):
    user = organisation_editor(username="editor", password=PASSWORD)
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    client = Client()
    client.force_login(user)  # a session without the second factor

    assert client.get("/admin/").status_code == 302


def test_the_admins_own_login_form_is_not_a_way_round(db, superuser):
    client = Client()

    response = client.get("/admin/login/?next=/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=/admin/")


def test_a_refused_next_after_login_lands_in_the_admin(db, browser):
    organisation_editor(username="editor", password=PASSWORD)

    response = post_password(browser, "editor", PASSWORD, next_url="https://evil.example/")

    assert response["Location"] == "/admin/"
    assert browser.get(response["Location"]).status_code == 200


def test_a_lost_second_factor_is_reset_with_a_command(db, browser):
    user = network_editor(username="chief", password=PASSWORD)
    TOTPDevice.objects.create(user=user, name="default", confirmed=True)

    call_command("two_factor_disable", "chief")

    post_password(browser, "chief", PASSWORD)
    assert browser.get("/admin/", follow=True).redirect_chain[-1][0] == SETUP


def test_the_admin_header_leads_to_the_second_factor_settings(db):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    staff_login(client, network_editor(username="chief"))

    assert 'href="/account/two_factor/"' in client.get("/admin/").text
    settings_page = client.get("/account/two_factor/")
    assert "Tweestapsauthenticatie staat aan" in settings_page.text
    assert "/account/two_factor/disable/" not in settings_page.text


def test_whoever_must_use_a_second_factor_cannot_switch_it_off(db):
    client = Client()
    user = network_editor(username="chief")
    staff_login(client, user)

    response = client.post("/account/two_factor/disable/", {"understand": "on"})

    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=user).exists()


def test_an_organisation_editor_may_switch_it_off(db):
    client = Client()
    user = organisation_editor(username="editor")
    staff_login(client, user)

    assert "/account/two_factor/disable/" in client.get("/account/two_factor/").text
    response = client.post("/account/two_factor/disable/", {"understand": "on"})

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()


def test_recovery_codes_are_made_and_shown_once_enrolled(db):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    user = network_editor(username="chief")
    staff_login(client, user)

    client.post("/account/two_factor/backup/tokens/")
    page = client.get("/account/two_factor/backup/tokens/")

    codes = StaticDevice.objects.get(user=user).token_set.values_list("token", flat=True)
    assert len(codes) == 10
    assert all(code in page.text for code in codes)
