"""The demo's results: figures only where the material gives them, every kind of indicator
the page draws differently, and the project pages showing them."""

import datetime

import pytest

from results.models import Disaggregation, Indicator, IndicatorPeriod, Result

pytestmark = pytest.mark.django_db

PERU_TRAININGS = "peru-shelter-staff-training"
CPC_DISTRICTS = "cpc-corona-relief-bishkek"


def test_results_only_where_the_material_has_figures(first_run):
    projects = set(Result.objects.values_list("project__slug", flat=True))

    assert projects == {PERU_TRAININGS, CPC_DISTRICTS}


def test_the_peruvian_trainings_aim_at_500_participants_a_month(first_run):
    period = IndicatorPeriod.objects.get(
        indicator__title_en="Participants in the monthly trainings",
        period_start=datetime.date(2024, 1, 1),
    )

    assert period.period_end == datetime.date(2024, 12, 31)
    assert period.target_value == 12 * 500
    assert period.actual_value > period.target_value


def test_every_kind_of_indicator_is_there(first_run):
    indicators = Indicator.objects.all()

    assert indicators.filter(measure="2").exists()  # a percentage
    assert indicators.filter(measure="5", baseline_value=None).exists()  # qualitative
    assert indicators.filter(ascending=False).exists()  # lower is better
    numeric = indicators.exclude(measure="5")
    assert numeric.filter(baseline_value__isnull=False).count() > numeric.count() / 2
    dimensions = set(Disaggregation.objects.values_list("dimension_name_en", flat=True))
    assert {"sex", "age"} <= dimensions


@pytest.mark.parametrize(
    ("slug", "language", "text"),
    [
        (PERU_TRAININGS, "en", 'aria-label="6,240 of 6,000 (104 %)"'),
        (PERU_TRAININGS, "nl", "De provincie geeft het certificaat uit"),
        (CPC_DISTRICTS, "nl", "gedaald van 62 % naar 38 %, met 30 % als doel"),
        (CPC_DISTRICTS, "en", "sex: girl – 335 of 300"),
    ],
)
def test_the_project_pages_show_them(first_run, client, slug, language, text):
    html = client.get(f"/{language}/projects/{slug}/").content.decode()

    assert text in html
