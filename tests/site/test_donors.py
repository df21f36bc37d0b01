"""Donors: grouped by type with counts of public projects; what each one funds, and where."""

import re

import pytest

from donors.models import DonorType
from tests.factories import (
    DonorFactory,
    FundingFactory,
    InstrumentFactory,
    OrganisationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def test_donor_list_groups_by_type_and_counts_public_projects(client):
    ministry = DonorFactory(name_nl="Ministerie", name_en="Ministry", slug="bz")
    unicef = DonorFactory(name_nl="UNICEF", name_en="UNICEF", type=DonorType.UN_AGENCY)
    DonorFactory(name_nl="Conceptdonor", name_en="", publication="draft")
    for project in [ProjectFactory(), ProjectFactory()]:
        FundingFactory(donor=ministry, project=project)
    shared = ProjectFactory()
    # Two instruments for one project: still one project.
    FundingFactory(donor=ministry, project=shared, instrument=InstrumentFactory(donor=ministry))
    FundingFactory(donor=ministry, project=shared)
    FundingFactory(donor=ministry, project=ProjectFactory(publication="draft"))
    FundingFactory(donor=unicef, project=ProjectFactory())

    dutch = client.get("/nl/donors/")
    english = client.get("/en/donors/")

    assert dutch.status_code == english.status_code == 200
    text = english.text
    assert "Conceptdonor" not in text
    groups = re.findall(r'<h2 id="donor-type-\d+" class="h4">([^<]+)</h2>', text)
    assert groups == ["Government ministry or agency", "UN agency"]
    ministry_tile = text[text.index("/en/donors/bz/") :]
    assert "3 projects" in ministry_tile[: ministry_tile.index("</a>")]
    assert "1 project<" in text
    assert "Ministerie" in dutch.text


def test_donor_page_shows_projects_instruments_and_countries(client):
    donor = DonorFactory(name_nl="Buitenlandse Zaken", name_en="Foreign Affairs", slug="bz")
    matra = InstrumentFactory(donor=donor, name_nl="Matra", url="https://example.org/matra")
    FundingFactory(
        donor=donor,
        project=ProjectFactory(
            title_en="Children in conflict with the law", countries=["UA", "GE"]
        ),
        instrument=matra,
    )
    FundingFactory(donor=donor, project=ProjectFactory(title_en="Down to Zero", countries=["PH"]))
    FundingFactory(
        donor=donor,
        project=ProjectFactory(title_en="Hidden", countries=["PE"], publication="draft"),
        instrument=InstrumentFactory(donor=donor, name_nl="Verborgen fonds"),
    )

    dutch = client.get("/nl/donors/bz/")
    response = client.get("/en/donors/bz/")

    assert dutch.status_code == response.status_code == 200
    text = response.text
    assert "Foreign Affairs" in text and "Buitenlandse Zaken" in dutch.text
    assert "Children in conflict with the law" in text and "Down to Zero" in text
    assert "Hidden" not in text
    assert 'href="https://example.org/matra"' in text
    assert "Verborgen fonds" not in text
    for code in ["ua", "ge", "ph"]:
        assert f'href="/en/countries/{code}/"' in text
    assert "/countries/pe/" not in text
    assert "Funds 2 projects" in text


def test_draft_donor_is_not_found(client):
    DonorFactory(slug="concept", publication="draft")

    assert client.get("/nl/donors/concept/").status_code == 404
    assert client.get("/en/donors/unknown/").status_code == 404


def test_donor_page_names_an_instruments_agency_only_when_it_is_public(client):
    donor = DonorFactory(slug="bz")
    rvo = OrganisationFactory(name_en="Enterprise Agency")
    hidden = OrganisationFactory(name_en="Agency in draft", publication="draft")
    for name, agency in [("Child Labour Fund", rvo), ("Second Fund", hidden)]:
        instrument = InstrumentFactory(donor=donor, name_nl=name, managed_by=agency)
        FundingFactory(donor=donor, project=ProjectFactory(), instrument=instrument)

    text = client.get("/en/donors/bz/").text

    assert "Child Labour Fund" in text and "managed by Enterprise Agency" in text
    assert "Second Fund" in text
    assert "Agency in draft" not in text


def test_a_donor_without_listed_projects_says_how_it_supports_the_network(client):
    DonorFactory(
        name_nl="UNICEF Nederland",
        slug="unicef-nl",
        support_nl="Steunt als lid het netwerk zelf, niet een afzonderlijk project.",
    )
    DonorFactory(name_nl="Stille donor", slug="quiet")

    page = client.get("/nl/donors/unicef-nl/").text
    wall = client.get("/nl/donors/").text
    quiet = client.get("/nl/donors/quiet/").text

    assert '<h2 id="donor-projects">Projecten</h2>' in page  # not "Financiert 0 projecten"
    assert "Steunt als lid het netwerk zelf, niet een afzonderlijk project." in page
    tile = wall[wall.index("/nl/donors/unicef-nl/") :]
    assert "Steun buiten projecten" in tile[: tile.index("</a>")]
    assert "Er zijn nog geen projecten gepubliceerd die deze donor financiert." in quiet
