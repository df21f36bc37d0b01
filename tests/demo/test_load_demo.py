"""manage.py load_demo: what it builds, and that running it again changes nothing.

The demo is loaded once for the whole module (`first_run` in conftest.py).
"""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from core.models import Precision, Publication
from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS
from donors.models import Donor, Funding
from organisations.models import (
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    Partnership,
    PartnershipLevel,
)
from projects.models import ParticipationRole, Project, ProjectStatus
from tests.demo.conftest import load_demo

pytestmark = pytest.mark.django_db

# The five organisations of the domain brief, by their slugs in demo/data/organisations.yaml.
CPC = "cpc"
KRC = "kinderrechtencoalitie"
DFC = "defence-for-children-ecpat"
PERU = "peru-shelter-youth"
BCN = "better-care-network-nederland"
FIVE = [CPC, KRC, DFC, PERU, BCN]


def row_counts() -> dict[str, int]:
    """Rows of every model the demo could touch, change history included."""
    labels = ["organisations", "projects", "donors", "finances", "auth"]
    return {
        model._meta.label: model.objects.count()
        for label in labels
        for model in apps.get_app_config(label).get_models()
    }


def test_the_five_organisations_and_the_networks(first_run):
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in=FIVE)}
    assert set(organisations) == set(FIVE)
    assert organisations[BCN].kind == organisations[KRC].kind == OrganisationKind.NETWORK
    assert organisations[CPC].country == "KG"
    principles = [p.title_en for p in organisations[CPC].principles.all()]
    assert len(principles) == 5
    assert principles[0] == "The child holds rights"
    assert principles[-1] == "Only on reliable evidence"
    for organisation in organisations.values():
        for field in ("name", "summary", "mission", "vision", "approach"):
            assert getattr(organisation, f"{field}_nl"), (organisation.slug, field)
            assert getattr(organisation, f"{field}_en"), (organisation.slug, field)
    assert "demo" in organisations[PERU].summary_nl.lower()
    assert "demo" in organisations[PERU].summary_en.lower()


def test_better_care_network_is_the_portal_network_with_seven_members(first_run):
    bcn = Organisation.objects.portal_network()
    assert bcn.slug == BCN
    memberships = Membership.objects.filter(network=bcn)
    assert memberships.count() == 7
    chair = memberships.get(role=MembershipRole.CHAIR)
    assert chair.member.slug == DFC
    assert memberships.filter(role=MembershipRole.MEMBER).count() == 6
    assert bcn.goals.count() == 7
    assert sorted(f.year for f in bcn.frameworks.all()) == [1989, 2003]


def test_kinderrechtencoalitie_has_two_pillars_with_goals(first_run):
    krc = Organisation.objects.get(slug=KRC)
    pillars = list(krc.pillars.all())
    assert len(pillars) == 2
    assert all(pillar.goals.count() == 3 for pillar in pillars)
    assert [f.year for f in krc.frameworks.all()] == [1989]


def test_projects_donors_and_their_links(first_run):
    assert Project.objects.count() >= 20
    assert Donor.objects.count() >= 15
    for project in Project.objects.all():
        leads = project.participations.filter(role=ParticipationRole.LEAD)
        assert leads.count() == 1, project.slug
        assert project.title_nl and project.title_en and project.summary_nl and project.summary_en
        assert project.themes.exists(), project.slug
    assert Donor.objects.get(slug="wilde-ganzen").organisation.slug == "wilde-ganzen"
    assert Donor.objects.get(slug="unicef-nederland").organisation.slug == "unicef-nederland"
    matra = Funding.objects.get(project__slug="child-protection-systems-justice")
    assert matra.instrument.short_name_en == "Matra"
    child_labour = Funding.objects.get(project__slug="together-protection-children-tourism")
    assert child_labour.instrument.managed_by.short_name_en == "RVO"
    training = Project.objects.get(slug="peru-shelter-staff-training")
    assert [(r.value, r.label_en) for r in training.reach_figures.all()] == [
        (500, "participants a month")
    ]


