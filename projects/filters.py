"""The listing's filters and their counts (facets).

Each facet's counts take every other active filter into account, and each is one
aggregate query, whatever the number of options or projects.
"""

from dataclasses import dataclass

import django_filters
from django.db import connection
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cpcportal.models import today
from donors.models import Donor
from organisations.models import Organisation
from projects import search, selectors
from projects.models import Project, ProjectKind, ProjectStatus, Theme

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("newest", _("Newest")),
    ("title", _("Title")),
    ("start", _("Start date")),
]

# The filters shown as facets, in the order of the form.
FACETS = ("country", "theme", "status", "kind", "year", "organisation", "donor")

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
    donor = django_filters.CharFilter(label=_("Donor"), method="filter_donor", max_length=200)
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

    def filter_donor(self, queryset, name, value):
        return selectors.with_donor(queryset, value)

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


def _ids(queryset):
    return queryset.order_by().values("pk")


def _selected(filterset, name) -> str:
    value = filterset.active.get(name)
    if value is None:
        return ""
    return str(int(value)) if name == "year" else str(value)


def facets(filterset: ProjectFilter) -> list[Facet]:
    """Every facet with its options and counts; one query per facet."""
    builders = {
        "country": _country_options,
        "theme": _theme_options,
        "status": _status_options,
        "kind": _kind_options,
        "year": _year_options,
        "organisation": _organisation_options,
        "donor": _donor_options,
    }
    result = []
    for name in FACETS:
        selected = _selected(filterset, name)
        counted = builders[name](filterset.queryset_without(name))
        options = [
            Option(value, label, count, value == selected)
            for value, label, count in counted
            if count or value == selected
        ]
        result.append(Facet(name, filterset.filters[name].label, options, selected))
    return result


def _raw_counts(queryset, select_sql: str, from_sql: str, params=()) -> list[tuple]:
    """Group the projects of a queryset by something Django cannot group by (unnest…)."""
    sql, query_params = _ids(queryset).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {select_sql}, COUNT(DISTINCT p.id) FROM projects_project p, {from_sql} "  # noqa: S608 (fixed SQL; values are parameters)
            f"WHERE p.id IN ({sql}) GROUP BY 1",
            [*params, *query_params],
        )
        return cursor.fetchall()


def _country_options(queryset):
    counts = dict(_raw_counts(queryset, "code", "unnest(p.countries) AS code"))
    options = [(code, str(countries.name(code)), n) for code, n in counts.items()]
    return sorted(options, key=lambda option: option[1].casefold())


def _year_options(queryset):
    # The same span as selectors.with_active_years, so counts and filter agree.
    counts = _raw_counts(
        queryset,
        "year",
        'generate_series(EXTRACT(YEAR FROM COALESCE(p.start, p."end"))::int, '
        'EXTRACT(YEAR FROM COALESCE(p."end", GREATEST(p.start, %s::date)))::int) AS year',
        [today()],
    )
    return sorted(((str(year), str(year), n) for year, n in counts), reverse=True)


def _theme_options(queryset):
    themes = Theme.objects.annotate(
        n=Count("projects", filter=Q(projects__in=_ids(queryset)), distinct=True)
    ).filter(n__gt=0)
    return [(theme.slug, theme.name, theme.n) for theme in themes]


def _status_options(queryset):
    counts = dict(
        Project.objects.filter(pk__in=_ids(queryset))
        .with_status()
        .values_list("current_status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(value, label, counts.get(value, 0)) for value, label in ProjectStatus.choices]


def _kind_options(queryset):
    counts = dict(
        Project.objects.filter(pk__in=_ids(queryset))
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(value, label, counts.get(value, 0)) for value, label in ProjectKind.choices]


def _organisation_options(queryset):
    organisations = (
        Organisation.objects.public()
        .filter(participations__project__in=_ids(queryset))
        .annotate(n=Count("participations__project", distinct=True))
        .only("slug", "name_nl", "name_en", "short_name_nl", "short_name_en")
    )
    options = [(o.slug, o.name, o.n) for o in organisations]
    return sorted(options, key=lambda option: option[1].casefold())


def _donor_options(queryset):
    donors = (
        Donor.objects.public()
        .filter(fundings__project__in=_ids(queryset))
        .annotate(n=Count("fundings__project", distinct=True))
        .only("slug", "name_nl", "name_en")
    )
    options = [(d.slug, d.name, d.n) for d in donors]
    return sorted(options, key=lambda option: option[1].casefold())
