"""Trust on profiles (issue #16): an organisation's editors keep its annual reports, its
safeguarding policy and its complaints contact; only network editors set the charity marks,
the CBF seal's date among them."""

import datetime

import pytest
from django.urls import reverse

from tests.admin.conftest import change_form_data

pytestmark = pytest.mark.django_db


def test_an_editor_keeps_the_documents_but_not_the_cbf_date(
    editor_client_for, network_editor_client, two_organisations
):
    organisation, _other = two_organisations
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    editor = editor_client_for(organisation)
    data = change_form_data(editor.get(url))
    data.update(
        {
            "safeguarding_policy": "https://wg.example.org/beleid",
            "complaints_email": "klacht@wg.example.org",
            "cbf_recognised": "on",  # crafted: the form shows no inputs for these
            "cbf_recognised_since": "2020-01-01",
            "annual_reports-TOTAL_FORMS": "1",
            "annual_reports-0-year": "2024",
            "annual_reports-0-url": "https://wg.example.org/jaarverslag-2024.pdf",
        }
    )

    response = editor.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    organisation.refresh_from_db()
    assert organisation.safeguarding_policy == "https://wg.example.org/beleid"
    assert organisation.complaints_email == "klacht@wg.example.org"
    assert list(organisation.annual_reports.values_list("year", flat=True)) == [2024]
    assert (organisation.cbf_recognised, organisation.cbf_recognised_since) == (False, None)

    data = change_form_data(network_editor_client.get(url))
    data.update({"cbf_recognised": "on", "cbf_recognised_since": "2020-01-01"})
    assert network_editor_client.post(url, data).status_code == 302
    organisation.refresh_from_db()
    assert organisation.cbf_recognised_since == datetime.date(2020, 1, 1)
