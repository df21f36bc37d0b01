"""The admin: network editors keep campaigns; signatures are read-only, and only staff with
the export permission download the confirmed ones."""

import csv
import io

import pytest
from django.urls import reverse

from campaigns.models import Campaign, Signature
from tests.admin.conftest import change_form_data
from tests.factories import (
    CampaignFactory,
    SignatureFactory,
    UserFactory,
    network_editor,
    organisation_editor,
    staff_login,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = network_editor()
    staff_login(client, user)
    return user


def export_url(campaign):
    return reverse("admin:campaigns_campaign_signatures_csv", args=[campaign.pk])


def download(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_export_holds_only_confirmed_signatures_made_safe(client, editor):
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign, name="=HYPERLINK(1)", email="a@example.org")
    SignatureFactory(campaign=campaign, name="Unconfirmed", confirmed_at=None)
    SignatureFactory(name="Another campaign")

    response = client.get(export_url(campaign))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = download(response)
    assert rows[0][:3] == ["name", "email", "place"]
    assert [row[:2] for row in rows[1:]] == [["'=HYPERLINK(1)", "a@example.org"]]


def test_the_export_is_refused_without_the_permission(client):
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign)
    staff_login(client, UserFactory())
    assert client.get(export_url(campaign)).status_code == 403


def test_the_export_is_refused_to_an_organisation_editor(client):
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign)
    staff_login(client, organisation_editor(*campaign.organisations.all()))
    assert client.get(export_url(campaign)).status_code == 403
    assert client.get(reverse("admin:campaigns_signature_changelist")).status_code == 403
    assert client.get(reverse("admin:campaigns_campaign_changelist")).status_code == 403


def test_network_editors_list_and_edit_campaigns_with_counts(client, editor):
    campaign = CampaignFactory(title_nl="Telbare campagne", erased_signature_count=2)
    SignatureFactory(campaign=campaign)
    SignatureFactory(campaign=campaign, confirmed_at=None)

    listing = client.get(reverse("admin:campaigns_campaign_changelist"))
    assert listing.status_code == 200
    assert "Telbare campagne" in listing.text
    form = client.get(reverse("admin:campaigns_campaign_change", args=[campaign.pk]))
    assert form.status_code == 200
    assert export_url(campaign) in form.text
    assert client.get(reverse("admin:campaigns_campaign_add")).status_code == 200


def test_the_admin_saves_a_campaign_with_clean_rich_text(client, editor):
    partner = CampaignFactory().organisations.get()
    data = change_form_data(client.get(reverse("admin:campaigns_campaign_add")))
    data.update(
        {
            "title_nl": "Nieuwe campagne",
            "title_en": "New campaign",
            "slug": "nieuwe-campagne",
            "publication": "published",
            "summary_nl": "Kort.",
            "summary_en": "Short.",
            "body_nl": '<p onclick="x()">Tekst</p><script>x()</script>',
            "body_en": "",
            "start": "2026-01-01",
            "start_precision": "day",
            "end": "",
            "end_precision": "day",
            "organisations": [partner.pk],
            "has_petition": "on",
            "signature_goal": "100",
        }
    )
    response = client.post(reverse("admin:campaigns_campaign_add"), data)
    assert response.status_code == 302, response.text[:3000]
    campaign = Campaign.objects.get(slug="nieuwe-campagne")
    assert campaign.body_nl == "<p>Tekst</p>"


def test_signatures_are_read_only(client, editor):
    signature = SignatureFactory(name="Ada Lovelace")
    listing = client.get(reverse("admin:campaigns_signature_changelist"))
    assert listing.status_code == 200 and "Ada Lovelace" in listing.text
    page = client.get(reverse("admin:campaigns_signature_change", args=[signature.pk]))
    assert page.status_code == 200
    assert 'name="name"' not in page.text
    assert client.get(reverse("admin:campaigns_signature_add")).status_code == 403
    response = client.post(
        reverse("admin:campaigns_signature_change", args=[signature.pk]), {"name": "Changed"}
    )
    assert response.status_code == 403
    assert Signature.objects.get().name == "Ada Lovelace"
