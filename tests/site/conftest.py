"""Data for the public-site tests: a portal network with members, projects and donors."""

import datetime
import itertools

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import Campaign
from editions.models import Edition, State
from newsletter.models import Newsletter
from organisations.models import (
    Framework,
    Goal,
    MembershipRole,
    Pillar,
    SocialLink,
    WorkingPrinciple,
)
from tests.factories import (
    CampaignFactory,
    FundingFactory,
    InstrumentFactory,
    MembershipFactory,
    NetworkFactory,
    NewsItemFactory,
    OrganisationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ProjectFactory,
    PublicationFactory,
    SignatureFactory,
)


@pytest.fixture
def portal(db):
    """The portal's own network, two members (one chair), goals, a framework, links."""
    network = NetworkFactory(
        name_nl="Better Care Netwerk",
        name_en="Better Care Network",
        slug="better-care",
        is_portal_network=True,
        mission_nl="Elk kind groeit op in een gezin. Niemand wordt vergeten. Derde zin.",
        mission_en="Every child grows up in a family. Nobody is forgotten. Third sentence.",
        vision_nl="Een wereld waarin kinderen veilig zijn.",
        vision_en="A world where children are safe.",
    )
    chair = OrganisationFactory(
        name_nl="Defence for Children", name_en="Defence for Children", slug="dci"
    )
    member = OrganisationFactory(name_nl="Wilde Ganzen", name_en="Wild Geese", slug="wilde-ganzen")
    MembershipFactory(network=network, member=chair, role=MembershipRole.CHAIR, year_joined=2007)
    MembershipFactory(network=network, member=member, year_joined=2012)
    pillar = Pillar.objects.create(
        network=network, position=1, title_nl="Kinderrechten waarmaken", title_en="Realising rights"
    )
    Goal.objects.create(
        network=network,
        pillar=pillar,
        position=1,
        title_nl="Het IVRK overal",
        title_en="CRC everywhere",
    )
    Goal.objects.create(
        network=network, position=2, title_nl="Uitwisseling", title_en="Exchange and advocacy"
    )
    framework = Framework.objects.create(
        title_nl="Verdrag inzake de rechten van het kind",
        title_en="Convention on the Rights of the Child",
        year=1989,
        url="https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child",
    )
    network.frameworks.add(framework)
    SocialLink.objects.create(
        organisation=network,
        platform=SocialLink.Platform.MASTODON,
        url="https://social.example/@bcn",
    )
    return network


def principles(organisation, count):
    WorkingPrinciple.objects.bulk_create(
        WorkingPrinciple(organisation=organisation, position=i, title_nl=f"Principe {i}")
        for i in range(count)
    )


_issue_numbers = itertools.count(1)


def sent_edition(*projects, slug=None):
    """A newsletter issue in the archive, showing these projects."""
    number = next(_issue_numbers)
    edition = Edition.objects.create(
        newsletter=Newsletter.objects.get(slug="network"),
        subject=f"Nieuwsbrief {number}",
        slug=slug or f"issue-{number}",
        introduction="Nieuws uit het netwerk.",
        state=State.SENT,
        sending_started_at=timezone.now(),
    )
    edition.projects.set(projects)
    return edition


def grow(network, hub, donor, count, themes=()):
    """Add `count` of everything around a network, an organisation (`hub`) and a donor."""
    for _ in range(count):
        organisation = OrganisationFactory(country="KG")
        MembershipFactory(network=network, member=organisation)
        project = ProjectFactory(lead=organisation, countries=["KG", "NL"], themes=themes)
        ParticipationFactory(project=project, organisation=hub)
        FundingFactory(donor=donor, project=project, instrument=InstrumentFactory(donor=donor))
        FundingFactory(project=project)  # another donor for the donor list
        PartnershipFactory(organisation=hub, partner=organisation)
        # Publications on the hub's profile and its projects' pages, and in the listing.
        PublicationFactory(
            organisations=[hub, organisation],
            projects=[project],
            themes=themes,
            countries=["KG"],
            published_on=datetime.date(2024, 3, 1),
        )
        sent_edition(project)
        # News on the hub's profile, its projects' pages, the home page and the index.
        NewsItemFactory(organisation=hub, project=project)
        NewsItemFactory(organisation=organisation)
        # Campaigns on the hub's profile and in the index; signatures (shown, hidden and
        # unconfirmed) on the hub's campaign, when there is one.
        CampaignFactory(organisations=[hub, organisation], outside_bodies=[organisation])
        hub_campaign = Campaign.objects.filter(slug="hub-campaign").first()
        if hub_campaign is not None:
            SignatureFactory(campaign=hub_campaign)
            SignatureFactory(campaign=hub_campaign, show_name=False)
            SignatureFactory(campaign=hub_campaign, confirmed_at=None)
    principles(hub, count)
    # Fresh statistics, as autovacuum keeps them in a real database: with the empty-table
    # estimates the planner picks nested loops that are quadratic in the amount of data.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


@pytest.fixture
def count_queries():
    """count_queries(client, url) -> (status, number of SQL queries), with a cold cache."""

    def measure(client, url):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return response.status_code, len(queries)

    return measure
