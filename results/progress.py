"""How far a period's actual value has come towards its target, for the bar on the project
page, and the figures written as a visitor reads them (a percentage with its % sign).

Higher is better: the share of the target reached, 312 of 500 is 62 %.
Lower is better (fewer children in institutions): the share of the reduction reached,
from the baseline towards the target; from 120 down to 90 with 60 as the aim is 50 %.
Without a baseline above the target there is no reduction to measure, and the page shows
the plain numbers without a bar rather than a share that means nothing.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils.formats import date_format
from django.utils.translation import gettext

# IndicatorMeasure: 1 unit, 2 percentage (numbers); 3 nominal, 4 ordinal (ranks and
# categories, still numbers in IATI); 5 qualitative (words only).
NUMERIC_MEASURES = ("1", "2", "3", "4")
PERCENTAGE = "2"
QUALITATIVE = "5"


def figure(value: Decimal | None, measure: str) -> str:
    """1.234 or 62,5 % (only the decimals that say something), in the active language."""
    if value is None:
        return ""
    decimals = max(0, -value.normalize().as_tuple().exponent)  # 62.50 is 62.5, 500.00 is 500
    text = floatformat(value, f"{decimals}g")
    return f"{text} %" if measure == PERCENTAGE else text


@dataclass(frozen=True)
class Progress:
    percent: int  # what share of the aim is reached; may be above 100 or below 0
    text: str  # the sentence a screen reader reads for the bar

    @property
    def bar_width(self) -> int:
        """The bar's length out of 100: what was reached, neither below 0 nor above 100."""
        return max(0, min(100, self.percent))


def progress(indicator, period) -> Progress | None:
    """The progress of a numeric period towards its target, or None when there is none to
    draw (no target or actual value, a qualitative indicator, nothing to reduce)."""
    if not indicator.is_numeric or period.target_value is None or period.actual_value is None:
        return None
    target, actual = period.target_value, period.actual_value
    measure = indicator.measure
    if indicator.ascending:
        if target <= 0:
            return None
        percent = round(actual / target * 100)
        text = gettext("%(actual)s of %(target)s (%(percent)s %%)") % {
            "actual": figure(actual, measure),
            "target": figure(target, measure),
            "percent": percent,
        }
        return Progress(percent, text)
    baseline = indicator.baseline_value
    if baseline is None or baseline <= target:
        return None
    percent = round((baseline - actual) / (baseline - target) * 100)
    text = gettext(
        "down from %(baseline)s to %(actual)s, aiming at %(target)s "
        "(%(percent)s %% of the reduction)"
    ) % {
        "baseline": figure(baseline, measure),
        "actual": figure(actual, measure),
        "target": figure(target, measure),
        "percent": percent,
    }
    return Progress(percent, text)


def _last_day_of_month(day: datetime.date) -> datetime.date:
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def period_label(start: datetime.date, end: datetime.date) -> str:
    """2024, March 2024, Jan 2024 – Jun 2024, or two dates: as short as the dates allow."""
    whole_months = start.day == 1 and end == _last_day_of_month(end)
    if whole_months and (start.month, end.month) == (1, 12) and start.year == end.year:
        return str(start.year)
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return date_format(start, "YEAR_MONTH_FORMAT")
    if whole_months:
        return f"{date_format(start, 'M Y')} – {date_format(end, 'M Y')}"
    return f"{date_format(start, 'SHORT_DATE_FORMAT')} – {date_format(end, 'SHORT_DATE_FORMAT')}"
