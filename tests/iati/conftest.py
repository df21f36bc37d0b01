"""A project with every optional element of an IATI activity filled, and helpers to parse
and check what the portal writes."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from lxml import etree

from core.models import Precision
from finances.models import Budget, Transaction
from iati import checks
from iati.models import ProjectPolicyMarker
from projects.models import ParticipationRole
from results.models import Disaggregation, Indicator, IndicatorPeriod, Result
from tests.factories import (
    DonorFactory,
    FundingFactory,
    NetworkFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
    ThemeFactory,
)

MINISTRY_ACTIVITY = "XM-DAC-7-PPR-4000001234"
# A 1×1 PNG, so the project has an image to link.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def parse(content: bytes):
    return etree.fromstring(content)


def assert_valid(root, kind="activities"):
    """The file validates against the 2.03 schema and passes the codelist rules."""
    assert checks.schema_errors(root, kind) == []
    assert checks.problems(root) == []


@pytest.fixture
def network(db):
    return NetworkFactory(
        is_portal_network=True,
        iati_identifier="NL-KVK-00000001",
        default_flow_type="30",
        default_finance_type="110",
        default_aid_type="C01",
        default_tied_status="5",
    )


@pytest.fixture
def lead(db):
    return OrganisationFactory(
        iati_identifier="NL-KVK-12345678",
        email="info@example.org",
        website="https://example.org/",
        default_aid_type="B01",
    )


@pytest.fixture
def full_project(network, lead):
    """Every optional element: fundings with activity ids, partners of each role, several
    countries and themes, policy markers, budgets, transactions, results with breakdowns."""
    themes = [
        ThemeFactory(slug="rights", dac_code="15160"),
        ThemeFactory(slug="violence", dac_code="15180"),
        ThemeFactory(slug="rights-too", dac_code="15160"),
        ThemeFactory(slug="education", dac_code="11220"),
    ]
    project = ProjectFactory(
        lead=lead,
        themes=themes,
        countries=["PE", "GT", "KE"],
        start=datetime.date(2021, 3, 15),
        start_precision=Precision.DAY,
        end=datetime.date(2031, 6, 1),
        end_precision=Precision.MONTH,
        description_en="<p>A description &amp; more.</p>",
        image=SimpleUploadedFile("photo.png", PNG, content_type="image/png"),
        image_alt_nl="Kinderen in een klas",
    )
    partner = OrganisationFactory(iati_identifier="PE-RUC-20100000001")
    ParticipationFactory(project=project, organisation=partner, role=ParticipationRole.PARTNER)
    ParticipationFactory(project=project, role=ParticipationRole.IMPLEMENTING)
    ministry = DonorFactory(iati_identifier="XM-DAC-7")
    FundingFactory(project=project, donor=ministry, donor_activity_id=MINISTRY_ACTIVITY)
    FundingFactory(project=project, donor=DonorFactory(type="foundation"))
    ProjectPolicyMarker.objects.create(project=project, code="1", significance="2")
    ProjectPolicyMarker.objects.create(project=project, code="11", significance="1")
    for year in (2021, 2022):
        Budget.objects.create(
            project=project,
            period_start=datetime.date(year, 1, 1),
            period_end=datetime.date(year, 12, 31),
            value=Decimal("120000.00"),
            currency="EUR",
        )
    Budget.objects.create(
        project=project,
        budget_type="2",
        period_start=datetime.date(2022, 1, 1),
        period_end=datetime.date(2022, 12, 31),
        value=Decimal("99000.50"),
        currency="EUR",
        value_date=datetime.date(2022, 3, 1),
    )
    Budget.objects.create(
        project=project,
        period_start=datetime.date(2022, 1, 1),
        period_end=datetime.date(2022, 12, 31),
        value=Decimal("5000"),
        currency="USD",
    )
    Transaction.objects.create(
        project=project,
        transaction_type="11",
        date=datetime.date(2021, 2, 1),
        value=Decimal("240000"),
        provider_donor=ministry,
        provider_activity_id=MINISTRY_ACTIVITY,
        description_nl="Toezegging",
        description_en="Commitment",
    )
    Transaction.objects.create(
        project=project,
        transaction_type="3",
        date=datetime.date(2021, 6, 1),
        value=Decimal("40000"),
        provider_organisation=lead,
        receiver_organisation=partner,
    )
    Transaction.objects.create(
        project=project,
        transaction_type="4",
        date=datetime.date(2021, 9, 1),
        value=Decimal("1500.25"),
        currency="USD",
    )
    result = Result.objects.create(
        project=project,
        result_type="1",
        title_nl="Trainingen",
        title_en="Trainings",
        description_nl="Maandelijkse trainingen",
        aggregation_status=True,
    )
    indicator = Indicator.objects.create(
        result=result,
        measure="1",
        title_nl="Deelnemers per maand",
        title_en="Participants a month",
        baseline_year=2020,
        baseline_value=Decimal("350"),
        baseline_comment_nl="Telling van 2020",
        description_en="Counted at the door",
    )
    period = IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=datetime.date(2021, 1, 1),
        period_end=datetime.date(2021, 12, 31),
        target_value=Decimal("500"),
        actual_value=Decimal("540"),
        target_comment_nl="Doel",
        actual_comment_en="Counted",
    )
    Disaggregation.objects.create(
        period=period,
        dimension_name_nl="geslacht",
        dimension_value_nl="meisje",
        target_value=Decimal("250"),
        actual_value=Decimal("300"),
    )
    Disaggregation.objects.create(
        period=period,
        dimension_name_nl="geslacht",
        dimension_value_nl="jongen",
        target_value=Decimal("250"),
        actual_value=Decimal("240"),
    )
    qualitative = Indicator.objects.create(
        result=result,
        measure="5",
        title_nl="Houding van ouders",
        baseline_year=2020,
        baseline_comment_nl="Weinig steun",
        ascending=True,
    )
    IndicatorPeriod.objects.create(
        indicator=qualitative,
        period_start=datetime.date(2021, 1, 1),
        period_end=datetime.date(2021, 12, 31),
        target_comment_nl="Meer steun",
        actual_comment_nl="Duidelijk meer steun",
    )
    Result.objects.create(project=project, result_type="2", title_nl="Zonder indicator")
    return project
