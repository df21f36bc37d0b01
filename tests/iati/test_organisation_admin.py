"""The organisation form's "Open data (IATI)" fieldset: default types for every
organisation, and the open-data licence on the portal network's form only."""

import pytest

from tests.admin.conftest import dutch_client
from tests.factories import OrganisationFactory, network_editor

pytestmark = pytest.mark.django_db


def test_the_default_types_and_the_networks_licence_are_on_the_forms(network):
    client = dutch_client(network_editor(username="secretariat"))
    member = OrganisationFactory()

    page = client.get(f"/admin/organisations/organisation/{member.pk}/change/").text
    assert "Open data (IATI)" in page
    assert 'name="default_aid_type"' in page
    assert 'name="open_data_licence"' not in page
    for url in (
        f"/admin/organisations/organisation/{network.pk}/change/",
        f"/admin/organisations/network/{network.pk}/change/",
    ):
        page = client.get(url).text
        assert 'name="open_data_licence"' in page
        assert 'name="default_tied_status"' in page


def test_the_network_sets_its_licence_and_defaults(network):
    client = dutch_client(network_editor(username="secretariat"))
    from tests.admin.conftest import change_form_data

    url = f"/admin/organisations/network/{network.pk}/change/"
    data = change_form_data(client.get(url))
    data.update({"open_data_licence": "CC0-1.0", "default_flow_type": "10"})

    assert client.post(url, data).status_code == 302
    network.refresh_from_db()
    assert (network.open_data_licence, network.default_flow_type) == ("CC0-1.0", "10")
