"""The start page's "recent changes": what was saved across the portal, by whom, linked to
the item's history (diff and restore), for network editors only."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core import recent_changes
from cpcportal.models import SitePage
from projects.models import Project
from tests.admin.conftest import change_form_data
from tests.admin.test_dutch_admin import dutch_client
from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ProjectFactory,
    network_editor,
)

pytestmark = pytest.mark.django_db


def test_an_organisation_editors_change_appears_with_its_fields_and_history_link(
    editor_client_for, network_editor_client
):
    organisation = OrganisationFactory()
    project = ProjectFactory(title_nl="Meisjes in de wetenschap", lead=organisation)
    editor = editor_client_for(organisation, username="cpc-editor")
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(editor.get(url)) | {
        "summary_nl": "Nieuw",
        "title_en": "Girls in science",
    }
    assert editor.post(url, data).status_code == 302

    page = network_editor_client.get(reverse("admin:index")).text

    assert "<h2" in page and "Recent changes" in page
    history = reverse("admin:projects_project_history", args=[project.pk])
    assert f'<a href="{history}">Project: Girls in science</a>' in page
    assert "cpc-editor" in page
    assert "Changed: Title (English), Summary (Dutch)" in page


def test_newest_first_across_kinds_of_content_and_at_most_fifteen():
    ProjectFactory.create_batch(10)
    donor = DonorFactory(name_nl="Wilde Ganzen")
    donor.short_name_nl = "WG"
    donor.save()

    with translation.override("nl"):
        changes = recent_changes.recent_changes()

    assert len(changes) == recent_changes.LIMIT
    assert changes[0].item == "Donor: Wilde Ganzen"
    assert changes[0].summary == "Korte naam (Nederlands)"
    assert [change.when for change in changes] == sorted(
        (change.when for change in changes), reverse=True
    )


def test_the_section_is_in_dutch():
    page = dutch_client(network_editor(username="secretariaat")).get("/admin/").text

    assert "Recente wijzigingen" in page


def test_an_organisation_editor_does_not_get_the_section(editor_client_for):
    organisation = OrganisationFactory()
    ProjectFactory(lead=organisation)

    page = editor_client_for(organisation).get(reverse("admin:index")).text

    assert "Recent changes" not in page


def test_the_queries_do_not_grow_with_the_number_of_versions():
    def queries():
        with CaptureQueriesContext(connection) as captured:
            changes = recent_changes.recent_changes()
            [str(change.item) for change in changes]
        return len(captured), changes

    for _ in range(5):
        FundingFactory()  # a funding's name needs its donor and project: fetched with it
        OrganisationFactory()
        page = SitePage.objects.first()
        page.title_nl += "!"
        page.save()
    many, changes = queries()

    # One union, then one query per kind of content among the fifteen rows.
    kinds = {change.item.split(":")[0] for change in changes}
    assert many == 1 + len(kinds)
    assert many <= 1 + len(recent_changes.history_models())
    assert any(change.item.startswith("Funding: Donor") for change in changes)


def test_the_secretariat_undoes_an_editors_live_change_from_the_start_page(
    editor_client_for, network_editor_client
):
    organisation = OrganisationFactory()
    project = ProjectFactory(title_nl="Meisjes in de wetenschap", lead=organisation)
    editor = editor_client_for(organisation)
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(editor.get(url)) | {"title_nl": "Iets heel anders"}
    assert editor.post(url, data).status_code == 302
    assert Project.objects.public().filter(title_nl="Iets heel anders").exists()  # live

    start = network_editor_client.get(reverse("admin:index")).text
    history_link = re.search(r'<a href="([^"]+/history/)">Project: ', start).group(1)
    history = network_editor_client.get(history_link).text
    restore = re.findall(r'action="([^"]+/restore/)"', history)[0]  # the version before
    network_editor_client.post(restore)

    project.refresh_from_db()
    assert project.title_nl == "Meisjes in de wetenschap"
