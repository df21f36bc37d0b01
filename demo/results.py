"""Projects' results (results.yaml): per result its indicators, per indicator its baseline
and periods with target and actual values, and per period its breakdowns."""

from core.models import first_day, last_day
from results.models import Disaggregation, Indicator, IndicatorPeriod, Result

from .loader import Loader
from .schema import Choice, Date, Items, Number, Ref, Text, YesNo


class Names:
    """The words the data file uses for a code list's codes (output rather than 1)."""

    def __init__(self, codes: dict[str, str]):
        self.codes = codes
        self.values = list(codes)


RESULT_TYPES = Names({"output": "1", "outcome": "2", "impact": "3", "other": "9"})
MEASURES = Names(
    {"unit": "1", "percentage": "2", "nominal": "3", "ordinal": "4", "qualitative": "5"}
)

BREAKDOWN = {
    "dimension": Text(required=True),
    "value": Text(required=True),
    "target": Number(),
    "actual": Number(),
}
PERIOD = {
    "start": Date(required=True),
    "end": Date(required=True),
    "target": Number(),
    "target_comment": Text(),
    "actual": Number(),
    "actual_comment": Text(),
    "breakdown": Items("breakdown", BREAKDOWN),
}
INDICATOR = {
    "title": Text(required=True),
    "description": Text(),
    "measure": Choice(MEASURES, required=True),
    "lower_is_better": YesNo(),
    "may_be_added_up": YesNo(),
    "baseline_year": Number(minimum=1900, maximum=2100),
    "baseline": Number(),
    "baseline_comment": Text(),
    "periods": Items("period", PERIOD),
}
RESULT = {
    "project": Ref("project", required=True),
    "type": Choice(RESULT_TYPES, required=True),
    "title": Text(required=True),
    "description": Text(),
    "may_be_added_up": YesNo(),
    "indicators": Items("indicator", INDICATOR, required=True),
}
# For files.FILES: the file and its one section.
SECTIONS = {"results": Items("result", RESULT)}
NO_TEXT = ("", "")


def load_results(loader: Loader, items: list[dict], projects: dict) -> None:
    """`projects`: the projects by slug. A project's results are numbered in file order, and
    so are a result's indicators: that number finds them again on the next run."""
    positions: dict[str, int] = {}
    for item in items:
        slug = item["project"]
        positions[slug] = positions.get(slug, 0) + 1
        result = loader.upsert(
            Result,
            {"project": projects[slug], "position": positions[slug]},
            {
                "result_type": RESULT_TYPES.codes[item["type"]],
                "title": item["title"],
                "description": item.get("description", NO_TEXT),
                "aggregation_status": item.get("may_be_added_up", False),
            },
            where=item["where"],
        )
        for position, indicator in enumerate(item["indicators"], start=1):
            load_indicator(loader, result, position, indicator)


def load_indicator(loader: Loader, result, position: int, item: dict) -> None:
    indicator = loader.upsert(
        Indicator,
        {"result": result, "position": position},
        {
            "title": item["title"],
            "description": item.get("description", NO_TEXT),
            "measure": MEASURES.codes[item["measure"]],
            "ascending": not item.get("lower_is_better", False),
            "aggregation_status": item.get("may_be_added_up", False),
            "baseline_year": item.get("baseline_year"),
            "baseline_value": item.get("baseline"),
            "baseline_comment": item.get("baseline_comment", NO_TEXT),
        },
        where=item["where"],
    )
    for period_item in item.get("periods", []):
        # A period is written as precisely as a project's: 2024 to 2024 is the whole year.
        period = loader.upsert(
            IndicatorPeriod,
            {"indicator": indicator, "period_start": first_day(*period_item["start"])},
            {
                "period_end": last_day(*period_item["end"]),
                "target_value": period_item.get("target"),
                "target_comment": period_item.get("target_comment", NO_TEXT),
                "actual_value": period_item.get("actual"),
                "actual_comment": period_item.get("actual_comment", NO_TEXT),
            },
            where=period_item["where"],
        )
        for breakdown in period_item.get("breakdown", []):
            loader.upsert(
                Disaggregation,
                {
                    "period": period,
                    "dimension_name": breakdown["dimension"],
                    "dimension_value": breakdown["value"],
                },
                {"target_value": breakdown.get("target"), "actual_value": breakdown.get("actual")},
                where=breakdown["where"],
            )
