"""The listing's filters and their counts (facets).

Each facet's counts take every other active filter into account; all of them come from
one query, whatever the number of options or projects.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import django_filters
from django.db import connection
from django.db.models import F
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.cache import remember
from core.localised import localised
from core.models import today
from organisations.models import Organisation
from projects import search, selectors
from projects.models import (
    Participation,
    Project,
    ProjectKind,
    ProjectStatus,
    ProjectTheme,
    Theme,
)

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("newest", _("Newest")),
    ("title", _("Title")),
    ("start", _("Start date")),
]

# The filters shown as facets, in the order of the form; apps above projects append theirs
# (add_related_facet).
FACETS = ["country", "theme", "status", "kind", "year", "organisation"]

# Years offered: a sane window, so ?year=99999 is simply a form error.
FIRST_YEAR, LAST_YEAR = 1950, 2100


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]
    selected: str
    shortened: bool = False  # only the options with the most projects are offered


# A select of a thousand names helps nobody and weighs a hundred kilobytes on every
# listing: the organisation and donor facets offer those with the most projects (and the
# chosen one); the search box finds any other by its name.
LONG_FACETS = {"organisation"}
LONG_FACET_OPTIONS = 50


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search", strip=True)
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=countries, method="filter_country"
    )
    theme = django_filters.CharFilter(label=_("Theme"), method="filter_theme", max_length=120)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ProjectStatus.choices, method="filter_status"
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ProjectKind.choices)
    year = django_filters.NumberFilter(
        label=_("Active in year"),
        method="filter_year",
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
    )
    organisation = django_filters.CharFilter(
        label=_("Organisation"), method="filter_organisation", max_length=200
    )
    # Not a filter: validated here so that a bad value is ignored like any other.
    sort = django_filters.ChoiceFilter(label=_("Sort by"), choices=SORT_CHOICES, method="keep")

    class Meta:
        model = Project
        fields = []

    def filter_search(self, queryset, name, value):
        return search.search(queryset, value)

    def filter_country(self, queryset, name, value):
        return queryset.filter(countries__contains=[value])

    def filter_theme(self, queryset, name, value):
        return selectors.with_theme(queryset, value)

    def filter_status(self, queryset, name, value):
        return selectors.with_status(queryset, value)

    def filter_year(self, queryset, name, value):
        return selectors.active_in_year(queryset, int(value))

    def filter_organisation(self, queryset, name, value):
        return selectors.with_organisation(queryset, value)

    def keep(self, queryset, name, value):
        return queryset

    @property
    def active(self) -> dict:
        """The valid values in use, by filter name (sort not included)."""
        self.errors  # noqa: B018 (validates the form)
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name != "sort"
        }

    @property
    def searching(self) -> bool:
        return bool(search.search_terms(self.active.get("q", "")))

    @property
    def chosen_sort(self) -> str:
        """The chosen order; by relevance while searching, else newest first."""
        self.errors  # noqa: B018 (validates the form)
        chosen = self.form.cleaned_data.get("sort")
        if chosen == "relevance" and not self.searching:
            chosen = ""
        return chosen or ("relevance" if self.searching else "newest")

    @property
    def sort_choices(self) -> list[tuple[str, str]]:
        return [c for c in SORT_CHOICES if c[0] != "relevance" or self.searching]

    def queryset_without(self, excluded: str):
        """The projects every active filter but one selects: that facet's counts base."""
        queryset = self.queryset
        for name, value in self.active.items():
            if name != excluded:
                queryset = self.filters[name].filter(queryset, value)
        return queryset


def _selected(filterset, name) -> str:
    value = filterset.active.get(name)
    if value is None:
        return ""
    return str(int(value)) if name == "year" else str(value)


