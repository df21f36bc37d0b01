"""The money on a project's page: budgets per period, what each donor contributes and what
was spent, per currency, only of what the public may see, in a fixed number of queries."""

import datetime
import re

import pytest

from core.models import Publication
from finances.models import Budget
from finances.money import DISBURSEMENT, EXPENDITURE, INCOMING_COMMITMENT, INCOMING_FUNDS
from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ProjectFactory
from tests.finances.conftest import budget, transaction
from tests.projects.conftest import count_queries

pytestmark = pytest.mark.django_db


def money_section(response) -> str:
    """The money section's text, tags removed and spaces collapsed."""
    html = response.content.decode()
    match = re.search(r'<section aria-labelledby="money-heading".*?</section>', html, re.S)
    if not match:
        return ""
    return " ".join(re.sub(r"<[^>]+>", " ", match[0]).split())


@pytest.fixture
def project():
    return ProjectFactory(slug="veilige-scholen", lead=OrganisationFactory())


def test_the_budget_per_year_and_its_total_per_currency(client, project):
    budget(project, 2018, "120000.00")
    budget(project, 2019, "80000.50")
    budget(project, 2019, "30000", currency="USD")
    Budget.objects.create(
        project=project,
        period_start=datetime.date(2020, 4, 1),
        period_end=datetime.date(2021, 3, 31),
        value=10,
        currency="USD",
    )

    dutch = money_section(client.get("/nl/projects/veilige-scholen/"))
    english = money_section(client.get("/en/projects/veilige-scholen/"))

    assert "Geld" in dutch
    assert "2018 Oorspronkelijk, indicatief € 120.000,00" in dutch
    assert "1 april 2020 – 31 maart 2021" in dutch
    # Never one sum across currencies: euros and dollars have a total line each.
    assert "Totaal begroot in EUR € 200.000,50" in dutch
    assert "Totaal begroot in USD US$ 30.010,00" in dutch
    assert "€200,000.50" in english and "$30,010.00" in english
    assert "230.000" not in dutch


def test_a_revised_budget_replaces_the_original_of_its_period(client, project):
    budget(project, 2018, "100000")
    budget(project, 2018, "90000", budget_type="2")
    budget(project, 2019, "50000")

    section = money_section(client.get("/en/projects/veilige-scholen/"))

    assert "Total budget in EUR €140,000.00" in section
    assert "Revised" in section and "Original" in section


def test_what_each_donor_contributes(client, project):
    ministry = DonorFactory(name_nl="Ministerie van Buitenlandse Zaken", slug="bz")
    lottery = DonorFactory(name_nl="Postcode Loterij", slug="loterij")
    FundingFactory(project=project, donor=ministry)
    # A funding with an amount and no commitment transactions: the amount is the commitment.
    FundingFactory(project=project, donor=lottery, amount=25000, currency="EUR")
    transaction(project, INCOMING_COMMITMENT, "300000", provider_donor=ministry)
    transaction(project, INCOMING_COMMITMENT, "50000", currency="USD", provider_donor=ministry)
    transaction(project, INCOMING_FUNDS, "100000", provider_donor=ministry)
    transaction(project, INCOMING_FUNDS, "60000", provider_donor=ministry)

    section = money_section(client.get("/nl/projects/veilige-scholen/"))

    assert "Ministerie van Buitenlandse Zaken € 300.000,00 US$ 50.000,00 € 160.000,00" in section
    assert "Postcode Loterij € 25.000,00 –" in section


def test_spending_so_far_per_currency(client, project):
    partner = OrganisationFactory(name_nl="Partner in Oeganda")
    transaction(project, DISBURSEMENT, "40000", receiver_organisation=partner)
    transaction(project, DISBURSEMENT, "2500", receiver_organisation=partner)
    transaction(project, EXPENDITURE, "12000")
    transaction(project, EXPENDITURE, "700", currency="USD")

    section = money_section(client.get("/nl/projects/veilige-scholen/"))

    assert "Tot nu toe doorgegeven aan partners € 42.500,00" in section
    assert "Tot nu toe uitgegeven € 12.000,00 US$ 700,00" in section


def test_a_draft_donor_is_not_named_but_a_project_without_money_has_no_section(client, project):
    secret = DonorFactory(name_nl="Geheime donor", publication=Publication.DRAFT)
    FundingFactory(project=project, donor=secret, amount=1000, currency="EUR")
    transaction(project, INCOMING_FUNDS, "5000", provider_donor=secret)

    page = client.get("/nl/projects/veilige-scholen/")

    assert "Geheime donor" not in page.content.decode()
    assert "5.000" not in page.content.decode()
    assert money_section(page) == ""


def test_the_money_of_a_draft_project_is_not_shown(client):
    draft = ProjectFactory(slug="concept", publication=Publication.DRAFT)
    budget(draft, 2018, "120000")

    assert client.get("/nl/projects/concept/").status_code == 404


def test_the_number_of_queries_is_the_same_for_one_and_many_budgets(client, project):
    donor = DonorFactory()
    FundingFactory(project=project, donor=donor)
    budget(project, 2018, "1000")
    transaction(project, INCOMING_FUNDS, "100", provider_donor=donor)
    one = count_queries(client, "/nl/projects/veilige-scholen/")

    for year in range(2000, 2018):
        budget(project, year, "1000")
        budget(project, year, "1000", currency="USD")
        other = DonorFactory()
        FundingFactory(project=project, donor=other, amount=5, currency="EUR")
        first_of_year = datetime.date(year, 1, 1)
        transaction(project, INCOMING_COMMITMENT, "100", provider_donor=other, date=first_of_year)
        transaction(project, EXPENDITURE, "100", date=first_of_year)
    many = count_queries(client, "/nl/projects/veilige-scholen/")

    assert one == many == 10  # 9, and one for the results (results/selectors.py)


def test_a_new_budget_shows_at_once_on_a_cached_page(client, project, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    assert money_section(client.get("/nl/projects/veilige-scholen/")) == ""  # now cached

    budget(project, 2018, "120000")

    assert "€ 120.000,00" in money_section(client.get("/nl/projects/veilige-scholen/"))
