"""Change history, image uploads and deleting things still in use, through the admin."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from donors.models import Donor
from organisations.models import Organisation
from projects.models import ProjectTheme, Theme
from tests.admin.conftest import change_form_data
from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_the_history_page_shows_who_changed_what(network_editor_client):
    project = ProjectFactory(title_nl="Oude titel")
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(network_editor_client.get(url))
    data["title_nl"] = "Nieuwe titel"
    assert network_editor_client.post(url, data).status_code == 302

    page = network_editor_client.get(reverse("admin:projects_project_history", args=[project.pk]))

    assert page.status_code == 200
    assert "secretariat" in page.text
    assert "Oude titel" in page.text
    assert "Nieuwe titel" in page.text
    assert project.history.first().history_user.username == "secretariat"


def test_a_network_keeps_history_when_edited_as_a_network(network_editor_client):
    network = OrganisationFactory(kind="network", name_nl="Oud netwerk")
    url = reverse("admin:organisations_network_change", args=[network.pk])
    data = change_form_data(network_editor_client.get(url))
    data["name_nl"] = "Nieuw netwerk"
    assert network_editor_client.post(url, data).status_code == 302

    history = network_editor_client.get(
        reverse("admin:organisations_network_history", args=[network.pk]), follow=True
    )

    assert "Oud netwerk" in history.text and "Nieuw netwerk" in history.text


def png_bytes(size=(40, 40), noise=False) -> bytes:
    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, "orange")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("filename", "content", "content_type"),
    [
        ("logo.svg", SVG, "image/svg+xml"),
        ("logo.png", b"this is only text", "image/png"),
        ("logo.png", png_bytes((1200, 1000), noise=True), "image/png"),
    ],
    ids=["svg", "text-named-png", "over-2-mb"],
)
def test_a_bad_logo_is_refused_and_nothing_is_saved(
    superuser_client, filename, content, content_type
):
    organisation = OrganisationFactory(name_nl="Zonder logo")
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    data = change_form_data(superuser_client.get(url))
    data["name_nl"] = "Met logo"
    data["logo"] = SimpleUploadedFile(filename, content, content_type=content_type)

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["logo"]
    organisation.refresh_from_db()
    assert organisation.name_nl == "Zonder logo"
    assert not organisation.logo


def test_a_good_logo_is_accepted(superuser_client):
    organisation = OrganisationFactory()
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    data = change_form_data(superuser_client.get(url))
    data["logo"] = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")

    response = superuser_client.post(url, data)

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.logo.name.endswith(".png")


def test_a_theme_in_use_cannot_be_deleted(superuser_client):
    theme = ThemeFactory(name_nl="Kinderhandel", name_en="Child trafficking")
    ProjectFactory(title_nl="Veilig onderweg", title_en="Safe on the way", themes=[theme])
    url = reverse("admin:projects_theme_delete", args=[theme.pk])

    page = superuser_client.get(url)
    superuser_client.post(url, {"post": "yes"})

    assert "would require deleting the following protected related objects" in page.text
    assert "Project: Safe on the way" in page.text
    assert Theme.objects.filter(pk=theme.pk).exists()
    assert ProjectTheme.objects.filter(theme=theme).exists()


def test_an_organisation_leading_a_project_cannot_be_deleted(superuser_client):
    organisation = OrganisationFactory()
    ProjectFactory(title_nl="Veilig thuis", title_en="Safe at home", lead=organisation)
    url = reverse("admin:organisations_organisation_delete", args=[organisation.pk])

    page = superuser_client.get(url)
    superuser_client.post(url, {"post": "yes"})
    superuser_client.post(
        reverse("admin:organisations_organisation_changelist"),
        {"action": "delete_selected", "_selected_action": [organisation.pk], "post": "yes"},
    )

    assert "protected related objects" in page.text
    assert "Participation: " in page.text
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_a_donor_funding_a_project_cannot_be_deleted(superuser_client):
    donor = DonorFactory()
    FundingFactory(donor=donor)
    url = reverse("admin:donors_donor_delete", args=[donor.pk])

    page = superuser_client.get(url)
    superuser_client.post(url, {"post": "yes"})

    assert "protected related objects" in page.text
    assert "Funding: " in page.text
    assert Donor.objects.filter(pk=donor.pk).exists()


def test_a_theme_not_in_use_can_be_deleted(superuser_client):
    theme = ThemeFactory()
    url = reverse("admin:projects_theme_delete", args=[theme.pk])

    response = superuser_client.post(url, {"post": "yes"})

    assert response.status_code == 302
    assert not Theme.objects.filter(pk=theme.pk).exists()
