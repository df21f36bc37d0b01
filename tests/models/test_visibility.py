"""One visibility rule per model: a row's `is_public` says what its queryset's `public()`
selects, on every row of the demo and on the cases where a related row hides it."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction

from campaigns.models import Campaign
from core.models import Publication
from donors.models import Donor, Funding, Instrument
from newsletter.models import Newsletter
from organisations.models import Membership, Organisation, Partnership, SocialLink
from projects.models import Participation, ParticipationRole, Project
from publications.models import Publication as PublicationItem
from tests.factories import (
    CampaignFactory,
    DonorFactory,
    FundingFactory,
    InstrumentFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ProjectFactory,
    PublicationFactory,
)

pytestmark = pytest.mark.django_db

DRAFT = Publication.DRAFT

# Every model a visitor sees rows of, with what its `is_public` reads, so that it is read
# for all rows at once (is_public itself would query per row without it).
PROJECT_LEAD = "participations__organisation"
READ = {
    Organisation: ((), ()),
    Donor: ((), ()),
    Newsletter: ((), ()),
    Project: ((), (PROJECT_LEAD,)),
    Participation: (("organisation", "project"), (f"project__{PROJECT_LEAD}",)),
    Funding: (("donor", "project"), (f"project__{PROJECT_LEAD}",)),
    Instrument: (("donor",), ("fundings__donor", f"fundings__project__{PROJECT_LEAD}")),
    Membership: (("network", "member"), ()),
    Partnership: (("organisation", "partner"), ()),
    SocialLink: (("organisation",), ()),
    PublicationItem: ((), ("organisations",)),
    Campaign: ((), ()),
}


def visibility(model, django_assert_max_num_queries) -> tuple[set, set]:
    """({pk of the rows whose is_public is true}, {pk of the rows public() selects})."""
    related, prefetched = READ[model]
    rows = list(model.objects.select_related(*related).prefetch_related(*prefetched))
    with django_assert_max_num_queries(0):  # everything is_public reads was loaded above
        by_property = {row.pk for row in rows if row.is_public}
    by_queryset = set(model.objects.public().values_list("pk", flat=True))
    return by_property, by_queryset


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module and rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("model", list(READ), ids=lambda model: model.__name__)
def test_is_public_agrees_with_public_on_every_demo_row(model, demo, django_assert_max_num_queries):
    by_property, by_queryset = visibility(model, django_assert_max_num_queries)

    assert by_property == by_queryset
    # Not an empty comparison (the demo has no social links: the next test has some).
    assert by_queryset or model is SocialLink


@pytest.fixture
def hidden():
    """One row of each kind that a draft, an ended membership or a closed newsletter hides,
    beside one visible row of each; {model: (the visible pks, the hidden pks)}."""
    draft_organisation = OrganisationFactory(publication=DRAFT)
    draft_donor = DonorFactory(publication=DRAFT)

    visible_project = ProjectFactory()  # with a public lead
    without_lead = ProjectFactory(lead=False)
    led_by_a_draft = ProjectFactory(lead=draft_organisation)
    draft_project = ProjectFactory(publication=DRAFT)
    draft_partner = ParticipationFactory(
        project=visible_project, organisation=draft_organisation, role=ParticipationRole.PARTNER
    )
    public_partner = ParticipationFactory(project=visible_project)
    partner_of_hidden = ParticipationFactory(project=led_by_a_draft)

    visible_funding = FundingFactory(project=without_lead, instrument=InstrumentFactory())
    of_a_draft_donor = FundingFactory(donor=draft_donor, project=visible_project)
    of_a_hidden_project = FundingFactory(project=led_by_a_draft, instrument=InstrumentFactory())
    unused_instrument = InstrumentFactory()
    of_draft_donor_instrument = InstrumentFactory(donor=draft_donor)
    FundingFactory(donor=draft_donor, project=without_lead, instrument=of_draft_donor_instrument)

    visible_membership = MembershipFactory()
    in_a_draft_network = MembershipFactory(network=NetworkFactory(publication=DRAFT))
    of_a_draft_member = MembershipFactory(member=draft_organisation)
    ended = MembershipFactory(year_joined=2010, year_left=2015)

    visible_partnership = PartnershipFactory()
    with_a_draft_partner = PartnershipFactory(partner=draft_organisation)

    open_letter = Newsletter.objects.create(name_nl="Open", slug="open", is_active=True)
    closed_letter = Newsletter.objects.create(name_nl="Dicht", slug="closed", is_active=False)
    visible_link = SocialLink.objects.create(
        organisation=visible_membership.member, platform="x", url="https://example.org/a"
    )
    draft_link = SocialLink.objects.create(
        organisation=draft_organisation, platform="x", url="https://example.org/b"
    )

    visible_publication = PublicationFactory(
        organisations=[draft_organisation, visible_link.organisation]
    )
    by_a_draft = PublicationFactory(organisations=[draft_organisation])
    draft_publication = PublicationFactory(publication=DRAFT)
    # A campaign does not hang on its partners: a draft partner is left off its page.
    visible_campaign = CampaignFactory(organisations=[draft_organisation])
    draft_campaign = CampaignFactory(publication=DRAFT)

    def pks(*rows):
        return {row.pk for row in rows}

    return {
        Organisation: (pks(visible_membership.member), pks(draft_organisation)),
        Donor: (pks(visible_funding.donor), pks(draft_donor)),
        Project: (pks(visible_project, without_lead), pks(led_by_a_draft, draft_project)),
        Participation: (pks(public_partner), pks(draft_partner, partner_of_hidden)),
        Funding: (pks(visible_funding), pks(of_a_draft_donor, of_a_hidden_project)),
        Instrument: (
            pks(visible_funding.instrument),
            pks(of_a_hidden_project.instrument, unused_instrument, of_draft_donor_instrument),
        ),
        Membership: (
            pks(visible_membership),
            pks(in_a_draft_network, of_a_draft_member, ended),
        ),
        Partnership: (pks(visible_partnership), pks(with_a_draft_partner)),
        Newsletter: (pks(open_letter), pks(closed_letter)),
        SocialLink: (pks(visible_link), pks(draft_link)),
        PublicationItem: (pks(visible_publication), pks(by_a_draft, draft_publication)),
        Campaign: (pks(visible_campaign), pks(draft_campaign)),
    }


@pytest.mark.parametrize("model", list(READ), ids=lambda model: model.__name__)
def test_a_hidden_related_row_hides_it_in_both(model, hidden, django_assert_max_num_queries):
    visible, invisible = hidden[model]

    by_property, by_queryset = visibility(model, django_assert_max_num_queries)

    assert visible <= by_queryset
    assert not invisible & by_queryset
    assert by_property == by_queryset


def test_a_project_reads_its_lead_in_one_query_without_a_prefetch(
    django_assert_num_queries,
):
    hidden_project = ProjectFactory(lead=OrganisationFactory(publication=DRAFT))
    project = Project.objects.get(pk=hidden_project.pk)

    with django_assert_num_queries(1):
        assert not project.is_public
