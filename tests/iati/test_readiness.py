"""Ready for IATI in the admin: the panel on a project's form lists what is missing, the
project list's "IATI" filter finds the projects, and both follow the same rules."""

import datetime
from decimal import Decimal

import pytest

from finances.models import Transaction
from iati import readiness
from iati.selectors import portal_network
from projects.models import Project
from results.models import Indicator, Result
from tests.admin.conftest import dutch_client, english_client
from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ProjectFactory,
    ThemeFactory,
    network_editor,
)
from tests.iati.conftest import MINISTRY_ACTIVITY

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return english_client(network_editor(username="secretariat"))


@pytest.fixture
def incomplete():
    """No English title or summary, no theme with a code, no country, no budget, a
    ministry funding without its activity id, a numeric indicator without a baseline."""
    project = ProjectFactory(
        title_nl="Onvolledig", title_en="", summary_en="", countries=[],
        themes=[ThemeFactory(slug="no-code", dac_code="")],
    )  # fmt: skip
    FundingFactory(project=project, donor=DonorFactory(iati_identifier="XM-DAC-7"))
    result = Result.objects.create(project=project, title_nl="Resultaat")
    Indicator.objects.create(result=result, title_nl="Aantal", measure="1")
    return project


def change_page(client, project):
    response = client.get(f"/admin/projects/project/{project.pk}/change/")
    assert response.status_code == 200
    return response.text


def test_the_panel_lists_what_keeps_a_project_from_iati(editor, incomplete):
    text = change_page(editor, incomplete)

    assert "Ready for IATI" in text
    for message in (
        "No organisation can report it",
        "No English title.",
        "No English summary",
        "No sector: none of its themes has a DAC sector code.",
        "No country",
        "without the ministry&#x27;s activity identifier",
        "A numeric indicator has no baseline year and value.",
        "No budget.",
    ):
        assert message in text, message
    assert "Policy markers (IATI)" in text  # the inline to add them


def test_the_panel_is_dutch_for_a_dutch_editor(incomplete):
    text = change_page(dutch_client(network_editor(username="nl")), incomplete)

    assert "Klaar voor IATI" in text
    assert "Geen Engelse titel." in text


def test_a_complete_project_is_ready(editor, full_project):
    full_project.results.filter(indicators__isnull=True).delete()

    assert "Ready for IATI: nothing is missing." in change_page(editor, full_project)


def test_the_ministrys_activity_id_on_a_transaction_is_enough(editor, incomplete):
    Transaction.objects.create(
        project=incomplete, transaction_type="1", date=datetime.date(2022, 1, 1),
        value=Decimal("10"), provider_activity_id=MINISTRY_ACTIVITY,
    )  # fmt: skip

    assert "without the ministry" not in change_page(editor, incomplete)


def listed(client, query):
    response = client.get(f"/admin/projects/project/?{query}")
    assert response.status_code == 200
    return {p.pk for p in response.context["cl"].result_list}


def test_the_list_filter_finds_ready_and_missing_projects(editor, full_project, incomplete):
    full_project.results.filter(indicators__isnull=True).delete()

    assert listed(editor, "iati=ready") == {full_project.pk}
    assert listed(editor, "iati=ministry") == {incomplete.pk}
    assert listed(editor, "iati=title_en") == {incomplete.pk}
    assert listed(editor, "iati=budget") == {incomplete.pk}
    assert (
        "missing: ministry&#x27;s activity identifier"
        in editor.get("/admin/projects/project/").text
    )


def test_the_panel_and_the_filter_follow_the_same_rules(full_project, incomplete, lead):
    ProjectFactory(lead=OrganisationFactory(), start=None, end=None)
    ProjectFactory(lead=lead, iati_identifier="NL-KVK-12345678-own")
    ProjectFactory(lead=lead, iati_identifier="NL-KVK-1234-other")
    ProjectFactory(lead=OrganisationFactory(), iati_identifier="NL-KVK-00000001-net")
    ProjectFactory(lead=OrganisationFactory(), iati_identifier="XX-wrong")
    network = portal_network()

    for rule in readiness.RULES:
        found = set(readiness.with_problem(Project.objects.all(), rule.key, network))
        checked = {p for p in Project.objects.all() if rule.applies(p, network)}
        assert found == checked, rule.key
    assert {
        p.iati_identifier
        for p in readiness.with_problem(Project.objects.all(), "identifier", network)
    } == {"NL-KVK-1234-other", "XX-wrong"}


def test_an_organisation_editor_adds_a_policy_marker_that_the_file_carries(client, lead, network):
    from tests.admin.conftest import change_form_data
    from tests.factories import organisation_editor

    project = ProjectFactory(lead=lead)
    editor = english_client(organisation_editor(lead, username="lead-editor"))
    url = f"/admin/projects/project/{project.pk}/change/"
    page = editor.get(url)
    assert "Ready for IATI" in page.text
    data = change_form_data(page)
    data.update(
        {
            "policy_markers-TOTAL_FORMS": "1",
            "policy_markers-0-code": "1",
            "policy_markers-0-significance": "2",
        }
    )

    assert editor.post(url, data).status_code == 302
    response = client.get("/iati/activities.xml")
    activity = b"".join(response.streaming_content).decode()
    assert '<policy-marker vocabulary="1" code="1" significance="2"/>' in activity
