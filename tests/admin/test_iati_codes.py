"""Codes that end up in the IATI files are checked against the shipped lists in the admin."""

import pytest
from django.urls import reverse

from projects.models import Theme
from tests.admin.conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_a_theme_with_a_code_outside_the_dac_sector_list_is_refused(network_editor_client):
    theme = Theme.objects.create(name_nl="Kinderbescherming", slug="kb", dac_code="15160")
    url = reverse("admin:projects_theme_change", args=[theme.pk])
    data = change_form_data(network_editor_client.get(url))
    data["dac_code"] = "11321"  # withdrawn in 2019
    response = network_editor_client.post(url, data)
    assert response.status_code == 200
    assert "11321 is not a code of the IATI list Sector." in response.content.decode()
    theme.refresh_from_db()
    assert theme.dac_code == "15160"
