"""An organisation's own files: its activities and its organisation file."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Publication
from tests.factories import OrganisationFactory, ProjectFactory
from tests.iati.conftest import assert_valid, parse

pytestmark = pytest.mark.django_db


def test_the_organisation_file_has_its_budget_and_expenditure_per_year_and_currency(
    client, full_project, lead
):
    response = client.get("/iati/NL-KVK-12345678/organisation.xml")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = parse(response.content)
    assert_valid(root, "organisations")
    organisation = root.find("iati-organisation")
    assert organisation.findtext("organisation-identifier") == "NL-KVK-12345678"
    assert [n.text for n in organisation.findall("name/narrative")] == [lead.name_nl, lead.name_en]
    budgets = [
        (
            b.find("period-start").get("iso-date"),
            b.find("value").get("currency"),
            b.findtext("value"),
        )
        for b in organisation.findall("total-budget")
    ]
    # 2022's revised budget replaces its original; euros and dollars are never added.
    assert budgets == [
        ("2021-01-01", "EUR", "120000"),
        ("2022-01-01", "EUR", "99000.50"),
        ("2022-01-01", "USD", "5000"),
    ]
    spent = organisation.find("total-expenditure/value")
    assert (spent.get("currency"), spent.text) == ("USD", "1500.25")
    links = [link.get("url") for link in organisation.findall("document-link")]
    assert links == [
        f"http://testserver/nl/organisations/{lead.slug}/",
        f"http://testserver/en/organisations/{lead.slug}/",
    ]


def test_an_organisation_file_takes_a_fixed_number_of_queries(client, full_project, lead):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/iati/NL-KVK-12345678/organisation.xml").status_code == 200
        return len(queries)

    one = count()
    ProjectFactory(lead=lead)
    ProjectFactory(lead=lead)
    assert count() == one == 6


def test_an_organisations_activity_file_holds_only_the_projects_it_reports(
    client, full_project, lead, network
):
    ProjectFactory(title_nl="Van een ander", lead=OrganisationFactory(iati_identifier="NL-KVK-2"))
    ProjectFactory(title_nl="Zonder eigen nummer")

    def titles(identifier):
        response = client.get(f"/iati/{identifier}/activities.xml")
        assert response.status_code == 200
        root = parse(b"".join(response.streaming_content))
        assert_valid(root)
        return [a.findtext("title/narrative") for a in root.iter("iati-activity")]

    assert titles("NL-KVK-12345678") == [full_project.title_nl]
    assert titles("NL-KVK-2") == ["Van een ander"]
    # The network reports the projects whose lead has no identifier of its own.
    assert titles("NL-KVK-00000001") == ["Zonder eigen nummer"]


def test_unknown_and_draft_organisations_have_no_files(client, full_project):
    OrganisationFactory(iati_identifier="NL-KVK-3", publication=Publication.DRAFT)

    for identifier in ("NL-KVK-99", "NL-KVK-3"):
        assert client.get(f"/iati/{identifier}/activities.xml").status_code == 404
        assert client.get(f"/iati/{identifier}/organisation.xml").status_code == 404


def test_the_organisation_file_answers_a_conditional_get(client, full_project):
    url = "/iati/NL-KVK-12345678/organisation.xml"
    etag = client.get(url)["ETag"]

    assert client.get(url, headers={"if-none-match": etag}).status_code == 304
    assert client.post(url).status_code == 405
