"""Staff logins in Chromium: the network editor must enrol a second factor before the admin
opens, and a recovery code lets them in once without the phone; a security key (Chromium's
virtual authenticator) can be the second factor instead."""

import re
from base64 import b32decode

from django_otp.oath import totp
from playwright.sync_api import expect

from tests.browser.conftest import (
    DESKTOP,
    EDITOR_PASSWORD,
    KEY_USER_USERNAME,
    NETWORK_EDITOR_USERNAME,
    watch_console,
)
from tests.browser.test_pages import AXE, AXE_RUN, AXE_TAGS


def no_accessibility_violations(page) -> None:
    assert page.evaluate(AXE_RUN, AXE_TAGS) == [], page.url


def log_in(page, username: str) -> None:
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/account/login/\?next=/admin/"))
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_the_network_editor_enrols_a_second_factor_before_the_admin_opens(new_page, screenshots):
    page = new_page()
    page.context.add_init_script(path=AXE)
    log_in(page, NETWORK_EDITOR_USERNAME)

    # Led to enrolment, not into the admin; the admin itself keeps sending them back.
    expect(page).to_have_url(re.compile("/account/two_factor/setup/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsauthenticatie instellen")
    page.goto("/admin/projects/project/")
    expect(page).to_have_url(re.compile("/account/two_factor/setup/"))
    no_accessibility_violations(page)

    page.get_by_role("button", name="Volgende").click()
    page.locator("input[value='generator']").check()
    page.get_by_role("button", name="Volgende").click()
    expect(page.get_by_role("img", name=re.compile("QR-code"))).to_be_visible()
    no_accessibility_violations(page)
    page.screenshot(path=screenshots / "nl-staff-enrolment-desktop.png", full_page=True)
    secret = page.locator("#content code").inner_text()
    page.locator("input[name='generator-token']").fill(f"{totp(b32decode(secret)):06d}")
    page.get_by_role("button", name="Volgende").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Tweestapsauthenticatie staat aan")
    page.get_by_role("link", name="Herstelcodes aanmaken").click()
    page.get_by_role("button", name="Nieuwe herstelcodes aanmaken").click()
    codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    no_accessibility_violations(page)
    page.get_by_role("link", name="Naar het beheer").click()
    expect(page).to_have_url(re.compile("/admin/$"))
    expect(page.get_by_role("link", name="Tweestapsauthenticatie")).to_be_visible()

    # Another browser: the password alone is not enough; a recovery code works once.
    other = new_page()
    other.context.add_init_script(path=AXE)
    log_in(other, NETWORK_EDITOR_USERNAME)
    expect(other.locator("input[name='token-otp_token']")).to_be_visible()
    no_accessibility_violations(other)
    other.goto("/admin/")
    expect(other).to_have_url(re.compile("/account/login/"))
    log_in(other, NETWORK_EDITOR_USERNAME)
    other.get_by_role("button", name="Een herstelcode gebruiken").click()
    other.locator("input[name='backup-otp_token']").fill(codes[0])
    other.get_by_role("button", name="Volgende").click()
    expect(other).to_have_url(re.compile("/admin/$"))
    assert page.console_errors == [] and other.console_errors == []


def test_a_security_key_is_enrolled_and_then_asked_for_at_login(browser, portal):
    # A security key belongs to a host name, never to an IP address: localhost it is.
    context = browser.new_context(
        base_url=portal.url.replace("127.0.0.1", "localhost"), viewport=DESKTOP, locale="nl-NL"
    )
    context.set_default_timeout(10_000)
    page = watch_console(context.new_page())
    authenticator = context.new_cdp_session(page)
    authenticator.send("WebAuthn.enable")
    key = authenticator.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )["authenticatorId"]
    try:
        log_in(page, KEY_USER_USERNAME)
        expect(page).to_have_url(re.compile("/admin/$"))  # optional for this member of staff

        page.goto("/account/two_factor/setup/")
        page.get_by_role("button", name="Volgende").click()
        page.locator("input[value='webauthn']").check()
        page.get_by_role("button", name="Volgende").click()
        # The browser asks the key, which answers, and the form sends itself.
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Tweestapsauthenticatie staat aan", timeout=20_000
        )
        stored = authenticator.send("WebAuthn.getCredentials", {"authenticatorId": key})
        assert len(stored["credentials"]) == 1
        page.context.clear_cookies()

        log_in(page, KEY_USER_USERNAME)
        expect(page).to_have_url(re.compile("/admin/$"), timeout=20_000)
        assert page.console_errors == []
    finally:
        context.close()
