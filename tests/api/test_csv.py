"""The CSV downloads: the listing's projects, organisations, donors and fundings, public
only, safe to open in a spreadsheet, one query whatever their length."""

import csv
import io
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ProjectFactory
from tests.projects.conftest import make_projects

pytestmark = pytest.mark.django_db


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    return response, text


def rows(text) -> list[dict]:
    assert text.startswith("\ufeff")  # so that spreadsheet programs read UTF-8
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_the_listing_offers_exactly_its_projects_as_csv(client, world):
    listing = client.get("/nl/projects/?country=KG&sort=title&page=1")
    link = re.search(r'<a href="([^"]+)" download>Download deze (\d+) projecten', listing.text)

    assert link, "the listing links its CSV"
    url = link.group(1).replace("&amp;", "&")
    assert url == "/nl/open-data/projects.csv?country=KG&sort=title"
    response, text = download(client, url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="projects-nl.csv"'
    projects = rows(text)
    assert [p["slug"] for p in projects] == ["alfa", "bravo"]
    assert int(link.group(2)) == len(projects)


def test_projects_in_both_languages_with_names_in_the_addresses_language(client, world):
    _response, text = download(client, "/en/open-data/projects.csv?theme=health&sort=title")
    bravo, charlie = rows(text)

    assert (bravo["title_nl"], bravo["title_en"]) == ("Bravo campagne", "Bravo campaign")
    assert charlie["title_en"] == ""
    assert bravo["countries"] == "KG; UG"
    assert bravo["country_names"] == "Kyrgyzstan; Uganda"
    assert charlie["status"] == "suspended"
    assert charlie["lead_organisation"]
    assert charlie["other_organisations"] == "save"
    assert bravo["other_organisations"] == ""  # its draft partner is left out
    assert bravo["donors"] == "unicef"
    assert bravo["url"].endswith("/en/projects/bravo/")
    _response, dutch = download(client, "/nl/open-data/projects.csv?theme=health&sort=title")
    assert rows(dutch)[0]["country_names"] == "Kirgizië; Oeganda"


def test_no_csv_shows_what_the_site_hides(client, world):
    _r, projects = download(client, "/nl/open-data/projects.csv")
    _r, organisations = download(client, "/nl/open-data/organisations.csv")
    _r, donors = download(client, "/nl/open-data/donors.csv")
    _r, fundings = download(client, "/nl/open-data/fundings.csv")

    assert {p["slug"] for p in rows(projects)} == {"alfa", "bravo", "charlie", "delta"}
    assert "hidden-lead" not in {o["slug"] for o in rows(organisations)}
    assert "save" in {o["slug"] for o in rows(organisations)}
    assert [d["slug"] for d in rows(donors)] == ["unicef"]
    assert rows(donors)[0]["project_count"] == "2"
    funding_rows = rows(fundings)
    assert {(f["project"], f["donor"]) for f in funding_rows} == {
        ("bravo", "unicef"),
        ("charlie", "unicef"),
    }
    amounts = {f["project"]: (f["amount"], f["currency"]) for f in funding_rows}
    assert amounts == {"bravo": ("1000.00", "EUR"), "charlie": ("", "")}


def test_a_formula_is_written_as_text(client):
    OrganisationFactory(slug="formula", name_nl='=HYPERLINK("http://evil.example")')

    _response, text = download(client, "/nl/open-data/organisations.csv")

    [row] = [r for r in rows(text) if r["slug"] == "formula"]
    assert row["name_nl"] == '\'=HYPERLINK("http://evil.example")'


def count_download_queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        download(client, url)
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/nl/open-data/projects.csv",
        "/en/open-data/projects.csv?country=KG&q=bulk&sort=title",
        "/nl/open-data/organisations.csv",
        "/nl/open-data/donors.csv",
        "/nl/open-data/fundings.csv",
    ],
)
def test_the_number_of_queries_does_not_grow_with_the_rows(client, url):
    def add(count, prefix):
        donor = DonorFactory()
        for project in make_projects(count, prefix=prefix):
            FundingFactory(project=project, donor=donor, amount=5, currency="EUR")

    add(3, "few")
    few = count_download_queries(client, url)
    add(30, "many")
    ProjectFactory()
    many = count_download_queries(client, url)

    assert few == many
    assert many <= 3
