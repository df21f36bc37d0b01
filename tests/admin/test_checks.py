"""Forms that check what they should: registration numbers by their check digits, and a
funding's amount only together with its currency."""

import re

import pytest
from django.urls import reverse

from donors.models import Funding
from tests.admin.conftest import change_form_data
from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

WRONG_RSIN = "This is not a valid RSIN: its check digit does not match."
WRONG_BE = "This is not a valid Belgian enterprise number: its check digits do not match."


@pytest.fixture
def organisation():
    return OrganisationFactory(name_nl="Organisatie A")


def post_organisation(client, organisation, **changes):
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    data = change_form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


@pytest.mark.parametrize(
    ("field", "number", "message"),
    [
        ("anbi_rsin", "123456789", WRONG_RSIN),  # the number the issue saw accepted
        ("anbi_rsin", "111222334", WRONG_RSIN),
        ("anbi_rsin", "000000000", WRONG_RSIN),
        ("anbi_rsin", "11122233", "An RSIN has nine digits."),
        ("anbi_rsin", "11122233x", "An RSIN has nine digits."),
        ("kvk_number", "6959908", "A KvK number has eight digits."),
        ("kvk_number", "6959908a", "A KvK number has eight digits."),
        ("be_enterprise_number", "0123.456.789", WRONG_BE),
        ("be_enterprise_number", "0566.988.258", WRONG_BE),
        ("be_enterprise_number", "0566988259", "Write it as 0123.456.789."),
    ],
)
def test_a_registration_number_that_fails_its_check_is_refused(
    network_editor_client, organisation, field, number, message
):
    response = post_organisation(network_editor_client, organisation, **{field: number})

    assert response.status_code == 200
    assert message in response.text
    organisation.refresh_from_db()
    assert getattr(organisation, field) == ""


@pytest.mark.parametrize(
    ("field", "number"),
    [
        ("anbi_rsin", "111222333"),
        ("anbi_rsin", "002785055"),
        ("kvk_number", "69599084"),
        ("be_enterprise_number", "0566.988.259"),
        ("be_enterprise_number", "0123.456.749"),
    ],
)
def test_a_registration_number_that_passes_its_check_is_saved(
    network_editor_client, organisation, field, number
):
    response = post_organisation(network_editor_client, organisation, **{field: number})

    assert response.status_code == 302, response.context["errors"]
    organisation.refresh_from_db()
    assert getattr(organisation, field) == number


def test_the_kvk_field_says_that_only_its_form_is_checked(network_editor_client, organisation):
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])

    assert "KvK numbers have no public check digit" in network_editor_client.get(url).text


# --- a funding's amount and currency ---------------------------------------------------


def project_url(project):
    return reverse("admin:projects_project_change", args=[project.pk])


def post_funding(client, funding, **changes):
    """The project form posted back with the first funding row changed."""
    data = change_form_data(client.get(project_url(funding.project)))
    (prefix,) = {key.removesuffix("amount") for key in data if key.endswith("-0-amount")}
    data.update({prefix + name: value for name, value in changes.items()})
    return client.post(project_url(funding.project), data)


def test_a_new_funding_row_shows_no_currency(network_editor_client):
    project = ProjectFactory()

    page = network_editor_client.get(project_url(project))

    assert page.status_code == 200
    # The row "Add another funding" copies (a budget's and a transaction's default to EUR).
    (currency,) = re.findall(r'<input[^>]*id="id_fundings-__prefix__-currency"[^>]*>', page.text)
    assert 'value="EUR"' not in currency


def test_an_amount_without_a_currency_is_refused(network_editor_client):
    funding = FundingFactory(amount=None, currency="")

    response = post_funding(network_editor_client, funding, amount="25000", currency="")

    assert response.status_code == 200
    assert "Choose the currency of the amount." in response.text
    funding.refresh_from_db()
    assert (funding.amount, funding.currency) == (None, "")


def test_a_currency_without_an_amount_is_refused(network_editor_client):
    funding = FundingFactory(amount=None, currency="")

    response = post_funding(network_editor_client, funding, amount="", currency="USD")

    assert response.status_code == 200
    assert "Fill in the amount in this currency, or leave the currency empty." in response.text
    funding.refresh_from_db()
    assert (funding.amount, funding.currency) == (None, "")


def test_an_amount_with_its_currency_is_saved(network_editor_client):
    funding = FundingFactory(amount=None, currency="", donor=DonorFactory())

    response = post_funding(network_editor_client, funding, amount="25000", currency="USD")

    assert response.status_code == 302, response.context["errors"]
    funding = Funding.objects.get(pk=funding.pk)
    assert (funding.amount, funding.currency) == (25000, "USD")
