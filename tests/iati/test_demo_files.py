"""The IATI files of the demo content: every public project and every public organisation
with an identifier validate against the 2.03 schemas and the codelist rules.

The demo gives only the portal network an (illustrative) identifier, since the members'
real ones are not in the material; the test gives two leads one as well, so that files of
other reporting organisations are checked too."""

import pytest
from django.db import transaction
from django.db.models import Q

from core.models import Publication
from organisations.models import Organisation
from projects.models import ParticipationRole, Project
from tests.demo.conftest import load_demo
from tests.iati.conftest import assert_valid, parse

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def identifiers(demo):
    network = Organisation.objects.get(is_portal_network=True)
    network.iati_identifier = "XI-EXAMPLE-NETWORK"
    network.save()
    leads = (
        Organisation.objects.filter(
            participations__role=ParticipationRole.LEAD, publication=Publication.PUBLISHED
        )
        .exclude(pk=network.pk)
        .distinct()[:2]
    )
    for number, lead in enumerate(leads):
        lead.iati_identifier = f"XI-EXAMPLE-{number}"
        lead.save()
    return ["XI-EXAMPLE-NETWORK", "XI-EXAMPLE-0", "XI-EXAMPLE-1"]


def test_every_public_demo_project_is_a_valid_activity(client, identifiers):
    response = client.get("/iati/activities.xml")
    root = parse(b"".join(response.streaming_content))

    assert_valid(root)
    written = {a.findtext("iati-identifier").rsplit("-", 1)[1] for a in root.iter("iati-activity")}
    dated = Project.objects.public().filter(Q(start__isnull=False) | Q(end__isnull=False))
    assert written == {str(pk) for pk in dated.values_list("pk", flat=True)}
    assert len(written) > 10


def test_every_demo_organisation_file_and_activity_file_is_valid(client, identifiers):
    for identifier in identifiers:
        got = client.get(f"/iati/{identifier}/organisation.xml")
        assert got.status_code == 200
        organisation = parse(got.content)
        assert_valid(organisation, "organisations")
        response = client.get(f"/iati/{identifier}/activities.xml")
        if response.status_code == 404:  # a lead whose projects are all undated
            continue
        assert_valid(parse(b"".join(response.streaming_content)))


def test_the_demo_as_loaded_publishes_the_network_files(client, demo):
    """What `make run` serves: the network reports every dated public project."""
    response = client.get("/iati/XI-EXAMPLE-BCNN/activities.xml")
    assert response.status_code == 200
    root = parse(b"".join(response.streaming_content))
    assert_valid(root)
    dated = Project.objects.public().filter(Q(start__isnull=False) | Q(end__isnull=False))
    assert len(root.findall("iati-activity")) == dated.count() > 10
    organisation = client.get("/iati/XI-EXAMPLE-BCNN/organisation.xml")
    assert_valid(parse(organisation.content), "organisations")
