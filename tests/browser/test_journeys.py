"""What people do on the portal, done in Chromium against the live portal."""

import re
import time

from playwright.sync_api import expect

from tests.browser.conftest import EDITOR_PASSWORD, EDITOR_USERNAME, PHONE, link_in

# The demo content (demo/data): a CPC project in Kyrgyzstan, and one of Defence for
# Children's, which the CPC editor may not touch.
CPC_PROJECT = "cpc-financial-adoption"
OTHER_ORGANISATIONS_PROJECT = "speaking-minds"


def choose(select, label_start: str) -> None:
    """Picks the option a person would read as `label_start` (labels end in a count)."""
    option = select.locator("option", has_text=re.compile(f"^{re.escape(label_start)}"))
    select.select_option(value=option.first.get_attribute("value"))


def test_a_visitor_finds_a_project_in_kyrgyzstan_reads_it_in_english_and_searches(page):
    page.goto("/nl/")
    expect(page).to_have_title(re.compile("Kinderrechtenportaal"))
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Projecten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Projecten")

    choose(page.get_by_label("Land"), "Kirgizië")
    page.get_by_role("button", name="Projecten tonen").click()
    expect(page).to_have_url(re.compile(r"/nl/projects/\?.*country=KG"))
    results = page.locator(".project-results > li")
    expect(results.first).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("projecten gevonden")
    # Every project shown works in Kyrgyzstan, and the Dutch NGOs' projects are gone.
    for card in results.all():
        expect(card).to_contain_text("Kirgizië")

    first = results.first.get_by_role("link").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    slug = page.url.rstrip("/").rsplit("/", 1)[-1]

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(rf"/en/projects/{slug}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).not_to_be_empty()

    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Projects"
    ).click()
    search = page.get_by_role("main").get_by_role("searchbox", name="Search")
    search.fill("vaccination")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/projects/\?.*q=vaccination"))
    hit = page.locator(".project-results > li").first.get_by_role("link").first
    expect(hit).to_contain_text(re.compile("vaccination", re.IGNORECASE))
    hit_title = hit.inner_text()
    hit.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(hit_title)
    assert page.console_errors == []


def test_a_visitor_searches_the_whole_portal_from_the_header(page):
    page.goto("/en/about/")
    header_search = page.get_by_role("banner").get_by_role("searchbox", name="Search the portal")
    header_search.fill("Kirgizië")  # the Dutch name, on the English site
    header_search.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=Kirgizi"))
    expect(page.get_by_role("status")).to_contain_text("results for")
    countries = page.get_by_role("region", name=re.compile("^Countries"))
    countries.get_by_role("link", name="Kyrgyzstan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kyrgyzstan")
    assert page.console_errors == []


