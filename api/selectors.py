"""The API's and the CSV files' queries, built from the same public() querysets and selectors
as the pages, with what the serializers read prefetched: a fixed number of queries a page."""

from django.db import connection
from django.db.models import (
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Subquery,
    prefetch_related_objects,
)

from donors import selectors as donor_selectors
from donors.models import Funding
from finances.models import Budget, Transaction
from organisations.models import Organisation
from projects import selectors as project_selectors
from projects.models import Participation, Project, Theme
from results.models import Indicator, IndicatorPeriod, Result


def count_of(queryset) -> Subquery:
    """COUNT(*) of a correlated queryset, as a subquery per row (see donors.selectors)."""
    return Subquery(
        queryset.order_by().annotate(count=Func("pk", function="COUNT")).values("count"),
        output_field=IntegerField(),
    )


# --- projects -------------------------------------------------------------------------------


def participations_prefetch() -> Prefetch:
    """The public organisations taking part in these public projects, lead first."""
    participations = (
        Participation.objects.of_public_organisations()
        .select_related("organisation")
        .order_by("project_id", "position", "id")
    )
    return Prefetch("participations", queryset=participations, to_attr="participation_list")


def with_project_lists(projects):
    """Public projects with their themes, participations and fundings: three queries for a
    page of any length."""
    return projects.prefetch_related(
        project_selectors.themes_prefetch(),
        participations_prefetch(),
        donor_selectors.fundings_prefetch(),
    )


def public_project(slug: str):
    """A public project with everything its page shows (the page's own selector), and its
    budgets, transactions and results with their indicators, periods and breakdowns."""
    project = project_selectors.public_project_detail(slug)
    transactions = Transaction.objects.select_related(
        "provider_donor", "provider_organisation", "receiver_organisation"
    ).order_by("date", "pk")
    results = Result.objects.order_by("position", "pk").prefetch_related(
        Prefetch(
            "indicators",
            queryset=Indicator.objects.order_by("position", "pk").prefetch_related(
                Prefetch(
                    "periods",
                    queryset=IndicatorPeriod.objects.order_by("period_start", "pk"),
                ),
                "periods__disaggregations",
            ),
        )
    )
    prefetch_related_objects(
        [project],
        Prefetch(
            "budgets",
            queryset=Budget.objects.order_by("period_start", "pk"),
            to_attr="budget_list",
        ),
        Prefetch("transactions", queryset=transactions, to_attr="transaction_list"),
        # Not the page's `result_list` (results.selectors), which has no indicators to walk.
        Prefetch("results", queryset=results, to_attr="api_result_list"),
    )
    return project


# --- organisations, donors, themes, countries ----------------------------------------------


def public_organisations():
    """Every public organisation (each has its profile page), by Dutch name."""
    return Organisation.objects.public().order_by("name_nl", "pk")


def public_donors():
    """Every public donor with its public project count and its own organisation's slug
    where that organisation is public, by Dutch name."""
    own_organisation = Organisation.objects.public().filter(pk=OuterRef("organisation_id"))
    return (
        donor_selectors.donors_with_project_counts()
        .annotate(public_organisation_slug=Subquery(own_organisation.values("slug")[:1]))
        .order_by("name_nl", "pk")
    )


def themes_with_counts():
    """Every theme with the number of public projects it has, in the listing's order."""
    public_with_theme = Project.objects.public().filter(themes=OuterRef("pk"))
    return Theme.objects.annotate(project_count=count_of(public_with_theme)).order_by(
        "position", "name_nl", "pk"
    )


def country_counts() -> list[dict]:
    """[{code, project_count}] of every country with a public project, by code: one query."""
    public_ids, params = Project.objects.public().values("pk").query.sql_with_params()
    table = Project._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT code, COUNT(*) FROM {table} AS p CROSS JOIN LATERAL unnest(p.countries)"  # noqa: S608 (our own SQL)
            f" AS code WHERE p.id IN ({public_ids}) GROUP BY code ORDER BY code",
            params,
        )
        return [{"code": code, "project_count": count} for code, count in cursor.fetchall()]


def public_fundings():
    """Every public funding (a public donor funding a public project), for the CSV."""
    return (
        Funding.objects.public()
        .select_related("donor", "project", "instrument")
        .defer("project__description_nl", "project__description_en")
        .order_by("project__slug", "donor__slug", "pk")
    )
