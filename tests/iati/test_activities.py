"""The activity file over HTTP: every optional element of a full project, valid against
the 2.03 schema and the codelist rules; what the data do not allow is left out."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Precision, Publication
from iati import checks
from tests.factories import OrganisationFactory, ProjectFactory
from tests.iati.conftest import MINISTRY_ACTIVITY, assert_valid, parse

pytestmark = pytest.mark.django_db

URL = "/iati/activities.xml"


def get_file(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200
    return response, parse(b"".join(response.streaming_content))


def test_a_full_project_is_written_with_every_element_and_validates(client, full_project):
    response, root = get_file(client)

    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert_valid(root)
    activity = root.find("iati-activity")
    tags = [child.tag for child in activity]
    for tag in (
        "iati-identifier",
        "reporting-org",
        "title",
        "description",
        "participating-org",
        "activity-status",
        "activity-date",
        "contact-info",
        "recipient-country",
        "sector",
        "policy-marker",
        "default-flow-type",
        "default-finance-type",
        "default-aid-type",
        "default-tied-status",
        "budget",
        "transaction",
        "document-link",
        "result",
    ):
        assert tag in tags, tag
    assert activity.findtext("iati-identifier") == f"NL-KVK-12345678-{full_project.pk}"
    assert activity.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    titles = activity.findall("title/narrative")
    assert [t.text for t in titles] == [full_project.title_nl, full_project.title_en]
    # The lead's own aid type, the network's for the types the lead leaves empty.
    assert activity.find("default-aid-type").get("code") == "B01"
    assert activity.find("default-flow-type").get("code") == "30"
    funding = activity.find("participating-org[@role='1'][@ref='XM-DAC-7']")
    assert funding.get("activity-id") == MINISTRY_ACTIVITY
    provider = activity.find("transaction/provider-org")
    assert provider.get("provider-activity-id") == MINISTRY_ACTIVITY


def test_percentages_add_up_to_100_with_the_remainder_on_the_first(client, full_project):
    _response, root = get_file(client)
    activity = root.find("iati-activity")

    countries = [(c.get("code"), c.get("percentage")) for c in activity.iter("recipient-country")]
    assert countries == [("GT", "34"), ("KE", "33"), ("PE", "33")]
    # Two themes share 15160: three sectors, not four.
    sectors = [(s.get("code"), s.get("percentage")) for s in activity.iter("sector")]
    assert sectors == [("15160", "34"), ("15180", "33"), ("11220", "33")]


def test_a_date_known_to_the_day_is_actual_and_a_fuzzy_one_planned_with_its_precision(
    client, full_project
):
    _response, root = get_file(client)
    dates = root.find("iati-activity").findall("activity-date")

    assert [(d.get("type"), d.get("iso-date")) for d in dates] == [
        ("2", "2021-03-15"),
        ("3", "2031-06-30"),
    ]
    assert dates[1].findtext("narrative") == "Bekend tot: juni 2031"
    assert dates[1].find("narrative[@{http://www.w3.org/XML/1998/namespace}lang='en']").text == (
        "Known to: June 2031"
    )


def test_results_carry_baselines_periods_and_breakdowns(client, full_project):
    _response, root = get_file(client)
    results = root.find("iati-activity").findall("result")

    assert len(results) == 1  # the result without an indicator is left out
    numeric, qualitative = results[0].findall("indicator")
    assert numeric.find("baseline").attrib == {"year": "2020", "value": "350"}
    targets = numeric.findall("period/target")
    assert [t.get("value") for t in targets] == ["500", "250", "250"]
    assert targets[1].find("dimension").attrib == {"name": "geslacht", "value": "jongen"}
    assert qualitative.get("measure") == "5"
    assert qualitative.find("period/actual").get("value") is None
    assert qualitative.findtext("period/actual/comment/narrative") == "Duidelijk meer steun"


def test_an_incomplete_project_is_written_as_far_as_it_is_valid(client, network):
    ProjectFactory(
        lead=OrganisationFactory(),
        countries=[],
        summary_en="",
        title_en="",
        end=None,
        start=datetime.date(2022, 1, 1),
        start_precision=Precision.YEAR,
    )

    _response, root = get_file(client)

    assert_valid(root)
    activity = root.find("iati-activity")
    # The lead has no identifier: the network reports it as a secondary reporter.
    assert activity.find("reporting-org").get("secondary-reporter") == "1"
    assert activity.find("sector") is None
    assert activity.find("recipient-country") is None
    assert activity.find("budget") is None


def test_draft_projects_and_projects_without_a_date_are_left_out(client, full_project, network):
    ProjectFactory(title_nl="Concept", publication=Publication.DRAFT)
    ProjectFactory(title_nl="Zonder datum", start=None, end=None)
    ProjectFactory(
        title_nl="Verborgen penvoerder", lead=OrganisationFactory(publication=Publication.DRAFT)
    )

    _response, root = get_file(client)

    titles = [a.findtext("title/narrative") for a in root.iter("iati-activity")]
    assert titles == [full_project.title_nl]


def test_without_any_reporting_identifier_there_is_no_file(client):
    ProjectFactory()

    assert client.get(URL).status_code == 404


def test_the_file_is_streamed_an_activity_at_a_time(client, full_project, network):
    ProjectFactory()
    response = client.get(URL)

    assert response.streaming
    chunks = list(response.streaming_content)
    assert len(chunks) >= 3  # the opening, each activity, the closing
    assert b"</iati-activity>" in chunks[1]


def test_a_conditional_get_is_answered_304_until_a_project_changes(client, full_project):
    response = client.get(URL)
    etag, modified = response["ETag"], response["Last-Modified"]
    b"".join(response.streaming_content)

    assert client.get(URL, headers={"if-none-match": etag}).status_code == 304
    assert client.get(URL, headers={"if-modified-since": modified}).status_code == 304
    full_project.title_nl = "Nieuwe titel"
    full_project.save()
    assert client.get(URL, headers={"if-none-match": etag}).status_code == 200


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        b"".join(response.streaming_content)
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_projects(client, full_project, network):
    one = count_queries(client, URL)
    for _index in range(3):
        ProjectFactory()

    # The network, the version, the projects, and one per prefetched relation.
    assert count_queries(client, URL) == one == 14


def test_the_checks_catch_an_invalid_element(client, full_project):
    _response, root = get_file(client)
    activity = root.find("iati-activity")

    misplaced = activity.find("activity-status")
    activity.remove(misplaced)
    activity.append(misplaced)  # after the results: out of the schema's order
    assert any("activity-status" in error for error in checks.schema_errors(root))

    _response, root = get_file(client)
    activity = root.find("iati-activity")
    activity.find("sector").set("code", "99999")
    activity.find("recipient-country").set("percentage", "50")
    activity.find("budget/period-end").set("iso-date", "2023-06-30")
    activity.find("transaction/value").set("currency", "XYZ")
    found = checks.problems(root)
    assert checks.schema_errors(root) == []
    assert any("'99999' is not in the codelist Sector" in line for line in found)
    assert any("recipient countries and regions add up to 116" in line for line in found)
    assert any("longer than a year" in line for line in found)
    assert any("'XYZ' is not in the codelist Currency" in line for line in found)


def test_projects_are_read_a_chunk_at_a_time_with_their_prefetches(client, network, monkeypatch):
    monkeypatch.setattr("iati.activities.CHUNK_SIZE", 2)
    for _index in range(5):
        ProjectFactory()

    _response, root = get_file(client)

    assert len(root.findall("iati-activity")) == 5
    # The network, the version and the projects' cursor; then per chunk of at most two
    # projects its 8 prefetches (no results here, so none for indicators and below):
    # memory is bounded by the chunk, not by the file.
    assert count_queries(client, URL) == 3 + 3 * 8