def test_peruvian_partnerships_on_all_four_levels(first_run):
    levels = set(
        Partnership.objects.filter(organisation__slug=PERU).values_list("level", flat=True)
    )
    assert levels == set(PartnershipLevel.values)
    assert Partnership.objects.filter(organisation__slug=CPC).exists()


def test_one_draft_project_and_one_draft_organisation_are_hidden(first_run):
    draft_project = Project.objects.get(publication=Publication.DRAFT)
    draft_organisation = Organisation.objects.get(publication=Publication.DRAFT)
    assert draft_project not in Project.objects.public()
    assert not Partnership.objects.public().filter(partner=draft_organisation).exists()
    assert Project.objects.public().count() == Project.objects.count() - 1


@pytest.mark.parametrize(
    ("slug", "start", "start_precision", "end", "end_precision"),
    [
        ("cpc-vaccination-mobilisation", None, Precision.DAY, (2021, 2, 28), Precision.MONTH),
        (
            "cpc-violence-prevention-internal-migrants",
            None,
            Precision.DAY,
            (2022, 6, 30),
            Precision.MID_YEAR,
        ),
        ("girls-advocacy-alliance", (2016, 1, 1), Precision.YEAR, (2020, 12, 31), Precision.YEAR),
        ("cpc-corona-relief-bishkek", (2020, 1, 1), Precision.YEAR, (2020, 12, 31), Precision.YEAR),
        ("alert-actors-report", (2018, 9, 1), Precision.MONTH, None, Precision.DAY),
    ],
)
def test_periods_keep_their_precision(first_run, slug, start, start_precision, end, end_precision):
    project = Project.objects.get(slug=slug)
    assert project.start == (datetime.date(*start) if start else None)
    assert project.start_precision == start_precision
    assert project.end == (datetime.date(*end) if end else None)
    assert project.end_precision == end_precision


def test_ongoing_project_has_no_end(first_run):
    project = Project.objects.get(slug="cpc-financial-adoption")
    assert project.is_ongoing and project.end is None
    assert project.status == ProjectStatus.ONGOING


def test_demo_accounts_and_their_passwords_are_shown_once(first_run):
    User = get_user_model()
    network_editor = User.objects.get(username="netwerkredactie")
    cpc_editor = User.objects.get(username="cpc-redactie")
    assert network_editor.is_staff and cpc_editor.is_staff
    assert network_editor.groups.filter(name=NETWORK_EDITORS).exists()
    assert cpc_editor.groups.filter(name=ORGANISATION_EDITORS).exists()
    assert list(Organisation.objects.edited_by(cpc_editor)) == [Organisation.objects.get(slug=CPC)]
    assert first_run.count("password") == 2
    assert "netwerkredactie" in first_run and "cpc-redactie" in first_run


def test_a_second_run_changes_nothing(first_run):
    before = row_counts()
    password = get_user_model().objects.get(username="cpc-redactie").password

    output = load_demo()

    assert row_counts() == before
    assert "password" not in output
    assert "0 rows created, 0 updated" in output
    assert get_user_model().objects.get(username="cpc-redactie").password == password


def test_if_empty_does_nothing_when_there_are_organisations(first_run):
    Project.objects.get(slug="capisce").delete()
    before = row_counts()

    output = load_demo(if_empty=True)

    assert row_counts() == before
    assert not Project.objects.filter(slug="capisce").exists()
    assert "skipped" in output


def test_kosovo_is_a_country_of_the_child_protection_systems_programme(first_run, client):
    kosovo_projects = Project.objects.public().filter(countries__contains=["XK"])

    assert kosovo_projects.exists()
    assert client.get("/nl/countries/xk/").status_code == 200


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("q", ["Kirgizië", "Kyrgyzstan"])
def test_either_name_of_kyrgyzstan_finds_all_its_projects(first_run, client, language, q):
    in_kyrgyzstan = set(
        Project.objects.public().filter(countries__contains=["KG"]).values_list("slug", flat=True)
    )
    response = client.get(f"/{language}/projects/", {"q": q})

    assert len(in_kyrgyzstan) == 6  # issue #16: the text of only one of them names it
    assert {project.slug for project in response.context["projects"]} == in_kyrgyzstan