def test_a_visitor_subscribes_from_the_footer_confirms_and_unsubscribes(page, portal):
    address = f"journey-{time.time_ns()}@example.org"
    page.goto("/nl/about/")
    footer = page.locator("footer")
    footer.get_by_label("E-mailadres").fill(address)
    footer.get_by_role("checkbox").first.check()
    # A person needs a few seconds; faster submissions are taken for a robot.
    time.sleep(3.2)
    footer.get_by_role("button").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kijk in je inbox")

    [confirmation] = portal.mails_to(address)
    page.goto(link_in(confirmation, "/newsletter/confirm/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bevestig je aanmelding")
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aanmelding bevestigd")
    assert portal.sql("SELECT status FROM newsletter_subscriber WHERE email = %s", (address,)) == [
        ("confirmed",)
    ]

    welcome = portal.mails_to(address)[-1]
    page.goto(link_in(welcome, "/newsletter/unsubscribe/"))
    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent afgemeld")
    assert portal.sql("SELECT status FROM newsletter_subscriber WHERE email = %s", (address,)) == [
        ("unsubscribed",)
    ]
    assert page.console_errors == []


def test_the_cpc_editor_changes_a_cpc_project_and_cannot_open_another_organisations(page, portal):
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Gebruikersnaam|Username")).fill(EDITOR_USERNAME)
    page.get_by_label(re.compile("Wachtwoord|Password")).fill(EDITOR_PASSWORD)
    page.get_by_role("button", name=re.compile("Aanmelden|Inloggen|Log in")).click()
    expect(page).not_to_have_url(re.compile("/login/"))

    page.goto(f"/admin/projects/project/{portal.project_id(CPC_PROJECT)}/change/")
    new_title = "Financiële adoptie: schoolkosten voor kinderen in Bisjkek"
    page.locator("#id_title_nl").fill(new_title)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    expect(page.locator(".errornote")).to_have_count(0)

    page.goto(f"/nl/projects/{CPC_PROJECT}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(new_title)

    other = portal.project_id(OTHER_ORGANISATIONS_PROJECT)
    response = page.goto(f"/admin/projects/project/{other}/change/")
    # Outside the editor's part: not found, in the admin's look, with the way back.
    assert page.locator("#id_title_nl").count() == 0
    assert response.status == 404
    expect(page.locator("#content")).to_contain_text("Dit item bestaat niet")
    page.locator(".breadcrumbs").get_by_role("link").click()
    expect(page).to_have_url(re.compile("/admin/$"))


def test_on_a_phone_the_menu_opens_and_closes_and_nothing_scrolls_sideways(new_page):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto("/nl/")
    menu = page.locator("#site-nav")
    toggle = page.get_by_role("button", name="Menu openen of sluiten")
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu.get_by_role("link", name="Over ons")).to_be_visible()
    menu.get_by_role("link", name="Projecten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Projecten")
    expect(menu).to_be_hidden()
    toggle.click()
    # Opened all the way (the slide has ended) before a person reaches for the button again.
    expect(menu).to_have_class(re.compile(r"\bshow\b"))
    toggle.click()
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")

    # On a phone the filters start folded, so the first screen shows results; the panel's
    # summary opens them, and they work as on a wide screen.
    expect(page.get_by_label("Land")).to_be_hidden()
    expect(page.locator(".project-results > li").first).to_be_in_viewport()
    page.locator("details.filter-panel > summary").click()
    expect(page.get_by_label("Land")).to_be_visible()
    choose(page.get_by_label("Land"), "Peru")
    page.get_by_role("button", name="Projecten tonen").click()
    expect(page).to_have_url(re.compile("country=PE"))
    expect(page.locator(".project-results > li").first).to_contain_text("Peru")


# Marks what a keyboard user must be able to reach; `data-kbd` names each element.
MARK_REACHABLE = """(selectors) => {
    const reachable = [];
    for (const selector of selectors) {
        const area = document.querySelector(selector);
        const controls = area.querySelectorAll(
            'a[href], button, input:not([type=hidden]), select, textarea');
        for (const el of controls) {
            const hidden = el.closest('[hidden], [aria-hidden=true]')
                || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden';
            if (el.disabled || el.tabIndex < 0 || hidden) continue;
            el.dataset.kbd = selector + ' ' + reachable.length + ' ' + (
                el.innerText || el.name || el.getAttribute('aria-label') || '').trim().slice(0, 40);
            reachable.push(el.dataset.kbd);
        }
    }
    return reachable;
}"""

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        kbd: el.dataset.kbd || null,
        id: el.id,
        tag: el.tagName,
        inMain: !!el.closest('main'),
        shown: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
        ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
            || (style.boxShadow !== 'none' && style.boxShadow !== ''),
    };
}"""


def test_with_the_keyboard_only_everything_is_reachable_and_focus_is_always_visible(new_page):
    # Without smooth scrolling, each focused element is in view the moment it has focus.
    page = new_page(reduced_motion="reduce")
    page.goto("/nl/projects/")

    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUSED)
    assert skip["tag"] == "A" and skip["shown"] and skip["ring"], skip
    expect(page.locator(":focus")).to_have_text("Direct naar de inhoud")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["inMain"], "after the skip link, Tab goes into the content"

    page.goto("/nl/projects/")
    expected = page.evaluate(MARK_REACHABLE, ["header", "form.project-filters", "footer form"])
    assert len(expected) > 15, expected
    reached, invisible = [], []
    for _stop in range(250):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "BODY":
            break  # past the last control of the page
        if not (focused["shown"] and focused["ring"]):
            invisible.append(focused)
        if focused["kbd"]:
            reached.append(focused["kbd"])
    assert invisible == [], "focus not visible on these stops:\n" + "\n".join(map(str, invisible))
    missing = [name for name in expected if name not in reached]
    assert missing == [], "not reachable with Tab"
    # Tab order follows reading order: header, then the filters, then the footer form.
    assert reached == sorted(reached, key=expected.index)


# Issue #13: review before publishing. A network editor of the journey's own, with a known
# authenticator key, so that the second-factor journey still meets an unenrolled one.
REVIEWER_USERNAME = "beoordelaar"
REVIEWER_KEY = "3132333435363738393031323334353637383930"  # hex, as django-otp stores it
SUBMITTER_EMAIL = "cpc-redactie@example.org"


from tests.browser.test_pages import AXE, AXE_RUN, AXE_TAGS  # noqa: E402


def _prepare_review_accounts(portal, tmp_path) -> None:
    from tests.browser.conftest import _run

    _run(
        [
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model\n"
            "from django.contrib.auth.models import Group\n"
            "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
            "User = get_user_model()\n"
            f"User.objects.filter(username={EDITOR_USERNAME!r}).update(email={SUBMITTER_EMAIL!r})\n"
            f"u = User.objects.create_user({REVIEWER_USERNAME!r}, password={EDITOR_PASSWORD!r}, "
            "is_staff=True)\n"
            "u.groups.add(Group.objects.get(name='Network editors'))\n"
            # two_factor asks for the device named "default".
            "TOTPDevice.objects.create(user=u, name='default', confirmed=True, "
            f"key={REVIEWER_KEY!r})",
        ],
        portal.env,
        tmp_path / "prepare.log",
    )


def _log_in(page, username: str) -> None:
    page.goto("/admin/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def _write_rich_text(page, field: str, plain: str, bold: str) -> None:
    """Types into the rich-text editor of a field: plain words, then bold ones."""
    editor = page.locator(".prose-editor", has=page.locator(f"textarea[name={field}]"))
    # Focused through Tiptap: a click's caret is put back a moment later on a busy machine.
    editor.locator(".tiptap").evaluate("element => element.editor.commands.focus('end')")
    expect(editor.locator(".tiptap")).to_be_focused()
    page.keyboard.type(plain)
    editor.get_by_role("button", name="Vet", exact=True).click()
    page.keyboard.type(bold)


def test_an_editors_new_project_is_public_after_approval_and_a_later_change_can_be_restored(
    new_page, portal, tmp_path
):
    from django_otp.oath import totp

    _prepare_review_accounts(portal, tmp_path)
    slug = f"meisjes-en-techniek-{time.time_ns()}"
    title_nl = "Meisjes en techniek in Bisjkek"

    # The CPC editor writes a project in both languages; it is saved as a draft.
    editor = new_page()
    editor.context.add_init_script(path=AXE)
    _log_in(editor, EDITOR_USERNAME)
    expect(editor).to_have_url(re.compile("/admin/$"))
    editor.goto("/admin/projects/project/add/")
    expect(editor.locator("#id_publication")).to_have_count(0)  # not theirs to set
    editor.locator("#id_title_nl").fill(title_nl)
    editor.locator("#id_title_en").fill("Girls and technology in Bishkek")
    editor.locator("#id_slug").fill(slug)
    editor.locator("#id_summary_nl").fill("Meisjes leren programmeren en solderen.")
    editor.locator("#id_summary_en").fill("Girls learn to code and to solder.")
    for language, plain, bold in (("nl", "Een ", "zomerschool"), ("en", "A ", "summer school")):
        _write_rich_text(editor, f"description_{language}", plain, bold)
    lead = editor.locator("#participations-0")
    lead.locator(".select2-selection").click()
    editor.locator(".select2-container--open .select2-search__field").fill("Child Protection")
    editor.locator(".select2-results__option", has_text="Child Protection").first.click()
    lead.locator("select[name='participations-0-role']").select_option("lead")
    editor.locator("input[name=_continue]").click()
    expect(editor.locator(".errornote")).to_have_count(0)

    # Submitted from its form; not public yet.
    editor.get_by_role("link", name="Ter beoordeling indienen").click()
    assert editor.evaluate(AXE_RUN, AXE_TAGS) == []
    editor.get_by_role("button", name="Ter beoordeling indienen").click()
    expect(editor.locator(".messagelist")).to_contain_text("ter beoordeling ingediend")
    expect(editor.locator(".form-row.field-publication_note")).to_contain_text(
        "wacht op beoordeling sinds"
    )
    editor.goto("/nl/projects/")
    expect(editor.get_by_role("link", name=title_nl)).to_have_count(0)
    assert editor.goto(f"/nl/projects/{slug}/").status == 404
    editor.console_errors.clear()  # the 404 just asked for

    # The secretariat opens the dashboard from its start page and approves.
    reviewer = new_page()
    reviewer.context.add_init_script(path=AXE)
    _log_in(reviewer, REVIEWER_USERNAME)
    reviewer.locator("input[name='token-otp_token']").fill(
        f"{totp(bytes.fromhex(REVIEWER_KEY)):06d}"
    )
    reviewer.get_by_role("button", name="Volgende").click()
    expect(reviewer).to_have_url(re.compile("/admin/$"))
    waits = reviewer.locator("section.start-section", has_text="Wacht op beoordeling")
    waits.get_by_role("link", name=title_nl).click()
    expect(reviewer.get_by_role("heading", level=1)).to_have_text("Wacht op beoordeling")
    waiting = reviewer.locator("section.review", has_text=title_nl)
    expect(waiting).to_contain_text("Girls and technology in Bishkek")  # the changes
    assert reviewer.evaluate(AXE_RUN, AXE_TAGS) == []
    waiting.get_by_role("button", name="Goedkeuren en publiceren").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("goedgekeurd en gepubliceerd")

    # Now it is on the public listing, and the editor has been told.
    editor.goto("/nl/projects/")
    expect(editor.get_by_role("link", name=title_nl)).to_be_visible()
    [told] = portal.mails_to(SUBMITTER_EMAIL)
    assert told["Subject"] == f"Goedgekeurd en gepubliceerd: {title_nl}"
    assert f"/admin/projects/project/{portal.project_id(slug)}/change/" in link_in(
        told, "/admin/projects/project/"
    )
    ((description,),) = portal.sql(
        "SELECT description_nl FROM projects_project WHERE slug = %s", (slug,)
    )
    assert description == "<p>Een <strong>zomerschool</strong></p>"

    # A change to the published project goes live at once, and the secretariat sees it in
    # its recent changes, reads it in the history and restores the approved version.
    editor.goto(f"/admin/projects/project/{portal.project_id(slug)}/change/")
    editor.locator("#id_summary_nl").fill("Meisjes leren alleen solderen.")
    editor.locator("input[name=_save]").click()
    expect(editor.locator(".messagelist")).to_contain_text("gewijzigd")
    editor.goto(f"/nl/projects/{slug}/")
    expect(editor.get_by_text("Meisjes leren alleen solderen.")).to_be_visible()

    reviewer.goto("/admin/")
    recent = reviewer.locator("section.start-section", has_text="Recente wijzigingen")
    recent.get_by_role("link", name=title_nl).first.click()
    expect(reviewer.get_by_role("heading", level=1)).to_contain_text(
        re.compile("geschiedenis", re.IGNORECASE)
    )
    newest = reviewer.locator("#change-history tbody tr").first
    expect(newest).to_contain_text("Samenvatting (Nederlands)")
    expect(newest).to_contain_text("Meisjes leren alleen solderen.")
    assert reviewer.evaluate(AXE_RUN, AXE_TAGS) == []
    reviewer.locator("#change-history tbody tr").nth(1).get_by_role(
        "button", name="Deze versie terugzetten"
    ).click()
    expect(reviewer.locator(".messagelist")).to_contain_text("weer de huidige versie")
    editor.goto(f"/nl/projects/{slug}/")
    expect(editor.get_by_text("Meisjes leren programmeren en solderen.")).to_be_visible()
    assert editor.console_errors == [] and reviewer.console_errors == []
