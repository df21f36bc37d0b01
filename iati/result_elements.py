"""An activity's `result` elements: result → indicator → baseline and periods, each period's
target and actual values, and their breakdowns as further targets and actuals with a
`dimension` (IATI 2.03 repeats `target`/`actual` per breakdown)."""

from iati.xmltools import add, add_narrated, translations
from results.models import QUALITATIVE


def add_results(activity, project) -> None:
    for result in project.results.all():
        indicators = list(result.indicators.all())
        if not indicators:
            continue  # the schema wants at least one indicator per result
        element = add(
            activity,
            "result",
            type=result.result_type,
            aggregation_status=result.aggregation_status,
        )
        add_narrated(element, "title", translations(result, "title"))
        add_narrated(element, "description", translations(result, "description"))
        for indicator in indicators:
            _add_indicator(element, indicator)


def _value(indicator, value):
    """A qualitative indicator carries no @value; a numeric one only a number."""
    if indicator.measure == QUALITATIVE or value is None:
        return None
    return value


def _add_indicator(result, indicator) -> None:
    element = add(
        result,
        "indicator",
        measure=indicator.measure,
        ascending=indicator.ascending,
        aggregation_status=indicator.aggregation_status,
    )
    add_narrated(element, "title", translations(indicator, "title"))
    add_narrated(element, "description", translations(indicator, "description"))
    if indicator.baseline_year:
        baseline = add(
            element,
            "baseline",
            year=indicator.baseline_year,
            value=_value(indicator, indicator.baseline_value),
        )
        add_narrated(baseline, "comment", translations(indicator, "baseline_comment"))
    for period in indicator.periods.all():
        if period.period_end < period.period_start:
            continue
        _add_period(element, indicator, period)


def _add_period(indicator_element, indicator, period) -> None:
    element = add(indicator_element, "period")
    add(element, "period-start", iso_date=period.period_start)
    add(element, "period-end", iso_date=period.period_end)
    breakdowns = list(period.disaggregations.all())
    for kind in ("target", "actual"):
        value = _value(indicator, getattr(period, f"{kind}_value"))
        comment = translations(period, f"{kind}_comment")
        if value is not None or comment:
            total = add(element, kind, value=value)
            add_narrated(total, "comment", comment)
        for breakdown in breakdowns:
            part = _value(indicator, getattr(breakdown, f"{kind}_value"))
            if part is None:
                continue
            slice_ = add(element, kind, value=part)
            add(
                slice_,
                "dimension",
                name=_plain(breakdown, "dimension_name"),
                value=_plain(breakdown, "dimension_value"),
            )


def _plain(obj, field: str) -> str:
    """A dimension's name or value has no narrative: the Dutch one, else the English."""
    texts = translations(obj, field)
    return texts.get("nl") or texts.get("en") or ""
