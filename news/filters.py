"""The news index's filters and search; they combine, and an unknown value is shown as an
error on the form and filters nothing."""

import django_filters
from django import forms
from django.db.models import Func
from django.db.models.functions import ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.filters import ListingFilterSet
from core.localised import localised, name_order
from news import selectors
from news.models import NewsItem

# The "from" filter's value for the network's own news. An organisation whose slug were
# this word is left out of the choices (it would shadow the network's news).
NETWORK = "network"


class NewsFilter(ListingFilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    source = django_filters.ChoiceFilter(
        label=_("From"), method="filter_source", empty_label=_("Everyone")
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), method="filter_country", empty_label=_("All countries")
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), method="filter_year", empty_label=_("All years")
    )
    # A project's page links to all its news; the form only carries it along.
    project = django_filters.CharFilter(
        label=_("Project"), method="filter_project", widget=forms.HiddenInput
    )

    class Meta:
        model = NewsItem
        fields = ["q", "source", "country", "year", "project"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only options that give results: what the public items have, read in one query
        # (which public items there are costs most of it: their projects' visibility).
        combinations = (
            self.queryset.order_by()
            .annotate(
                year=ExtractYear("published_on"),
                # One row per country of its project, and one (NULL) for an item about none.
                code=Func(
                    "project__countries",
                    template="unnest(coalesce(%(expressions)s, ARRAY[NULL]::varchar[]))",
                ),
            )
            .values_list("organisation__slug", localised("organisation__name"), "year", "code")
            .distinct()
        )
        sources, years, codes = {}, set(), set()
        for slug, name, year, code in combinations:
            if slug is not None and slug != NETWORK:
                sources[slug] = name
            years.add(year)
            codes.add(code)
        self.filters["source"].extra["choices"] = [
            (NETWORK, _("The network")),
            *sorted(sources.items(), key=lambda choice: name_order(choice[1])),
        ]
        self.filters["country"].extra["choices"] = sorted(
            ((code, name) for code, name in countries if code in codes),
            key=lambda choice: name_order(choice[1]),
        )
        self.filters["year"].extra["choices"] = [
            (str(year), str(year)) for year in sorted(years, reverse=True)
        ]

    def filter_search(self, queryset, name, value):
        return selectors.search(queryset, value, (get_language() or "nl").split("-")[0])

    def filter_source(self, queryset, name, value):
        if not value:
            return queryset
        if value == NETWORK:
            return queryset.network_news()
        return queryset.filter(organisation__slug=value)

    def filter_country(self, queryset, name, value):
        return queryset.filter(project__countries__contains=[value]) if value else queryset

    def filter_project(self, queryset, name, value):
        return queryset.filter(project__slug=value) if value else queryset

    def filter_year(self, queryset, name, value):
        return queryset.filter(published_on__year=int(value)) if value else queryset
