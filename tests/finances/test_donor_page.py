"""A donor's page: what it funds per year, committed and paid, per currency, from public
projects only, in a number of queries that does not grow with the money."""

import datetime
import re

import pytest

from core.models import Precision, Publication
from finances.money import DISBURSEMENT, INCOMING_COMMITMENT, INCOMING_FUNDS
from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ProjectFactory
from tests.finances.conftest import transaction
from tests.projects.conftest import count_queries

pytestmark = pytest.mark.django_db

PAGE = "/nl/donors/bz/"


def year_rows(response) -> dict[str, str]:
    """{year: "committed | paid"} from the page's table of funding per year."""
    html = response.content.decode()
    table = re.search(r'<table class="table table-sm donor-money">.*?</table>', html, re.S)
    if not table:
        return {}
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table[0], re.S)[1:]:
        cells = [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        rows[cells[0]] = " | ".join(cells[1:])
    return rows


@pytest.fixture
def donor():
    return DonorFactory(name_nl="Ministerie van Buitenlandse Zaken", slug="bz")


def on(year, month=6):
    return datetime.date(year, month, 1)


def test_committed_and_paid_per_year_and_currency(client, donor):
    project = ProjectFactory(lead=OrganisationFactory())
    other = ProjectFactory(lead=OrganisationFactory())
    for funded in (project, other):
        FundingFactory(project=funded, donor=donor)
    transaction(project, INCOMING_COMMITMENT, "500000", date=on(2016), provider_donor=donor)
    transaction(other, INCOMING_COMMITMENT, "250000", date=on(2016, 9), provider_donor=donor)
    transaction(other, INCOMING_COMMITMENT, "40000", "USD", date=on(2016), provider_donor=donor)
    transaction(project, INCOMING_FUNDS, "100000", date=on(2016), provider_donor=donor)
    transaction(project, INCOMING_FUNDS, "150000", date=on(2017), provider_donor=donor)
    transaction(project, DISBURSEMENT, "99999", date=on(2017))  # money out: not the donor's

    rows = year_rows(client.get(PAGE))

    assert rows == {
        "2016": "€ 750.000,00 US$ 40.000,00 | € 100.000,00",
        "2017": "– | € 150.000,00",
    }


def test_a_funding_with_an_amount_counts_as_committed_in_its_start_year(client, donor):
    # Without commitments recorded as transactions: the funding's amount, in its start year.
    FundingFactory(
        donor=donor,
        project=ProjectFactory(lead=OrganisationFactory()),
        amount=30000,
        currency="EUR",
        start=datetime.date(2019, 1, 1),
        start_precision=Precision.YEAR,
    )
    # With them: the transactions count, not the funding's amount as well.
    recorded = ProjectFactory(lead=OrganisationFactory())
    FundingFactory(donor=donor, project=recorded, amount=999, currency="EUR")
    transaction(recorded, INCOMING_COMMITMENT, "20000", date=on(2019), provider_donor=donor)

    rows = year_rows(client.get(PAGE))

    assert rows == {"2019": "€ 50.000,00 | –"}
    assert "in het jaar waarin ze begint" in client.get(PAGE).content.decode()


def test_money_of_a_draft_project_is_left_out(client, donor):
    draft = ProjectFactory(lead=OrganisationFactory(), publication=Publication.DRAFT)
    FundingFactory(project=draft, donor=donor, amount=1000, currency="EUR")
    transaction(draft, INCOMING_FUNDS, "5000", date=on(2018), provider_donor=donor)
    hidden_lead = ProjectFactory(lead=OrganisationFactory(publication=Publication.DRAFT))
    transaction(hidden_lead, INCOMING_FUNDS, "7000", date=on(2018), provider_donor=donor)

    page = client.get(PAGE)

    assert year_rows(page) == {}
    assert "5.000" not in page.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_money(client, donor):
    project = ProjectFactory(lead=OrganisationFactory())
    FundingFactory(project=project, donor=donor, amount=10, currency="EUR")
    few = count_queries(client, PAGE)

    for year in range(2000, 2020):
        transaction(project, INCOMING_COMMITMENT, "10", date=on(year), provider_donor=donor)
        transaction(project, INCOMING_FUNDS, "10", "USD", date=on(year), provider_donor=donor)
    many = count_queries(client, PAGE)

    assert few == many
    assert len(year_rows(client.get(PAGE))) == 20