def facets(filterset: ProjectFilter) -> list[Facet]:
    """Every facet with its options and counts, in one query (none while the content and
    the filters are the same: every page and order of a listing shares the counts)."""
    chosen = sorted((name, str(value)) for name, value in filterset.active.items())
    key = f"facets:{get_language()}:{chosen}"
    counted = remember(hashlib.sha256(key.encode()).hexdigest(), lambda: facet_counts(filterset))
    result = []
    for name in FACETS:
        selected = _selected(filterset, name)
        options = [
            Option(value, label, count, value == selected)
            for value, label, count in OPTION_BUILDERS[name](counted[name])
            if count or value == selected
        ]
        shortened = name in LONG_FACETS and len(options) > LONG_FACET_OPTIONS
        if shortened:
            options = _with_most_projects(options, LONG_FACET_OPTIONS)
        result.append(Facet(name, filterset.filters[name].label, options, selected, shortened))
    return result


def _with_most_projects(options: list[Option], limit: int) -> list[Option]:
    """The `limit` options with the most projects, and the selected one, in their order."""
    most = {option.value for option in sorted(options, key=lambda o: -o.count)[:limit]}
    return [option for option in options if option.value in most or option.selected]


# --- the counts: one statement ---------------------------------------------------------
#
# Each facet counts the projects that every *other* active filter selects. The facets of
# filters not in use all count the same projects (every filter applied), so the statement
# holds one materialised set of projects for those, plus one per active filter, and one
# aggregate per facet over its set, joined by UNION ALL.


def facet_counts(filterset: ProjectFilter) -> dict[str, list[tuple]]:
    """{facet: [(value, label or None, position, count)]}, from one query."""
    sets, set_of = {}, {}
    for name in FACETS:
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
    for name in FACETS:
        sql, part_params = FACET_SQL[name](set_of[name])
        columns = "%s, f.option_value::text, f.option_label::text, f.option_position, f.n"
        parts.append(f"SELECT {columns} FROM ({sql}) AS f")  # noqa: S608 (values are parameters)
        params.extend([name, *part_params])
    counted = {name: [] for name in FACETS}
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


# --- from counts to options: (value, label, count) in the order the form shows them -----


def _country_options(rows):
    options = [(code, str(countries.name(code)), n) for code, _label, _position, n in rows]
    return sorted(options, key=lambda option: option[1].casefold())


def _year_options(rows):
    return sorted(((year, year, n) for year, _label, _position, n in rows), reverse=True)


def _choice_options(choices):
    def options(rows):
        counts = {value: n for value, _label, _position, n in rows}
        return [(value, label, counts.get(value, 0)) for value, label in choices]

    return options


def _sorted_by_position(rows):
    ordered = sorted(rows, key=lambda row: (row[2], row[1].casefold()))
    return [(value, label, n) for value, label, _position, n in ordered]


def _sorted_by_label(rows):
    ordered = sorted(rows, key=lambda row: row[1].casefold())
    return [(value, label, n) for value, label, _position, n in ordered]


OPTION_BUILDERS = {
    "country": _country_options,
    "theme": _sorted_by_position,
    "status": _choice_options(ProjectStatus.choices),
    "kind": _choice_options(ProjectKind.choices),
    "year": _year_options,
    "organisation": _sorted_by_label,
}


# --- facets that apps above projects add ----------------------------------------------


def add_related_facet(
    name: str,
    *,
    label: str,
    link_model,
    key: str,
    options: Callable,
    repeats: bool = False,
    long: bool = True,
) -> None:
    """A facet over rows that link a project to something an app above projects owns (the
    donors' fundings): `link_model` has a `project` foreign key and the foreign key `key`
    to that thing; `options()` gives the things a visitor may see, with a `slug` and a
    translated `name`. The filter ?<name>=<slug> and the counts both follow from these.
    Called from that app's AppConfig.ready(), so that projects does not import it.
    """
    if name in FACETS:
        return

    def filter_method(queryset, _name, slug):
        return selectors.with_related(queryset, link_model, key, options().filter(slug=slug))

    def counts(alias):
        labels = options().annotate(option_value=F("slug"), option_label=localised("name"))
        return labelled_counts(
            alias,
            link_model,
            key,
            labels.values("id", "option_value", "option_label"),
            distinct=repeats,
        )

    ProjectFilter.base_filters[name] = django_filters.CharFilter(
        label=label, method=filter_method, max_length=200
    )
    FACETS.append(name)
    FACET_SQL[name] = counts
    OPTION_BUILDERS[name] = _sorted_by_label
    if long:
        LONG_FACETS.add(name)
