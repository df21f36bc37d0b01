"""Budgets and transactions on the project form: an organisation editor enters the money
of the projects their organisation leads and of no other, and bad amounts, periods and
currencies are refused with a message, nothing saved."""

from decimal import Decimal

import pytest
from django.urls import reverse

from core.models import Publication
from donors.models import Donor, Funding
from finances.models import Budget, Transaction
from tests.admin.conftest import change_form_data
from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ProjectFactory
from tests.finances.conftest import budget, transaction

pytestmark = pytest.mark.django_db

REFUSED = (403, 404)


def project_url(project):
    return reverse("admin:projects_project_change", args=[project.pk])


def with_new_row(data: dict, prefix: str, values: dict) -> dict:
    """The form's data with one more row in an inline ("budgets", "transactions")."""
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data = dict(data)
    data[f"{prefix}-TOTAL_FORMS"] = str(total + 1)
    for name, value in values.items():
        data[f"{prefix}-{total}-{name}"] = value
    return data


def new_budget(**changes):
    return {
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "budget_type": "1",
        "status": "1",
        "value": "120000",
        "currency": "EUR",
        **changes,
    }


def new_transaction(**changes):
    return {
        "transaction_type": "11",
        "date": "2024-02-01",
        "value": "50000",
        "currency": "EUR",
        **changes,
    }


@pytest.fixture
def own_project(two_organisations):
    return ProjectFactory(title_nl="Van A", lead=two_organisations[0])


def form_data(client, project):
    page = client.get(project_url(project))
    assert page.status_code == 200
    return change_form_data(page)


def test_the_project_form_has_budgets_and_transactions(network_editor_client, own_project):
    page = network_editor_client.get(project_url(own_project))

    assert 'id="budgets-group"' in page.text
    assert 'id="transactions-group"' in page.text
    assert "provider_activity_id" in page.text


def test_an_organisation_editor_adds_money_to_their_own_project(
    editor_client_for, two_organisations, own_project
):
    ministry = DonorFactory(name_nl="Ministerie van Buitenlandse Zaken")
    partner = two_organisations[1]
    client = editor_client_for(two_organisations[0])
    data = form_data(client, own_project)
    data = with_new_row(data, "budgets", new_budget())
    data = with_new_row(
        data,
        "transactions",
        new_transaction(
            provider_donor=str(ministry.pk), provider_activity_id="XM-DAC-7-PPR-4000001234"
        ),
    )
    data = with_new_row(
        data,
        "transactions",
        new_transaction(transaction_type="3", value="20000", receiver_organisation=str(partner.pk)),
    )

    response = client.post(project_url(own_project), data)

    assert response.status_code == 302, response.context["errors"]
    assert list(own_project.budgets.values_list("value", "currency")) == [
        (Decimal("120000.00"), "EUR")
    ]
    commitment, disbursement = own_project.transactions.order_by("transaction_type")
    assert commitment.provider_donor == ministry
    assert commitment.provider_activity_id == "XM-DAC-7-PPR-4000001234"
    assert disbursement.receiver_organisation == partner


def test_an_organisation_editor_cannot_touch_another_organisations_money(
    editor_client_for, superuser_client, two_organisations
):
    theirs = ProjectFactory(title_nl="Van B", lead=two_organisations[1])
    their_budget = budget(theirs, 2020, "1000")
    form = change_form_data(superuser_client.get(project_url(theirs)))
    forged = with_new_row(form, "budgets", new_budget())
    forged["budgets-0-value"] = "1"
    client = editor_client_for(two_organisations[0])

    assert client.get(project_url(theirs)).status_code in REFUSED
    assert client.post(project_url(theirs), forged).status_code in REFUSED

    their_budget.refresh_from_db()
    assert their_budget.value == Decimal("1000")
    assert theirs.budgets.count() == 1


