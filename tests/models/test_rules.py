"""Rules the data must obey, enforced by PostgreSQL whatever path the data takes."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from core.models import Precision, Publication
from organisations.models import Membership, Organisation, OrganisationKind
from projects.models import Participation, ParticipationRole, Project
from tests.factories import (
    DonorFactory,
    FundingFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def refused(callable_, *args, **kwargs):
    """True when the database refuses the write; the surrounding test data survives."""
    try:
        with transaction.atomic():
            callable_(*args, **kwargs)
    except IntegrityError:
        return True
    return False


def test_a_project_has_at_most_one_lead():
    project = ProjectFactory()

    assert refused(
        Participation.objects.create,
        project=project,
        organisation=OrganisationFactory(),
        role=ParticipationRole.LEAD,
    )
    assert project.participations.filter(role=ParticipationRole.LEAD).count() == 1


def test_an_organisation_takes_part_in_a_project_once():
    project = ProjectFactory()
    lead = project.participations.get().organisation

    assert refused(
        Participation.objects.create,
        project=project,
        organisation=lead,
        role=ParticipationRole.PARTNER,
    )


def test_one_membership_per_network_and_organisation():
    membership = MembershipFactory()

    assert refused(Membership.objects.create, network=membership.network, member=membership.member)


def test_a_network_is_not_its_own_member():
    network = NetworkFactory()

    assert refused(Membership.objects.create, network=network, member=network)


def test_a_member_cannot_leave_before_it_joined():
    assert refused(MembershipFactory, year_joined=2016, year_left=2010)


def test_a_member_cannot_take_on_a_role_before_it_joined():
    assert refused(MembershipFactory, role="chair", year_joined=2016, role_since=2007)
    assert not refused(MembershipFactory, role="chair", year_joined=2007, role_since=2016)


@pytest.mark.parametrize("factory", [ProjectFactory, FundingFactory, PartnershipFactory])
def test_a_period_cannot_end_before_it_starts(factory):
    assert refused(
        factory,
        start=datetime.date(2020, 5, 1),
        start_precision=Precision.DAY,
        end=datetime.date(2019, 5, 1),
        end_precision=Precision.DAY,
    )


def test_an_ongoing_project_has_no_end():
    assert refused(ProjectFactory, is_ongoing=True, end=datetime.date(2030, 1, 1))


def test_slugs_are_unique():
    ProjectFactory(slug="girls-in-science")

    assert refused(ProjectFactory, slug="girls-in-science")


def test_only_one_network_is_the_portals_own():
    NetworkFactory(is_portal_network=True)

    assert refused(NetworkFactory, is_portal_network=True)


def test_the_portals_own_network_must_be_a_network():
    assert refused(OrganisationFactory, kind=OrganisationKind.NGO, is_portal_network=True)


def test_a_funding_amount_cannot_be_negative():
    assert refused(FundingFactory, amount=-5, currency="EUR")


def test_an_amount_needs_a_currency_and_a_currency_an_amount():
    assert refused(FundingFactory, amount=1000, currency="")
    assert refused(FundingFactory, amount=None, currency="EUR")
    assert not refused(FundingFactory, amount=1000, currency="EUR")
    assert not refused(FundingFactory, amount=None, currency="")


def test_deleting_an_organisation_that_leads_a_project_is_refused():
    project = ProjectFactory()
    lead = project.participations.get().organisation

    with pytest.raises(ProtectedError):
        lead.delete()
    assert Project.objects.filter(pk=project.pk).exists()


def test_deleting_a_theme_in_use_is_refused():
    theme = ThemeFactory()
    project = ProjectFactory(themes=[theme])

    with pytest.raises(ProtectedError):
        theme.delete()
    assert list(project.themes.all()) == [theme]


def test_deleting_a_donor_that_funds_a_project_is_refused():
    funding = FundingFactory()

    with pytest.raises(ProtectedError):
        funding.donor.delete()


def test_deleting_a_network_member_is_refused():
    membership = MembershipFactory()

    with pytest.raises(ProtectedError):
        membership.member.delete()
    assert Organisation.objects.filter(pk=membership.member.pk).exists()


class TestPublicQuerysets:
    def test_drafts_are_not_public(self):
        published = ProjectFactory()
        ProjectFactory(publication=Publication.DRAFT)

        assert list(Project.objects.public()) == [published]

    def test_a_project_of_a_draft_lead_is_not_public(self):
        draft_lead = OrganisationFactory(publication=Publication.DRAFT)
        ProjectFactory(lead=draft_lead)
        visible = ProjectFactory()

        assert list(Project.objects.public()) == [visible]

    def test_a_draft_partner_does_not_hide_the_project(self):
        project = ProjectFactory()
        Participation.objects.create(
            project=project,
            organisation=OrganisationFactory(publication=Publication.DRAFT),
            role=ParticipationRole.PARTNER,
        )

        assert list(Project.objects.public()) == [project]

    def test_partnerships_with_a_draft_party_are_not_public(self):
        visible = PartnershipFactory()
        PartnershipFactory(partner=OrganisationFactory(publication=Publication.DRAFT))

        from organisations.models import Partnership

        assert list(Partnership.objects.public()) == [visible]

    def test_fundings_of_draft_donors_or_projects_are_not_public(self):
        visible = FundingFactory()
        FundingFactory(donor=DonorFactory(publication=Publication.DRAFT))
        FundingFactory(project=ProjectFactory(publication=Publication.DRAFT))

        from donors.models import Funding

        assert list(Funding.objects.public()) == [visible]
