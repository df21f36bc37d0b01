"""The admin's look: the portal's name and logo in its header, and the names that Django's
widgets leave out (how it looks, in light and dark, at 1280 and 390 px, is checked in the
browser: tests/browser/test_pages.py)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
    organisation_editor,
    staff_login,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_editor_and_project():
    organisation = OrganisationFactory()
    project = ProjectFactory(lead=organisation)
    FundingFactory(project=project, donor=DonorFactory())
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    staff_login(client, organisation_editor(organisation))
    return client, project


def test_the_header_shows_the_portals_logo_and_name_in_the_staff_members_language(
    dutch_editor_and_project,
):
    client, _ = dutch_editor_and_project

    text = client.get(reverse("admin:index")).text

    header = re.search(r'<header id="header">.*?</header>', text, re.S).group(0)
    assert re.search(r'<img src="[^"]*/img/logo[^"]*\.svg" alt=""', header)
    assert "Kinderrechtenportaal" in header
    assert "Django" not in header
    assert "Tweestapsauthenticatie" in header  # the way to the second factor stays
    assert re.search(r'<link rel="stylesheet" href="[^"]*/css/admin[^"]*\.css">', text)


def test_each_cell_of_a_tabular_inline_says_what_it_asks_for(dutch_editor_and_project):
    client, project = dutch_editor_and_project

    text = client.get(reverse("admin:projects_project_change", args=[project.pk])).text

    amount = re.search(r'<input [^>]*name="fundings-0-amount"[^>]*>', text).group(0)
    assert 'aria-label="Bedrag"' in amount
    delete = re.search(r'<input [^>]*name="fundings-0-DELETE"[^>]*>', text).group(0)
    assert 'aria-label="Verwijderen"' in delete
    # Form fields above the inlines keep their own <label>: no second name.
    title = re.search(r'<input [^>]*name="title_nl"[^>]*>', text).group(0)
    assert "aria-label" not in title


def test_an_optional_autocomplete_box_has_no_empty_option(dutch_editor_and_project):
    client, project = dutch_editor_and_project
    ParticipationFactory(project=project)

    text = client.get(reverse("admin:projects_project_change", args=[project.pk])).text

    instrument = re.search(
        r'<select [^>]*name="fundings-0-instrument".*?</select>', text, re.S
    ).group(0)
    assert '<option value="" label="---------"></option>' in instrument
    assert '<option value=""></option>' not in text
