"""A public project's results on its page, plugged into the project page's query in
ResultsConfig.ready(): the results, each with its indicators, their periods and breakdowns
gathered into the result's row by the database, in the visitor's language. One query,
whatever their number: a prefetch per level would cost four, on a page that must stay
within ten."""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Prefetch
from django.db.models.functions import JSONObject

from core.localised import localised, localised_order
from results.models import Disaggregation, Indicator, IndicatorPeriod, Result


def breakdowns_json() -> ArraySubquery:
    """A period's breakdowns, by dimension and value."""
    return ArraySubquery(
        Disaggregation.objects.filter(period=OuterRef("pk"))
        .order_by(localised_order("dimension_name"), localised_order("dimension_value"), "pk")
        .annotate(
            json=JSONObject(
                dimension_name=localised("dimension_name"),
                dimension_value=localised("dimension_value"),
                target_value="target_value",
                actual_value="actual_value",
            )
        )
        .values("json")
    )


def periods_json() -> ArraySubquery:
    """An indicator's periods, oldest first, each with its breakdowns."""
    return ArraySubquery(
        IndicatorPeriod.objects.filter(indicator=OuterRef("pk"))
        .order_by("period_start", "pk")
        .annotate(
            json=JSONObject(
                period_start="period_start",
                period_end="period_end",
                target_value="target_value",
                actual_value="actual_value",
                target_comment=localised("target_comment"),
                actual_comment=localised("actual_comment"),
                breakdowns=breakdowns_json(),
            )
        )
        .values("json")
    )


def indicators_json() -> ArraySubquery:
    """A result's indicators in their order, each with its periods."""
    return ArraySubquery(
        Indicator.objects.filter(result=OuterRef("pk"))
        .order_by("position", "pk")
        .annotate(
            json=JSONObject(
                pk="pk",
                measure="measure",
                ascending="ascending",
                title=localised("title"),
                description=localised("description"),
                baseline_year="baseline_year",
                baseline_value="baseline_value",
                baseline_comment=localised("baseline_comment"),
                periods=periods_json(),
            )
        )
        .values("json")
    )


def results_prefetch() -> Prefetch:
    """`project.result_list`, each result with `indicator_list` (results.page). The
    project is public already."""
    results = Result.objects.order_by("position", "pk").annotate(indicator_data=indicators_json())
    return Prefetch("results", queryset=results, to_attr="result_list")


# --- the project a part of the results belongs to (projects.changes) ---------------------


def project_id_of_indicator(indicator) -> int | None:
    found = Result.objects.filter(pk=indicator.result_id)
    return found.values_list("project_id", flat=True).first()


def project_id_of_period(period) -> int | None:
    found = Indicator.objects.filter(pk=period.indicator_id).values_list(
        "result__project_id", flat=True
    )
    return found.first()


def project_id_of_breakdown(breakdown) -> int | None:
    found = IndicatorPeriod.objects.filter(pk=breakdown.period_id)
    return found.values_list("indicator__result__project_id", flat=True).first()
