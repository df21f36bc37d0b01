"""A small world for the API's and the CSV files' tests: public projects that differ in
every filterable way, and the things the public must never see."""

import datetime

import pytest

from core.models import Precision, Publication
from projects.models import ManualStatus, ProjectKind
from tests.factories import (
    DonorFactory,
    FundingFactory,
    InstrumentFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
    ThemeFactory,
)


@pytest.fixture
def world():
    education = ThemeFactory(slug="education", name_nl="Onderwijs", name_en="Education")
    health = ThemeFactory(slug="health", name_nl="Gezondheid", name_en="Health")
    save = OrganisationFactory(slug="save", name_nl="Red het Kind", name_en="Save the Child")
    hidden_lead = OrganisationFactory(slug="hidden-lead", publication=Publication.DRAFT)
    unicef = DonorFactory(slug="unicef", name_nl="UNICEF", name_en="UNICEF")
    hidden_donor = DonorFactory(slug="hidden-donor", publication=Publication.DRAFT)
    matra = InstrumentFactory(donor=unicef, name_nl="Matra", name_en="Matra")
    alfa = ProjectFactory(
        slug="alfa",
        title_nl="Alfa scholen",
        title_en="Alpha schools",
        summary_nl="Lessen over kinderrechten op scholen.",
        summary_en="Lessons on children's rights in schools.",
        countries=["KG"],
        themes=[education],
        lead=save,
        start=datetime.date(2016, 1, 1),
        end=datetime.date(2018, 12, 31),
    )
    bravo = ProjectFactory(
        slug="bravo",
        title_nl="Bravo campagne",
        title_en="Bravo campaign",
        summary_nl="Een campagne tegen geweld.",
        summary_en="A campaign against violence.",
        countries=["KG", "UG"],
        themes=[health],
        kind=ProjectKind.CAMPAIGN,
        start=datetime.date(2019, 1, 1),
        end=datetime.date(2030, 12, 31),
    )
    charlie = ProjectFactory(
        slug="charlie",
        title_nl="Charlie zorg",
        title_en="",
        summary_nl="Zorg voor kinderen in opvanghuizen.",
        summary_en="Care for children in shelters.",
        countries=["UG"],
        themes=[education, health],
        manual_status=ManualStatus.SUSPENDED,
        start=datetime.date(2021, 7, 1),
        start_precision=Precision.MID_YEAR,
        end=None,
        is_ongoing=True,
    )
    delta = ProjectFactory(
        slug="delta",
        title_nl="Delta scholen",
        title_en="Delta schools",
        summary_nl="Nieuwe scholen in Peru.",
        summary_en="New schools in Peru.",
        countries=["PE"],
        themes=[education],
        lead=save,
        start=datetime.date(2031, 1, 1),
        end=datetime.date(2032, 12, 31),
    )
    FundingFactory(project=bravo, donor=unicef, instrument=matra, amount=1000, currency="EUR")
    FundingFactory(project=charlie, donor=unicef)
    FundingFactory(project=alfa, donor=hidden_donor, amount=99, currency="USD")
    ParticipationFactory(project=charlie, organisation=save)
    ParticipationFactory(project=bravo, organisation=hidden_lead)
    draft = ProjectFactory(
        slug="draft-project",
        title_nl="Concept scholen",
        countries=["KG"],
        themes=[education],
        lead=save,
        publication=Publication.DRAFT,
    )
    hidden = ProjectFactory(
        slug="hidden-lead-project",
        title_nl="Verborgen scholen",
        countries=["KG"],
        themes=[education],
        lead=hidden_lead,
    )
    FundingFactory(project=draft, donor=unicef)
    return {
        "alfa": alfa,
        "bravo": bravo,
        "charlie": charlie,
        "delta": delta,
        "draft": draft,
        "hidden": hidden,
        "save": save,
        "hidden_lead": hidden_lead,
        "unicef": unicef,
        "hidden_donor": hidden_donor,
    }
