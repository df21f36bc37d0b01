"""Forms that check what they should: registration numbers by their check digits."""

import pytest
from django.urls import reverse

from tests.admin.conftest import change_form_data
from tests.factories import OrganisationFactory

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
