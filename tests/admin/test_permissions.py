"""The two staff roles: what an organisation editor may touch, and what stays out of reach."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from core.models import Publication
from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS
from organisations.models import Organisation, OrganisationKind
from projects.models import Project
from tests.admin.conftest import change_form_data, new_project_data
from tests.factories import (
    DonorFactory,
    FundingFactory,
    PartnershipFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db

REFUSED = {403, 404}


def permissions_of(group_name):
    group = Group.objects.get(name=group_name)
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def test_the_network_editors_group_runs_the_content_apps():
    granted = permissions_of(NETWORK_EDITORS)

    for model in ("organisation", "network", "membership", "project", "theme", "donor"):
        app = {"project": "projects", "theme": "projects", "donor": "donors"}.get(
            model, "organisations"
        )
        for action in ("add", "change", "delete", "view"):
            assert f"{app}.{action}_{model}" in granted
    assert "projects.view_historicalproject" in granted
    assert "projects.change_historicalproject" not in granted
    assert not any(permission.startswith("auth.") for permission in granted)


def test_the_organisation_editors_group_gets_their_part_only():
    granted = permissions_of(ORGANISATION_EDITORS)

    assert {
        "organisations.change_organisation",
        "organisations.add_organisation",
        "organisations.change_partnership",
        "projects.add_project",
        "projects.change_project",
        "projects.change_participation",
        "donors.add_donor",
        "donors.change_funding",
        "projects.view_theme",
    } <= granted
    assert not granted & {
        "organisations.delete_organisation",
        "organisations.change_network",
        "organisations.add_membership",
        "projects.change_theme",
        "donors.change_donor",
        "donors.change_instrument",
    }


def project_url(view, project):
    return reverse(f"admin:projects_project_{view}", args=[project.pk])


def test_organisation_editor_changes_their_own_project(editor_client_for, two_organisations):
    a, _b = two_organisations
    project = ProjectFactory(title_nl="Oude titel", lead=a)
    client = editor_client_for(a)

    page = client.get(project_url("change", project))
    assert page.status_code == 200
    data = change_form_data(page)
    data["title_nl"] = "Nieuwe titel"
    response = client.post(project_url("change", project), data)

    assert response.status_code == 302, response.context["errors"]
    project.refresh_from_db()
    assert project.title_nl == "Nieuwe titel"
    assert client.get(project_url("history", project)).status_code == 200


def test_organisation_editor_sees_only_their_projects_in_the_list(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    ProjectFactory(title_nl="Van A", lead=a)
    ProjectFactory(title_nl="Van B", lead=b)
    client = editor_client_for(a)

    response = client.get(reverse("admin:projects_project_changelist"))

    assert [p.title_nl for p in response.context["cl"].result_list] == ["Van A"]
    assert "Van B" not in response.text


def test_organisation_editor_is_refused_another_organisations_project(
    editor_client_for, superuser_client, two_organisations
):
    a, b = two_organisations
    theirs = ProjectFactory(title_nl="Van B", lead=b, publication=Publication.PUBLISHED)
    form = change_form_data(superuser_client.get(project_url("change", theirs)))
    form["title_nl"] = "Gekaapt"
    client = editor_client_for(a)

    assert client.get(project_url("change", theirs)).status_code in REFUSED
    assert client.post(project_url("change", theirs), form).status_code in REFUSED
    assert client.get(project_url("delete", theirs)).status_code in REFUSED
    assert client.post(project_url("delete", theirs), {"post": "yes"}).status_code in REFUSED
    assert client.get(project_url("history", theirs)).status_code in REFUSED
    version = theirs.history.earliest().history_id
    revert = reverse("admin:projects_project_simple_history", args=[theirs.pk, version])
    assert client.get(revert).status_code in REFUSED
    assert client.post(revert, form).status_code in REFUSED

    theirs.refresh_from_db()
    assert theirs.title_nl == "Van B"
    assert theirs.publication == Publication.PUBLISHED


@pytest.mark.parametrize("action", ["unpublish", "publish", "delete_selected"])
def test_a_bulk_action_with_another_organisations_project_is_refused(
    editor_client_for, two_organisations, action
):
    a, b = two_organisations
    own = ProjectFactory(lead=a, publication=Publication.DRAFT)
    theirs = ProjectFactory(lead=b, publication=Publication.PUBLISHED)
    client = editor_client_for(a)
    target = Publication.DRAFT if action == "publish" else Publication.PUBLISHED
    theirs.publication = target
    theirs.save()

    response = client.post(
        reverse("admin:projects_project_changelist"),
        {"action": action, "_selected_action": [own.pk, theirs.pk], "post": "yes"},
    )

    assert response.status_code in REFUSED
    theirs.refresh_from_db()
    own.refresh_from_db()
    assert theirs.publication == target
    assert own.publication == Publication.DRAFT


def test_organisation_editor_creates_a_project_led_by_their_organisation(
    editor_client_for, two_organisations
):
    a, _b = two_organisations
    client = editor_client_for(a)

    response = client.post(reverse("admin:projects_project_add"), new_project_data(client, a))

    assert response.status_code == 302, response.context["errors"]
    project = Project.objects.get(slug="nieuw-project")
    assert project.countries == ["LR", "SL"]
    assert project.participations.get().organisation == a


def test_organisation_editor_cannot_make_someone_else_lead_a_new_project(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    client = editor_client_for(a)

    response = client.post(reverse("admin:projects_project_add"), new_project_data(client, b))

    assert response.status_code == 200
    assert "The lead applicant must be an organisation you edit." in response.text
    assert not Project.objects.filter(slug="nieuw-project").exists()


def test_organisation_editor_cannot_hand_their_project_to_someone_else(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    project = ProjectFactory(lead=a)
    client = editor_client_for(a)
    data = change_form_data(client.get(project_url("change", project)))
    data["participations-0-organisation"] = str(b.pk)

    response = client.post(project_url("change", project), data)

    assert response.status_code == 200
    assert project.participations.get().organisation == a


def test_a_project_needs_a_lead_whoever_saves_it(network_editor_client, two_organisations):
    response = network_editor_client.post(
        reverse("admin:projects_project_add"), new_project_data(network_editor_client, None)
    )

    assert response.status_code == 200
    assert "A project needs exactly one lead applicant" in response.text
    assert not Project.objects.filter(slug="nieuw-project").exists()


def test_network_editor_edits_any_project(network_editor_client, two_organisations):
    _a, b = two_organisations
    project = ProjectFactory(title_nl="Van B", lead=b)

    page = network_editor_client.get(project_url("change", project))
    data = change_form_data(page)
    data["title_nl"] = "Door het secretariaat"
    response = network_editor_client.post(project_url("change", project), data)

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.title_nl == "Door het secretariaat"


def test_organisation_editor_edits_their_profile_but_not_its_standing(
    editor_client_for, two_organisations
):
    a, _b = two_organisations
    a.publication = Publication.DRAFT
    a.save()
    client = editor_client_for(a)
    url = reverse("admin:organisations_organisation_change", args=[a.pk])
    data = change_form_data(client.get(url))
    data.update(
        {
            "mission_nl": "Nieuwe missie.",
            "kind": OrganisationKind.NETWORK,
            "publication": Publication.PUBLISHED,
            "is_portal_network": "on",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    a.refresh_from_db()
    assert a.mission_nl == "Nieuwe missie."
    assert a.kind == OrganisationKind.NGO
    assert a.publication == Publication.DRAFT
    assert not a.is_portal_network


def test_organisation_editor_does_not_see_other_partnerships_or_organisations(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    own = PartnershipFactory(organisation=a)
    theirs = PartnershipFactory(organisation=b)
    client = editor_client_for(a)

    listing = client.get(reverse("admin:organisations_partnership_changelist"))
    assert list(listing.context["cl"].result_list) == [own]
    other_partnership = reverse("admin:organisations_partnership_change", args=[theirs.pk])
    assert client.get(other_partnership).status_code in REFUSED
    other_profile = reverse("admin:organisations_organisation_change", args=[b.pk])
    assert client.get(other_profile).status_code in REFUSED
    organisations = client.get(reverse("admin:organisations_organisation_changelist"))
    assert list(organisations.context["cl"].result_list) == [a]


def test_organisation_editor_picks_any_partner_but_only_their_projects(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    own = ProjectFactory(lead=a)
    ProjectFactory(lead=b)
    client = editor_client_for(a)
    autocomplete = reverse("admin:autocomplete")

    partners = client.get(
        autocomplete,
        {"app_label": "organisations", "model_name": "partnership", "field_name": "partner"},
    ).json()
    projects = client.get(
        autocomplete, {"app_label": "donors", "model_name": "funding", "field_name": "project"}
    ).json()

    assert {item["id"] for item in partners["results"]} >= {str(a.pk), str(b.pk)}
    assert [item["id"] for item in projects["results"]] == [str(own.pk)]


def test_organisation_editor_cannot_fund_another_organisations_project(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    theirs = ProjectFactory(lead=b)
    donor = DonorFactory()
    FundingFactory(project=ProjectFactory(lead=a), donor=donor)
    client = editor_client_for(a)
    add = reverse("admin:donors_funding_add")
    data = change_form_data(client.get(add))
    data.update({"project": str(theirs.pk), "donor": str(donor.pk)})

    response = client.post(add, data)

    assert response.status_code == 200
    assert not theirs.fundings.exists()


def test_organisation_editor_adds_an_outside_body_and_a_donor(editor_client_for, two_organisations):
    a, _b = two_organisations
    client = editor_client_for(a)
    add = reverse("admin:organisations_organisation_add")
    data = change_form_data(client.get(add))
    data.update({"name_nl": "Gemeente Leiden", "slug": "gemeente-leiden", "kind": "public_body"})

    response = client.post(add, data)

    assert response.status_code == 302, response.context["errors"]
    added = Organisation.objects.get(slug="gemeente-leiden")
    assert added.kind == OrganisationKind.PUBLIC_BODY
    assert added.publication == Publication.DRAFT  # the secretariat publishes
    assert client.get(reverse("admin:donors_donor_add")).status_code == 200


def test_only_network_editors_set_an_organisations_charity_marks(
    editor_client_for, network_editor_client, two_organisations
):
    a, _b = two_organisations
    url = reverse("admin:organisations_organisation_change", args=[a.pk])
    editor = editor_client_for(a)
    page = editor.get(url)
    data = change_form_data(page)
    data.update({"anbi_rsin": "111222333", "cbf_recognised": "on", "mission_nl": "Nieuw."})

    response = editor.post(url, data)  # crafted: the form shows no inputs for them

    assert "Ask the secretariat" in page.text
    assert response.status_code == 302, response.context["errors"]
    a.refresh_from_db()
    assert a.mission_nl == "Nieuw."
    assert (a.anbi_rsin, a.cbf_recognised) == ("", False)

    data = change_form_data(network_editor_client.get(url))
    data.update({"anbi_rsin": "111222333", "cbf_recognised": "on"})
    assert network_editor_client.post(url, data).status_code == 302
    a.refresh_from_db()
    assert (a.anbi_rsin, a.cbf_recognised) == ("111222333", True)
