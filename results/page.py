"""The indicators, periods and breakdowns as the project page reads them, made from the
JSON that results.selectors gathers into each result's row: plain values with what the
template shows (figures with their % sign, a period's name, the progress bar)."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from results.progress import NUMERIC_MEASURES, Progress, figure, period_label, progress


def _number(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@dataclass
class PageBreakdown:
    dimension_name: str
    dimension_value: str
    target_display: str
    actual_display: str


@dataclass
class PagePeriod:
    period_start: datetime.date
    period_end: datetime.date
    target_value: Decimal | None
    actual_value: Decimal | None
    target_comment: str
    actual_comment: str
    measure: str
    breakdown_list: list[PageBreakdown] = field(default_factory=list)
    progress: Progress | None = None  # set once its indicator is known

    @property
    def label(self) -> str:
        return period_label(self.period_start, self.period_end)

    @property
    def target_display(self) -> str:
        return figure(self.target_value, self.measure)

    @property
    def actual_display(self) -> str:
        return figure(self.actual_value, self.measure)


@dataclass
class PageIndicator:
    pk: int
    measure: str
    ascending: bool
    title: str
    description: str
    baseline_year: int | None
    baseline_value: Decimal | None
    baseline_comment: str
    period_list: list[PagePeriod] = field(default_factory=list)

    @property
    def is_numeric(self) -> bool:
        return self.measure in NUMERIC_MEASURES

    @property
    def baseline_display(self) -> str:
        return figure(self.baseline_value, self.measure)


def page_indicators(data: list[dict]) -> list[PageIndicator]:
    """From a result's `indicator_data` (results.selectors.indicators_json())."""
    indicators = []
    for item in data:
        measure = item["measure"]
        periods = [
            PagePeriod(
                period_start=datetime.date.fromisoformat(period["period_start"]),
                period_end=datetime.date.fromisoformat(period["period_end"]),
                target_value=_number(period["target_value"]),
                actual_value=_number(period["actual_value"]),
                target_comment=period["target_comment"] or "",
                actual_comment=period["actual_comment"] or "",
                measure=measure,
                breakdown_list=[
                    PageBreakdown(
                        dimension_name=breakdown["dimension_name"] or "",
                        dimension_value=breakdown["dimension_value"] or "",
                        target_display=figure(_number(breakdown["target_value"]), measure),
                        actual_display=figure(_number(breakdown["actual_value"]), measure),
                    )
                    for breakdown in period["breakdowns"] or []
                ],
            )
            for period in item["periods"] or []
        ]
        indicator = PageIndicator(
            pk=item["pk"],
            measure=measure,
            ascending=item["ascending"],
            title=item["title"] or "",
            description=item["description"] or "",
            baseline_year=item["baseline_year"],
            baseline_value=_number(item["baseline_value"]),
            baseline_comment=item["baseline_comment"] or "",
            period_list=periods,
        )
        for period in periods:
            period.progress = progress(indicator, period)
        indicators.append(indicator)
    return indicators
