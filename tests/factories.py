"""Test data. Every factory makes a valid, published object unless told otherwise."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from core.models import Precision, Publication
from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS
from donors.models import Donor, DonorType, Funding, Instrument
from organisations.models import (
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    Partnership,
    PartnershipKind,
    PartnershipLevel,
)
from projects.models import Participation, ParticipationRole, Project, ProjectTheme, Theme


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")
    is_staff = True


def network_editor(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=NETWORK_EDITORS))
    return user


def organisation_editor(*organisations, **kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=ORGANISATION_EDITORS))
    for organisation in organisations:
        organisation.editors.add(user)
    return user


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_nl = factory.Sequence(lambda n: f"Organisatie {n}")
    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationKind.NGO
    country = "NL"
    city = "Leiden"
    mission_nl = "Kinderen beschermen."
    mission_en = "Protecting children."
    publication = Publication.PUBLISHED


class NetworkFactory(OrganisationFactory):
    kind = OrganisationKind.NETWORK
    slug = factory.Sequence(lambda n: f"network-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    network = factory.SubFactory(NetworkFactory)
    member = factory.SubFactory(OrganisationFactory)
    role = MembershipRole.MEMBER
    year_joined = 2016


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    organisation = factory.SubFactory(OrganisationFactory)
    partner = factory.SubFactory(OrganisationFactory, kind=OrganisationKind.PUBLIC_BODY)
    level = PartnershipLevel.LOCAL
    kind = PartnershipKind.AGREEMENT
    description_nl = "Samenwerkingsovereenkomst."


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name_nl = factory.Sequence(lambda n: f"Thema {n}")
    name_en = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    dac_code = "15160"


class ProjectFactory(factory.django.DjangoModelFactory):
    """A published project with a published lead organisation."""

    class Meta:
        model = Project
        skip_postgeneration_save = True

    title_nl = factory.Sequence(lambda n: f"Project {n}")
    title_en = factory.Sequence(lambda n: f"Project {n} (EN)")
    slug = factory.Sequence(lambda n: f"project-{n}")
    summary_nl = "Een korte samenvatting."
    summary_en = "A short summary."
    description_nl = "<p>Een beschrijving.</p>"
    start = datetime.date(2020, 1, 1)
    start_precision = Precision.YEAR
    end = datetime.date(2030, 12, 31)
    end_precision = Precision.YEAR
    countries = factory.LazyFunction(lambda: ["KG"])
    publication = Publication.PUBLISHED

    @factory.post_generation
    def lead(self, create, extracted, **kwargs):
        """ProjectFactory(lead=organisation); lead=False makes a project without one."""
        if not create or extracted is False:
            return
        ParticipationFactory(
            project=self,
            organisation=extracted or OrganisationFactory(),
            role=ParticipationRole.LEAD,
        )

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            for theme in extracted:
                ProjectTheme.objects.create(project=self, theme=theme)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    project = factory.SubFactory(ProjectFactory, lead=False)
    organisation = factory.SubFactory(OrganisationFactory)
    role = ParticipationRole.PARTNER


class DonorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Donor

    name_nl = factory.Sequence(lambda n: f"Donor {n}")
    name_en = factory.Sequence(lambda n: f"Donor {n}")
    slug = factory.Sequence(lambda n: f"donor-{n}")
    type = DonorType.GOVERNMENT
    country = "NL"
    publication = Publication.PUBLISHED


class InstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Instrument

    name_nl = factory.Sequence(lambda n: f"Fonds {n}")
    donor = factory.SubFactory(DonorFactory)


class FundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Funding

    donor = factory.SubFactory(DonorFactory)
    project = factory.SubFactory(ProjectFactory)


def staff_login(client, user) -> None:
    """Logs `user` in as the two-step login would: with an enrolled authenticator app whose
    code was accepted, which the admin requires of superusers and network editors."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


class NewsItemFactory(factory.django.DjangoModelFactory):
    """A published news item by a new public organisation, about none of its projects;
    its English falls back to the Dutch unless a test gives it."""

    class Meta:
        model = "news.NewsItem"

    title_nl = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    published_on = datetime.date(2024, 6, 1)
    summary_nl = "Wat er gebeurde."
    body_nl = "<p>Het hele verhaal.</p>"
    organisation = factory.SubFactory(OrganisationFactory)
    publication = Publication.PUBLISHED


class PublicationFactory(factory.django.DjangoModelFactory):
    """A published publication with a link (no file) by a new public organisation."""

    class Meta:
        model = "publications.Publication"
        skip_postgeneration_save = True

    title_nl = factory.Sequence(lambda n: f"Publicatie {n}")
    title_en = factory.Sequence(lambda n: f"Publication {n}")
    slug = factory.Sequence(lambda n: f"publication-{n}")
    kind = "report"
    published_on = datetime.date(2024, 5, 1)
    language = "nl"
    summary_nl = "Wat we leerden."
    summary_en = "What we learnt."
    url = "https://example.org/report.pdf"
    publication = Publication.PUBLISHED

    @factory.post_generation
    def organisations(self, create, extracted, **kwargs):
        if create:
            self.organisations.set(extracted if extracted is not None else [OrganisationFactory()])

    @factory.post_generation
    def projects(self, create, extracted, **kwargs):
        if create and extracted:
            self.projects.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class CampaignFactory(factory.django.DjangoModelFactory):
    """A published campaign with an open petition (running from a year ago to a year
    ahead) by a new public organisation."""

    class Meta:
        model = "campaigns.Campaign"
        skip_postgeneration_save = True

    title_nl = factory.Sequence(lambda n: f"Campagne {n}")
    title_en = factory.Sequence(lambda n: f"Campaign {n}")
    slug = factory.Sequence(lambda n: f"campaign-{n}")
    summary_nl = "Waar het om gaat."
    summary_en = "What it is about."
    goal_nl = "Elk kind veilig."
    goal_en = "Every child safe."
    start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=365))
    end = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))
    has_petition = True
    petition_text_nl = "Wij vragen de regering om kinderen te beschermen."
    petition_text_en = "We ask the government to protect children."
    publication = Publication.PUBLISHED

    @factory.post_generation
    def organisations(self, create, extracted, **kwargs):
        if create:
            self.organisations.set(extracted if extracted is not None else [OrganisationFactory()])

    @factory.post_generation
    def outside_bodies(self, create, extracted, **kwargs):
        if create and extracted:
            self.outside_bodies.set(extracted)


class SignatureFactory(factory.django.DjangoModelFactory):
    """A confirmed signature whose name is shown."""

    class Meta:
        model = "campaigns.Signature"

    campaign = factory.SubFactory(CampaignFactory)
    name = factory.Sequence(lambda n: f"Ondertekenaar {n}")
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    place = "Utrecht"
    show_name = True
    consent = True
    language = "nl"
    confirmed_at = factory.LazyFunction(timezone.now)
