"""The rich-text editor in Chromium: it loads under the CSP, speaks Dutch and stores HTML."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import EDITOR_PASSWORD, EDITOR_USERNAME

# A CPC project that the other journeys leave alone.
PROJECT = "cpc-girls-in-science"


def test_the_cpc_editor_makes_a_word_bold_in_the_editor_and_it_is_stored_as_strong(page, portal):
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Gebruikersnaam|Username")).fill(EDITOR_USERNAME)
    page.get_by_label(re.compile("Wachtwoord|Password")).fill(EDITOR_PASSWORD)
    page.get_by_role("button", name=re.compile("Aanmelden|Inloggen|Log in")).click()
    expect(page).not_to_have_url(re.compile("/login/"))

    page.goto(f"/admin/projects/project/{portal.project_id(PROJECT)}/change/")
    editor = page.locator(".prose-editor", has=page.locator("textarea[name=description_nl]"))
    expect(editor.locator(".tiptap")).to_be_visible()
    # The toolbar offers what the server keeps, with Dutch names; no source-code button.
    toolbar = editor.locator(".prose-menubar")
    for name in ("Vet", "Cursief", "Opsomming", "Genummerde lijst", "Link invoegen"):
        expect(toolbar.get_by_role("button", name=name, exact=True)).to_be_visible()
    not_kept = re.compile("HTML|table|tabel|image|afbeelding", re.IGNORECASE)
    expect(toolbar.get_by_role("button", name=not_kept)).to_have_count(0)

    # The caret at the end through Tiptap itself: after a click or a focus, ProseMirror puts
    # its own selection back a moment later, which on a busy machine undoes Control+End.
    editor.locator(".tiptap").evaluate("element => element.editor.commands.focus('end')")
    expect(editor.locator(".tiptap")).to_be_focused()  # Tiptap focuses in the next frame
    page.keyboard.press("Enter")
    toolbar.get_by_role("button", name="Vet", exact=True).click()
    page.keyboard.type("Meisjes in de wetenschap")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    expect(page.locator(".errornote")).to_have_count(0)

    ((description,),) = portal.sql(
        "SELECT description_nl FROM projects_project WHERE slug = %s", (PROJECT,)
    )
    assert description.endswith("<p><strong>Meisjes in de wetenschap</strong></p>")
    assert page.console_errors == []
