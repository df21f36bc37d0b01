"""Long lists stay short: a country, a donor and an organisation show their newest projects
and link to the listing with all of them; the donor list comes in pages."""

import datetime
import html
import re

import pytest

from donors.models import DonorType
from projects.models import ParticipationRole
from projects.selectors import PROJECT_CARDS_SHOWN
from tests.factories import (
    DonorFactory,
    FundingFactory,
    InstrumentFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

MORE = PROJECT_CARDS_SHOWN + 2
CARD_TITLE = re.compile(r'<a href="/\w\w/projects/[^"]+/" class="stretched-link">([^<]+)</a>')


def card_titles(text: str) -> list[str]:
    return [html.unescape(title) for title in CARD_TITLE.findall(text)]


def projects(count: int, **kwargs) -> list:
    """`count` projects, the first one starting last: newest first, as the pages show them."""
    return [
        ProjectFactory(
            title_nl=f"Project {number:02}",
            title_en=f"Project {number:02}",
            start=datetime.date(2024 - number, 1, 1),
            **kwargs,
        )
        for number in range(count)
    ]


def link_to_listing(text: str, query: str) -> str | None:
    """The text of the link to the project listing with this query string, or None."""
    match = re.search(
        rf'<a href="/(\w\w)/projects/\?{re.escape(html.escape(query))}">([^<]+)</a>', text
    )
    return html.unescape(match.group(2)) if match else None


def listing_total(client, language: str, query: str) -> str:
    text = client.get(f"/{language}/projects/?{query}").text
    return re.search(r'class="results-count" role="status">\s*(\d+)', text).group(1)


# --- country page ----------------------------------------------------------------------


def test_country_page_shows_the_newest_projects_and_links_to_all(client):
    shown = projects(MORE, countries=["KG"])
    ProjectFactory(title_nl="Concept", title_en="Draft", countries=["KG"], publication="draft")
    ProjectFactory(title_nl="In Peru", title_en="In Peru", countries=["PE"])

    english = client.get("/en/countries/kg/").text
    dutch = client.get("/nl/countries/kg/").text

    assert card_titles(english) == [p.title_en for p in shown[:PROJECT_CARDS_SHOWN]]
    assert link_to_listing(english, "country=KG") == f"All {MORE} projects in Kyrgyzstan"
    assert link_to_listing(dutch, "country=KG") == f"Alle {MORE} projecten in Kirgizië"
    assert listing_total(client, "en", "country=KG") == str(MORE)


def test_country_page_with_few_projects_shows_them_all_without_a_link(client):
    shown = projects(3, countries=["KG"])

    text = client.get("/en/countries/kg/").text

    assert card_titles(text) == [p.title_en for p in shown]
    assert link_to_listing(text, "country=KG") is None


def test_country_page_puts_projects_without_dates_last(client):
    undated = ProjectFactory(title_en="Undated", start=None, end=None, countries=["KG"])
    dated = projects(PROJECT_CARDS_SHOWN, countries=["KG"])

    text = client.get("/en/countries/kg/").text

    assert card_titles(text) == [p.title_en for p in dated]
    assert undated.title_en not in card_titles(text)


# --- donor page ------------------------------------------------------------------------


@pytest.fixture
def unicef():
    return DonorFactory(name_nl="UNICEF", name_en="UNICEF", slug="unicef")


def test_donor_page_shows_the_newest_projects_with_the_total_and_a_link(client, unicef):
    funded = projects(MORE)
    for project in funded:
        FundingFactory(donor=unicef, project=project)
    # Funded twice (through a fund and directly): still one project.
    FundingFactory(donor=unicef, project=funded[0], instrument=InstrumentFactory(donor=unicef))
    FundingFactory(donor=unicef, project=ProjectFactory(title_en="Draft", publication="draft"))

    english = client.get("/en/donors/unicef/").text
    dutch = client.get("/nl/donors/unicef/").text

    assert card_titles(english) == [p.title_en for p in funded[:PROJECT_CARDS_SHOWN]]
    assert f"Funds {MORE} projects" in english
    assert link_to_listing(english, "donor=unicef") == f"All {MORE} projects funded by UNICEF"
    assert (
        link_to_listing(dutch, "donor=unicef") == f"Alle {MORE} door UNICEF gefinancierde projecten"
    )
    assert listing_total(client, "en", "donor=unicef") == str(MORE)


def test_donor_page_lists_the_countries_of_every_project_it_funds(client, unicef):
    newest = projects(PROJECT_CARDS_SHOWN, countries=["KG"])
    oldest = ProjectFactory(title_en="Oldest", start=datetime.date(1990, 1, 1), countries=["PE"])
    draft = ProjectFactory(countries=["GE"], publication="draft")
    for project in [*newest, oldest, draft]:
        FundingFactory(donor=unicef, project=project)

    text = client.get("/en/donors/unicef/").text

    assert "Oldest" not in card_titles(text)
    assert 'href="/en/countries/pe/"' in text and 'href="/en/countries/kg/"' in text
    assert "/countries/ge/" not in text


def test_donor_page_with_few_projects_has_no_link(client, unicef):
    for project in projects(2):
        FundingFactory(donor=unicef, project=project)

    text = client.get("/en/donors/unicef/").text

    assert len(card_titles(text)) == 2
    assert "Funds 2 projects" in text
    assert link_to_listing(text, "donor=unicef") is None


# --- organisation profile --------------------------------------------------------------


@pytest.fixture
def cpc():
    return OrganisationFactory(
        name_nl="Kinderbeschermingscentrum",
        name_en="Child Protection Centre",
        short_name_nl="CPC",
        slug="cpc",
    )


def section(text: str, heading_id: str) -> str:
    start = text.index(f'id="{heading_id}"')
    return text[start : text.index("</section>", start)]


def test_profile_shows_the_newest_projects_per_role_and_links_to_all(client, cpc):
    led = projects(MORE, lead=cpc)
    partnered = projects(3)
    for project in partnered:
        ParticipationFactory(project=project, organisation=cpc, role=ParticipationRole.PARTNER)

    english = client.get("/en/organisations/cpc/").text
    dutch = client.get("/nl/organisations/cpc/").text

    leads = section(english, "org-lead-projects")
    partners = section(english, "org-partner-projects")
    assert card_titles(leads) == [p.title_en for p in led[:PROJECT_CARDS_SHOWN]]
    assert f"The {PROJECT_CARDS_SHOWN} most recent of {MORE} projects." in leads
    assert card_titles(partners) == [p.title_en for p in partnered]
    assert "most recent" not in partners
    total = MORE + len(partnered)
    assert link_to_listing(english, "organisation=cpc") == f"All {total} projects CPC takes part in"
    assert (
        link_to_listing(dutch, "organisation=cpc")
        == f"Alle {total} projecten waaraan CPC deelneemt"
    )
    assert listing_total(client, "en", "organisation=cpc") == str(total)


def test_profile_caps_the_partner_projects_too(client, cpc):
    ProjectFactory(title_en="Led", lead=cpc)
    partnered = projects(MORE)
    for project in partnered:
        ParticipationFactory(project=project, organisation=cpc, role=ParticipationRole.IMPLEMENTING)

    text = client.get("/en/organisations/cpc/").text

    assert card_titles(section(text, "org-lead-projects")) == ["Led"]
    partners = section(text, "org-partner-projects")
    assert card_titles(partners) == [p.title_en for p in partnered[:PROJECT_CARDS_SHOWN]]
    assert f"The {PROJECT_CARDS_SHOWN} most recent of {MORE} projects." in partners
    assert link_to_listing(text, "organisation=cpc") == f"All {MORE + 1} projects CPC takes part in"


def test_profile_with_few_projects_shows_them_all_without_a_link(client, cpc):
    led = projects(PROJECT_CARDS_SHOWN, lead=cpc)
    ProjectFactory(title_en="Draft", lead=cpc, publication="draft")

    text = client.get("/en/organisations/cpc/").text

    assert card_titles(text) == [p.title_en for p in led]
    assert "most recent" not in text
    assert link_to_listing(text, "organisation=cpc") is None


# --- donor list ------------------------------------------------------------------------

TILE_NAME = re.compile(r'<span class="logo-tile__name">([^<]+)</span>')
GROUP = re.compile(r'<h2 id="donor-type-\d+" class="h4">([^<]+)</h2>')


@pytest.fixture
def many_donors():
    """40 foundations and 20 ministries, named so that they sort by number."""
    foundations = [
        DonorFactory(name_nl=f"Fonds {n:02}", name_en=f"Fund {n:02}", type=DonorType.FOUNDATION)
        for n in range(40)
    ]
    ministries = [
        DonorFactory(
            name_nl=f"Ministerie {n:02}", name_en=f"Ministry {n:02}", type=DonorType.GOVERNMENT
        )
        for n in range(20)
    ]
    FundingFactory(donor=foundations[39], project=ProjectFactory())
    return ministries, foundations


def test_donor_list_comes_in_pages_grouped_by_type(client, many_donors):
    ministries, foundations = many_donors

    first = client.get("/en/donors/").text
    second = client.get("/en/donors/?page=2").text

    assert GROUP.findall(first) == ["Government ministry or agency", "Foundation"]
    assert TILE_NAME.findall(first) == [d.name_en for d in ministries + foundations[:28]]
    assert GROUP.findall(second) == ["Foundation"]
    assert TILE_NAME.findall(second) == [d.name_en for d in foundations[28:]]
    assert "1 project<" in second
    assert 'href="?page=2" rel="next"' in first
    assert 'href="?page=1" rel="prev"' in second
    assert "<title>Donors (page 2) –" in second
    assert '<link rel="canonical" href="http://testserver/en/donors/?page=2">' in second


@pytest.mark.parametrize("page, expected", [("abc", "Ministry 00"), ("99", "Fund 39")])
def test_donor_list_with_a_bad_page_number_shows_the_first_or_last_page(
    client, many_donors, page, expected
):
    response = client.get(f"/en/donors/?page={page}")

    assert response.status_code == 200
    assert expected in TILE_NAME.findall(response.text)


def test_donor_list_of_a_few_donors_has_no_pages(client):
    DonorFactory(name_nl="Fonds", name_en="Fund")

    text = client.get("/en/donors/").text

    assert TILE_NAME.findall(text) == ["Fund"]
    assert 'class="pagination' not in text
