"""The privacy and accessibility statements are kept up to date by the secretariat."""

import pytest

from cpcportal.models import SitePage, SitePageKey
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def privacy_page():
    return SitePage.objects.get(key=SitePageKey.PRIVACY)


def test_a_network_editor_edits_the_privacy_statement(network_editor_client, client):
    page = privacy_page()
    url = f"/admin/cpcportal/sitepage/{page.pk}/change/"

    form = network_editor_client.get(url)
    assert form.status_code == 200

    data = {
        name: value
        for name, value in {
            "title_nl": page.title_nl,
            "title_en": page.title_en,
            "body_nl": "<p>Nieuwe privacyverklaring.</p>",
            "body_en": page.body_en,
            "version": "2026-2",
        }.items()
        if value is not None
    }
    response = network_editor_client.post(url, data)

    assert response.status_code == 302, response.content[:2000]
    assert "Nieuwe privacyverklaring." in client.get("/nl/privacy/").text


def test_an_organisation_editor_cannot_edit_the_privacy_statement(editor_client_for):
    editor = editor_client_for(OrganisationFactory())
    page = privacy_page()

    response = editor.get(f"/admin/cpcportal/sitepage/{page.pk}/change/")

    assert response.status_code == 403
