"""In the admin's forms a translated field's Dutch and English share one row on a wide
screen and come one under the other on a phone, without scrolling sideways."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, EDITOR_PASSWORD, EDITOR_USERNAME, PHONE

CPC_PROJECT = "cpc-financial-adoption"  # demo content: a project the CPC editor leads


def log_in(page) -> None:
    page.goto("/admin/login/")
    page.get_by_label(re.compile("Gebruikersnaam|Username")).fill(EDITOR_USERNAME)
    page.get_by_label(re.compile("Wachtwoord|Password")).fill(EDITOR_PASSWORD)
    page.get_by_role("button", name=re.compile("Aanmelden|Inloggen|Log in")).click()
    expect(page).not_to_have_url(re.compile("/login/"))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_dutch_and_english_side_by_side_on_a_wide_screen_stacked_on_a_phone(
    new_page, portal, screenshots, viewport
):
    page = new_page(viewport=viewport)
    log_in(page)
    page.goto(f"/admin/projects/project/{portal.project_id(CPC_PROJECT)}/change/")

    for name in ("title", "summary"):
        dutch = page.locator(f"#id_{name}_nl").bounding_box()
        english = page.locator(f"#id_{name}_en").bounding_box()
        if viewport is DESKTOP:
            assert abs(dutch["y"] - english["y"]) < 2, name
            assert dutch["x"] + dutch["width"] <= english["x"], name
            # Each half takes a fair share of the width, not a sliver.
            assert english["width"] > viewport["width"] / 4, name
        else:
            assert english["y"] >= dutch["y"] + dutch["height"], name
    if viewport is PHONE:
        # (At 1280 px the fundings table still widens the page: the theme's part of #13.)
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(
        path=screenshots / f"nl-admin-project-languages-{viewport['width']}.png", full_page=True
    )
