"""The Dutch admin speaks Dutch: Django's messages with the article the model's name takes."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.admin.conftest import change_form_data
from tests.factories import (
    OrganisationFactory,
    ProjectFactory,
    ThemeFactory,
    network_editor,
    organisation_editor,
    staff_login,
)

pytestmark = pytest.mark.django_db


def dutch_client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    staff_login(client, user)
    return client


def saved_message(client, url, **extra) -> str:
    """Posts the change form back as shown (plus `extra`) and returns the message shown."""
    data = change_form_data(client.get(url)) | extra
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    (message,) = response.context["messages"]
    return str(message)


def test_a_changed_project_is_het_project(network_editor_client):
    project = ProjectFactory(title_nl="Veilige scholen")
    client = dutch_client(network_editor(username="secretariaat"))

    message = saved_message(client, reverse("admin:projects_project_change", args=[project.pk]))

    assert message.startswith("Het project “<a href=")
    assert message.endswith(">Veilige scholen</a>” is gewijzigd.")


def test_a_changed_organisation_is_de_organisatie_for_its_own_editor():
    organisation = OrganisationFactory(name_nl="Stichting Kinderstem")
    client = dutch_client(organisation_editor(organisation, username="redacteur"))
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])

    message = saved_message(client, url, _continue="1")

    assert message.startswith("De organisatie “<a href=")
    assert message.endswith(
        ">Stichting Kinderstem</a>” is gewijzigd. Je kunt deze hieronder verder bewerken."
    )


def test_a_network_and_a_theme_are_het_words():
    client = dutch_client(network_editor(username="secretariaat"))
    network = OrganisationFactory(kind="network", name_nl="Kindernetwerk")
    theme = ThemeFactory(name_nl="Onderwijs")

    changed = saved_message(
        client, reverse("admin:organisations_network_change", args=[network.pk]), _continue="1"
    )
    deleted = client.post(
        reverse("admin:projects_theme_delete", args=[theme.pk]), {"post": "yes"}, follow=True
    )

    assert changed.startswith("Het netwerk “")
    assert changed.endswith("is gewijzigd. Je kunt het hieronder verder bewerken.")
    assert [str(m) for m in deleted.context["messages"]] == ["Het thema “Onderwijs” is verwijderd."]


def test_english_keeps_djangos_wording(network_editor_client):
    project = ProjectFactory(title_en="Safe schools")
    url = reverse("admin:projects_project_change", args=[project.pk])

    message = saved_message(network_editor_client, url)

    assert message.startswith("The project “<a href=")
    assert message.endswith(">Safe schools</a>” was changed successfully.")
