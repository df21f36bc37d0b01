"""Admin test helpers: logged-in clients in English or Dutch, a change form's data as posted,
two organisations and a new project's form."""

import datetime

import pytest
from django import forms
from django.db.models import Model
from django.db.models.fields.files import FieldFile
from django.test import Client
from django.urls import reverse

from projects.models import ParticipationRole
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    network_editor,
    organisation_editor,
    staff_login,
)


def english_client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    staff_login(client, user)
    return client


def dutch_client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    staff_login(client, user)
    return client


@pytest.fixture
def superuser_client():
    return english_client(UserFactory(username="root", is_superuser=True))


@pytest.fixture
def network_editor_client():
    return english_client(network_editor(username="secretariat"))


@pytest.fixture
def editor_client_for():
    """editor_client_for(organisation, ...) -> a client of an organisation editor."""

    def make(*organisations, username="editor"):
        return english_client(organisation_editor(*organisations, username=username))

    return make


def _encode(value):
    if value is None:
        return ""
    if isinstance(value, Model):
        return str(value.pk)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return str(value)


def _add_form(data: dict, form) -> None:
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
            value = list(value or [])
        if isinstance(value, FieldFile):
            continue  # an unchanged file input is posted empty
        if isinstance(value, bool):
            if value:
                data[key] = "on"
            continue
        if isinstance(value, list | tuple):
            data[key] = [_encode(item) for item in value]
            continue
        data[key] = _encode(value)


def change_form_data(response) -> dict:
    """What the browser would post back unchanged from an admin add or change page."""
    data: dict = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = _encode(management[name].value())
        for form in formset.forms:
            _add_form(data, form)
    return data


@pytest.fixture
def two_organisations():
    return OrganisationFactory(name_nl="Organisatie A"), OrganisationFactory(
        name_nl="Organisatie B"
    )


def new_project_data(client, lead):
    """A new project's add form as posted, led by `lead` (or without a lead)."""
    data = change_form_data(client.get(reverse("admin:projects_project_add")))
    data.update(
        {
            "title_nl": "Nieuw project",
            "slug": "nieuw-project",
            "summary_nl": "Kort.",
            "countries": ["SL", "LR"],
            "participations-0-organisation": str(lead.pk) if lead else "",
            "participations-0-role": ParticipationRole.LEAD if lead else "",
        }
    )
    return data
