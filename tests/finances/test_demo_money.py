"""The demo's money: the ministry's programmes with its activity identifiers, and dollars
kept apart from euros on the pages."""

import pytest

from donors.models import Donor, Funding
from finances.models import Transaction
from tests.demo.conftest import first_run  # noqa: F401  (the demo, loaded once here)
from tests.finances.test_project_page import money_section

pytestmark = pytest.mark.django_db

MINISTRY_PROGRAMMES = [
    "girls-advocacy-alliance",
    "down-to-zero",
    "child-protection-systems-justice",
]


@pytest.mark.usefixtures("first_run")
def test_the_ministrys_programmes_carry_its_identifiers():
    assert Donor.objects.get(slug="ministerie-buitenlandse-zaken").iati_identifier == "XM-DAC-7"
    for slug in MINISTRY_PROGRAMMES:
        funding = Funding.objects.get(
            project__slug=slug, donor__slug="ministerie-buitenlandse-zaken"
        )
        commitment = Transaction.objects.get(project__slug=slug, transaction_type="11")
        assert funding.donor_activity_id.startswith("XM-DAC-7-PPR-")
        assert commitment.provider_activity_id == funding.donor_activity_id
        assert commitment.provider_donor == funding.donor


@pytest.mark.usefixtures("first_run")
def test_the_demo_pages_show_budgets_donors_and_dollars_apart(client):
    alliance = money_section(client.get("/nl/projects/girls-advocacy-alliance/"))
    science = money_section(client.get("/en/projects/cpc-girls-in-science/"))
    unicef = client.get("/en/donors/unicef/").text

    # The revised 2020 budget replaces the original one: 31.7 + 0.25 million.
    assert "Totaal begroot in EUR € 32.250.000,00" in alliance
    assert "Ministerie van Buitenlandse Zaken € 32.000.000,00 € 32.000.000,00" in alliance
    assert "Total budget in USD $87,500.00" in science
    assert "€" not in science
    assert "$87,500.00" in unicef
