"""The listing's filters (validated here; applied in SQL for the API and the CSV files, on
the listing index for the listing page: projects.listing), and how each facet's options
are ordered.
"""

import copy
import functools
from collections.abc import Callable

import django_filters
import django_filters.fields
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.localised import name_order
from projects import search, selectors
from projects.listing_index import FIRST_YEAR, LAST_YEAR, LONG_FACETS, RELATED_FACETS
from projects.models import (
    Project,
    ProjectKind,
    ProjectStatus,
    country_name,
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

# A select of a thousand names helps nobody and weighs a hundred kilobytes on every
# listing: the organisation and donor facets (LONG_FACETS) offer those with the most
# projects (and the chosen one: projects.listing); the search box finds any other by name.


@functools.cache
def country_codes() -> frozenset[str]:
    return frozenset(code for code, _name in countries)


class CountryChoiceField(django_filters.fields.ChoiceField):
    """Checked against the codes alone: ChoiceField.valid_value() goes through the choices
    until it meets the value, naming every country on its way (some 2 ms a request)."""

    def valid_value(self, value) -> bool:
        return str(value) in country_codes()

    def __deepcopy__(self, memo):
        # ChoiceField deep-copies its choices into every form built (249 countries with
        # lazy names, half a millisecond a request); they never change, so share them.
        result = forms.Field.__deepcopy__(self, memo)
        result._choices = copy.copy(self._choices)
        result._choices.field = result
        return result


class CountryFilter(django_filters.ChoiceFilter):
    field_class = CountryChoiceField


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search", strip=True)
    country = CountryFilter(label=_("Country"), choices=countries, method="filter_country")
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

    def get_form_class(self):
        # django-filter makes a new form class, and all its fields, for every request; the
        # filters are the same for every request (add_related_facet runs before any).
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def filter_search(self, queryset, name, value):
        return search.search(queryset, value)

    def filter_country(self, queryset, name, value: str):  # str: a hint for the API's schema
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


# --- from counts to options: (value, label, count) in the order the form shows them -----


def _country_options(rows):
    options = [(code, country_name(code), n) for code, _label, _position, n in rows]
    return sorted(options, key=lambda option: name_order(option[1]))


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

    ProjectFilter.base_filters[name] = django_filters.CharFilter(
        label=label, method=filter_method, max_length=200
    )
    FACETS.append(name)
    RELATED_FACETS[name] = (link_model, key, options)
    OPTION_BUILDERS[name] = _sorted_by_label
    if long:
        LONG_FACETS.add(name)
