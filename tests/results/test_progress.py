"""The share of the aim a period reached, as the bar draws it, and how a period is named."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation

from results.progress import figure, period_label, progress


def indicator(measure="1", ascending=True, baseline=None):
    return SimpleNamespace(
        measure=measure,
        ascending=ascending,
        baseline_value=None if baseline is None else Decimal(baseline),
        is_numeric=measure != "5",
    )


def period(target, actual):
    def value(number):
        return None if number is None else Decimal(number)

    return SimpleNamespace(target_value=value(target), actual_value=value(actual))


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("target", "actual", "percent", "bar"),
    [("500", "312", 62, 62), ("500", "750", 150, 100), ("500", "0", 0, 0), ("0.5", "0.25", 50, 50)],
)
def test_higher_is_better_is_the_share_of_the_target(target, actual, percent, bar):
    reached = progress(indicator(), period(target, actual))

    assert (reached.percent, reached.bar_width) == (percent, bar)


def test_lower_is_better_is_the_share_of_the_reduction():
    reached = progress(indicator(ascending=False, baseline="120"), period("60", "90"))

    assert reached.percent == 50
    assert reached.text == "down from 120 to 90, aiming at 60 (50 % of the reduction)"


def test_lower_is_better_going_up_shows_an_empty_bar():
    reached = progress(indicator(ascending=False, baseline="120"), period("60", "130"))

    assert (reached.percent, reached.bar_width) == (-17, 0)


@pytest.mark.parametrize(
    ("the_indicator", "the_period"),
    [
        (indicator(), period(None, "5")),
        (indicator(), period("5", None)),
        (indicator(), period("0", "5")),
        (indicator(measure="5"), period("5", "5")),
        (indicator(ascending=False), period("60", "90")),
        (indicator(ascending=False, baseline="50"), period("60", "90")),
    ],
    ids=["no target", "no actual", "target 0", "qualitative", "no baseline", "baseline below"],
)
def test_no_bar_where_there_is_no_share_to_draw(the_indicator, the_period):
    assert progress(the_indicator, the_period) is None


def test_figures_drop_empty_decimals_and_group_thousands():
    assert figure(Decimal("6240.00"), "1") == "6,240"
    assert figure(Decimal("62.50"), "2") == "62.5 %"
    assert figure(None, "1") == ""
    with translation.override("nl"):
        assert figure(Decimal("6240.00"), "1") == "6.240"


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ((2024, 1, 1), (2024, 12, 31), "2024"),
        ((2024, 2, 1), (2024, 2, 29), "February 2024"),
        ((2023, 7, 1), (2024, 6, 30), "Jul 2023 – Jun 2024"),
        ((2024, 1, 15), (2024, 3, 14), "01/15/2024 – 03/14/2024"),
    ],
)
def test_a_period_is_named_as_short_as_its_dates_allow(start, end, label):
    assert period_label(datetime.date(*start), datetime.date(*end)) == label