def test_a_forged_row_of_another_project_is_not_changed_through_ones_own(
    editor_client_for, two_organisations, own_project
):
    theirs = ProjectFactory(title_nl="Van B", lead=two_organisations[1])
    their_budget = budget(theirs, 2020, "1000")
    their_transaction = transaction(theirs, "4", "500")
    client = editor_client_for(two_organisations[0])
    data = form_data(client, own_project)
    # Rows that claim to be the other project's budget and transaction.
    data = with_new_row(data, "budgets", new_budget(id=str(their_budget.pk), value="1"))
    data = with_new_row(
        data, "transactions", new_transaction(id=str(their_transaction.pk), value="1")
    )
    for prefix in ("budgets", "transactions"):
        data[f"{prefix}-INITIAL_FORMS"] = data[f"{prefix}-TOTAL_FORMS"]

    client.post(project_url(own_project), data)

    their_budget.refresh_from_db()
    their_transaction.refresh_from_db()
    assert their_budget.value == Decimal("1000")
    assert their_budget.project == theirs
    assert their_transaction.value == Decimal("500")
    assert their_transaction.project == theirs


def test_an_organisation_editor_cannot_name_another_members_draft(
    editor_client_for, two_organisations, own_project
):
    hidden = OrganisationFactory(name_nl="Concept", publication=Publication.DRAFT)
    client = editor_client_for(two_organisations[0])
    data = with_new_row(
        form_data(client, own_project),
        "transactions",
        new_transaction(transaction_type="3", receiver_organisation=str(hidden.pk)),
    )

    response = client.post(project_url(own_project), data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Transaction.objects.exists()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (new_budget(period_end="2025-06-30"), "A budget period is at most one year"),
        (new_budget(period_end="2023-12-31"), "The end cannot be before the start."),
        (new_budget(currency="EUX"), "EUX is not a code of the IATI list Currency."),
        (new_budget(value="-5"), "A budget cannot be negative."),
    ],
)
def test_a_bad_budget_is_refused_with_a_message(network_editor_client, own_project, row, message):
    data = with_new_row(form_data(network_editor_client, own_project), "budgets", row)

    response = network_editor_client.post(project_url(own_project), data)

    assert response.status_code == 200
    assert message in response.text
    assert not Budget.objects.exists()


def test_a_transaction_from_a_donor_and_an_organisation_at_once_is_refused(
    network_editor_client, own_project, two_organisations
):
    data = with_new_row(
        form_data(network_editor_client, own_project),
        "transactions",
        new_transaction(
            provider_donor=str(DonorFactory().pk),
            provider_organisation=str(two_organisations[1].pk),
        ),
    )

    response = network_editor_client.post(project_url(own_project), data)

    assert response.status_code == 200
    assert "Choose a donor or an organisation, not both." in response.text
    assert not Transaction.objects.exists()


def test_nothing_of_the_money_is_required(network_editor_client, own_project):
    data = form_data(network_editor_client, own_project)
    data["title_nl"] = "Zonder geld"

    response = network_editor_client.post(project_url(own_project), data)

    assert response.status_code == 302
    own_project.refresh_from_db()
    assert own_project.title_nl == "Zonder geld"


def test_the_donor_and_the_funding_take_their_iati_identifiers(network_editor_client):
    donor = DonorFactory(slug="bz")
    funding = FundingFactory(donor=donor, project=ProjectFactory(lead=OrganisationFactory()))
    donor_url = reverse("admin:donors_donor_change", args=[donor.pk])
    donor_data = change_form_data(network_editor_client.get(donor_url))
    donor_data["iati_identifier"] = "XM-DAC-7"
    project_data = form_data(network_editor_client, funding.project)
    (key,) = [key for key in project_data if key.endswith("-0-donor_activity_id")]
    project_data[key] = "XM-DAC-7-PPR-4000001234"

    assert network_editor_client.post(donor_url, donor_data).status_code == 302
    assert network_editor_client.post(project_url(funding.project), project_data).status_code == 302

    assert Donor.objects.get(pk=donor.pk).iati_identifier == "XM-DAC-7"
    assert Funding.objects.get(pk=funding.pk).donor_activity_id == "XM-DAC-7-PPR-4000001234"
