"""The admin's search-as-you-type fields offer an organisation editor only what they may see."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from core.models import Publication
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

# Every autocomplete field that offers organisations to an organisation editor.
ORGANISATION_FIELDS = [
    ("organisations", "partnership", "partner"),
    ("organisations", "membership", "member"),
    ("projects", "participation", "organisation"),
    ("donors", "donor", "organisation"),
    ("donors", "instrument", "managed_by"),
]


def organisation(name, publication=Publication.PUBLISHED):
    return OrganisationFactory(name_nl=name, name_en=name, publication=publication)


@pytest.fixture
def organisations():
    return {
        "own draft": organisation("Zoekterm eigen", Publication.DRAFT),
        "published": organisation("Zoekterm gepubliceerd"),
        "foreign draft": organisation("Zoekterm geheim", Publication.DRAFT),
    }


def offered(client, app_label, model_name, field_name, term="Zoekterm"):
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200, (model_name, field_name)
    return {item["text"] for item in response.json()["results"]}


@pytest.mark.parametrize(("app_label", "model_name", "field_name"), ORGANISATION_FIELDS)
def test_an_organisation_editor_is_offered_published_organisations_and_their_own(
    editor_client_for, organisations, app_label, model_name, field_name
):
    client = editor_client_for(organisations["own draft"])

    names = offered(client, app_label, model_name, field_name)

    assert "Zoekterm eigen" in names
    assert "Zoekterm gepubliceerd" in names
    assert "Zoekterm geheim" not in names


def test_the_secretariat_is_offered_drafts_too(network_editor_client, organisations):
    names = offered(network_editor_client, "organisations", "partnership", "partner")

    assert names == {"Zoekterm eigen", "Zoekterm gepubliceerd", "Zoekterm geheim"}


def test_the_demo_editor_is_not_offered_another_organisations_draft(organisations):
    call_command("load_demo", verbosity=0)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(get_user_model().objects.get(username="cpc-redactie"))

    names = offered(client, "organisations", "partnership", "partner")

    assert "Zoekterm gepubliceerd" in names
    assert "Zoekterm geheim" not in names
