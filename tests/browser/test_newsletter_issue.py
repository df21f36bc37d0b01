"""The secretariat writes a newsletter issue, previews it, tests it and sends it; the
subscribers get it with their own unsubscribe link, and the archive shows it."""

import re
import time

from django_otp.oath import totp
from playwright.sync_api import expect

from tests.browser.conftest import EDITOR_PASSWORD, link_in
from tests.browser.test_pages import AXE, AXE_RUN, AXE_TAGS

WRITER = "nieuwsbriefschrijver"
WRITER_EMAIL = "secretariaat@example.org"
WRITER_KEY = "3132333435363738393031323334353637383931"  # hex, as django-otp stores it
READERS = [f"lezer{number}@example.org" for number in range(3)]


def _prepare(portal, tmp_path) -> None:
    from tests.browser.conftest import _run

    _run(
        [
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model\n"
            "from django.contrib.auth.models import Group\n"
            "from django.utils import timezone\n"
            "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
            "from newsletter.models import Newsletter, Subscriber\n"
            f"u = get_user_model().objects.create_user({WRITER!r}, email={WRITER_EMAIL!r}, "
            f"password={EDITOR_PASSWORD!r}, is_staff=True)\n"
            "u.groups.add(Group.objects.get(name='Network editors'))\n"
            "TOTPDevice.objects.create(user=u, name='default', confirmed=True, "
            f"key={WRITER_KEY!r})\n"
            "n = Newsletter.objects.get(slug='network')\n"
            f"for address in {READERS!r}:\n"
            "    Subscriber.objects.create(newsletter=n, email=address, language='nl', "
            "status='confirmed', confirmed_at=timezone.now())\n",
        ],
        portal.env,
        tmp_path / "prepare.log",
    )


def axe(page) -> list:
    """axe's findings on the page. On the issue's form axe's own checks set a style
    attribute, which the CSP refuses (axe's script, line 13): not the page's error."""
    errors_before = len(page.console_errors)
    found = page.evaluate(AXE_RUN, AXE_TAGS)
    del page.console_errors[errors_before:]
    return found


def test_the_secretariat_writes_tests_and_sends_an_issue(new_page, portal, tmp_path):
    _prepare(portal, tmp_path)
    subject = f"Zomer in het netwerk {time.time_ns()}"
    page = new_page()
    page.context.add_init_script(path=AXE)
    page.goto("/admin/")
    page.get_by_label("Gebruikersnaam").fill(WRITER)
    page.get_by_label("Wachtwoord").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.locator("input[name='token-otp_token']").fill(f"{totp(bytes.fromhex(WRITER_KEY)):06d}")
    page.get_by_role("button", name="Volgende").click()
    expect(page).to_have_url(re.compile("/admin/$"))

    # Written in the admin: the slug follows the subject, a project is chosen by name.
    page.goto("/admin/editions/edition/add/")
    page.locator("#id_subject").fill(subject)
    page.locator("#id_subject").press("End")  # Django's prepopulate listens for keys
    expect(page.locator("#id_slug")).to_have_value(re.compile("^zomer-in-het-netwerk"))
    page.locator("#id_introduction").fill("Wat de leden deze zomer deden.")
    page.locator(".field-projects .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Don't Look")
    page.locator(".select2-results__option", has_text="Don't Look Away").first.click()
    page.locator("input[name=_continue]").click()
    expect(page.locator(".errornote")).to_have_count(0)
    section = page.locator("section.edition-sending")
    expect(section).to_contain_text("3 bevestigde abonnees")
    assert axe(page) == []

    # Previewed, and sent as a test to the writer alone.
    section.get_by_role("link", name="Voorbeeld").click()
    expect(page.locator("pre.edition-preview-text")).to_contain_text("Don't Look Away")
    assert axe(page) == []
    page.get_by_role("link", name="Terug naar de editie").click()
    page.get_by_role("button", name=re.compile("Stuur mij een test")).click()
    expect(page.locator(".messagelist")).to_contain_text(f"test naar {WRITER_EMAIL}")
    [test] = portal.mails_to(WRITER_EMAIL)
    assert test["Subject"] == f"[Test] {subject}"
    assert portal.mails_to(READERS[0]) == []

    # Sent after a confirmation, once, to every confirmed subscriber.
    page.get_by_role("link", name="Naar de abonnees versturen…").click()
    expect(page.locator("#content")).to_contain_text("naar 3 bevestigde abonnees")
    assert axe(page) == []
    page.get_by_role("button", name="Ja, versturen").click()
    expect(page.locator(".messagelist")).to_contain_text("De editie is verstuurd: 3 van 3")
    for address in READERS:
        [issue] = portal.mails_to(address)
        assert issue["Subject"] == subject
        assert issue["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "/nl/newsletter/unsubscribe/" in link_in(issue, "/nl/newsletter/unsubscribe/")

    # The archive has it, with the project in the issue's language.
    page.goto("/nl/newsletter/archive/")
    page.get_by_role("link", name=subject).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(subject)
    expect(page.get_by_role("link", name="Don't Look Away")).to_be_visible()
    assert page.console_errors == []
