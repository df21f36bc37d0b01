"""The counts of the listing's facets, all from one SQL statement.

Each facet's counts take every other active filter into account, whatever the number of
options or projects. projects.filters turns them into the options the form shows.
"""

from django.db import connection
from django.db.models import F

from core.localised import localised
from core.models import today
from organisations.models import Organisation
from projects.models import Participation, ProjectTheme, Theme

# --- the counts: one statement ---------------------------------------------------------
#
# Each facet counts the projects that every *other* active filter selects. The facets of
# filters not in use all count the same projects (every filter applied), so the statement
# holds one materialised set of projects for those, plus one per active filter, and one
# aggregate per facet over its set, joined by UNION ALL.


def facet_counts(filterset, names) -> dict[str, list[tuple]]:
    """{facet: [(value, label or None, position, count)]} of the facets `names` of a bound
    ProjectFilter, from one query."""
    sets, set_of = {}, {}
    for name in names:
        key = name if name in filterset.active else ""
        if key not in sets:
            sets[key] = f"facet_set_{len(sets)}"
        set_of[name] = sets[key]
    ctes, params = [], []
    for key, alias in sets.items():
        sql, set_params = _project_set(filterset.queryset_without(key)).query.sql_with_params()
        ctes.append(f"{alias} AS MATERIALIZED ({sql})")
        params.extend(set_params)
    parts = []
    for name in names:
        sql, part_params = FACET_SQL[name](set_of[name])
        columns = "%s, f.option_value::text, f.option_label::text, f.option_position, f.n"
        parts.append(f"SELECT {columns} FROM ({sql}) AS f")  # noqa: S608 (values are parameters)
        params.extend([name, *part_params])
    counted = {name: [] for name in names}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} {' UNION ALL '.join(parts)}", params)
        for name, value, label, position, count in cursor.fetchall():
            counted[name].append((value, label, position, count))
    return counted


def _project_set(queryset):
    """The columns the facets group by, of the projects a queryset selects."""
    return (
        queryset.with_status()
        .order_by()
        .annotate(
            set_id=F("pk"),
            set_countries=F("countries"),
            set_kind=F("kind"),
            set_start=F("start"),
            set_end=F("end"),
            set_status=F("current_status"),
        )
        .values("set_id", "set_countries", "set_kind", "set_start", "set_end", "set_status")
    )


def _compiled(queryset) -> tuple[str, tuple]:
    return queryset.query.sql_with_params()


# Options whose label is not in the database: written in Python afterwards.
NO_LABEL = "NULL AS option_label, 0 AS option_position"


def _country_counts(alias):
    return (
        f"SELECT code AS option_value, {NO_LABEL}, COUNT(*) AS n FROM ("  # noqa: S608
        f"SELECT DISTINCT s.set_id, code FROM {alias} s, unnest(s.set_countries) AS code"
        ") AS c GROUP BY code",
        (),
    )


def _year_counts(alias):
    # The same span as selectors.with_active_years, so counts and filter agree. Projects
    # with the same span are counted together first: a few hundred spans to expand into
    # years instead of every project (and estimates the planner gets right).
    return (
        f"SELECT year AS option_value, {NO_LABEL}, SUM(spans.n) AS n FROM ("  # noqa: S608
        "SELECT EXTRACT(YEAR FROM COALESCE(s.set_start, s.set_end))::int AS first_year, "
        "EXTRACT(YEAR FROM COALESCE(s.set_end, GREATEST(s.set_start, %s::date)))::int "
        f"AS last_year, COUNT(*) AS n FROM {alias} s GROUP BY 1, 2"
        ") AS spans, generate_series(spans.first_year, spans.last_year) AS year GROUP BY year",
        (today(),),
    )


def _column_counts(column):
    def counts(alias):
        return (
            f"SELECT {column} AS option_value, {NO_LABEL}, COUNT(*) AS n "  # noqa: S608
            f"FROM {alias} GROUP BY {column}",
            (),
        )

    return counts


def labelled_counts(alias: str, model, key: str, labels, position="0", distinct=False):
    """Count the projects of the set per `key` of `model`'s rows (each (key, project) once,
    unless told they may repeat), then name them by `labels` (the options that may be
    shown, with `id`, `option_value` and `option_label`). Grouping by the number first
    keeps it small.

    A join with the set, not `project_id IN (…)`: the planner then knows how many
    projects the set holds and hashes the whole table once, instead of looking up every
    project by index (twice as fast at 20,000 projects).
    """
    table = connection.ops.quote_name(model._meta.db_table)
    column = connection.ops.quote_name(model._meta.get_field(key).column)
    counted = "DISTINCT r.project_id" if distinct else "*"
    labels_sql, labels_params = _compiled(labels)
    return (
        "SELECT l.option_value, l.option_label, "  # noqa: S608 (names from the models)
        f"{position} AS option_position, c.n FROM ("
        f"SELECT r.{column} AS key_id, COUNT({counted}) AS n FROM {alias} s "
        f"JOIN {table} r ON r.project_id = s.set_id GROUP BY r.{column}"
        f") AS c JOIN ({labels_sql}) AS l ON l.id = c.key_id",
        tuple(labels_params),
    )


def _theme_counts(alias):
    # A project has a theme once (a unique constraint), so the rows are distinct already.
    themes = Theme.objects.annotate(option_value=F("slug"), option_label=localised("name"))
    return labelled_counts(
        alias,
        ProjectTheme,
        "theme",
        themes.values("id", "option_value", "option_label", "position"),
        position="l.position",
    )


def _organisation_counts(alias):
    # An organisation takes part in a project once (a unique constraint).
    organisations = Organisation.objects.public().annotate(
        option_value=F("slug"), option_label=localised("name")
    )
    return labelled_counts(
        alias,
        Participation,
        "organisation",
        organisations.values("id", "option_value", "option_label"),
    )


FACET_SQL = {
    "country": _country_counts,
    "theme": _theme_counts,
    "status": _column_counts("set_status"),
    "kind": _column_counts("set_kind"),
    "year": _year_counts,
    "organisation": _organisation_counts,
}
