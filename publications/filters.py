"""The publication listing's filters and search; they combine, and an unknown value is
shown as an error on the form and filters nothing."""

import django_filters
from django.db.models import Func
from django.db.models.functions import ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.filters import ListingFilterSet
from core.localised import localised, localised_order, name_order
from organisations.models import Organisation
from projects.models import Theme
from publications import selectors
from publications.models import DocumentLanguage, Publication, PublicationKind


class PublicationFilter(ListingFilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    type = django_filters.ChoiceFilter(
        label=_("Type"),
        field_name="kind",
        choices=PublicationKind.choices,
        empty_label=_("All types"),
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"), method="filter_theme", empty_label=_("All themes")
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), method="filter_country", empty_label=_("All countries")
    )
    organisation = django_filters.ChoiceFilter(
        label=_("Organisation"), method="filter_organisation", empty_label=_("All organisations")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=DocumentLanguage.choices, empty_label=_("All languages")
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), method="filter_year", empty_label=_("All years")
    )

    class Meta:
        model = Publication
        fields = ["q", "type", "theme", "country", "organisation", "language", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only options that give results: what the public publications have.
        public = self.queryset
        themes = (
            Theme.objects.filter(publications__in=public.values("pk"))
            .distinct()
            .order_by("position", localised("name"))
            .values_list("slug", localised("name"))
        )
        self.filters["theme"].extra["choices"] = list(themes)
        codes = public.order_by().annotate(code=Func("countries", function="unnest"))
        present = set(codes.values_list("code", flat=True).distinct())
        self.filters["country"].extra["choices"] = sorted(
            ((code, name) for code, name in countries if code in present),
            key=lambda choice: name_order(choice[1]),
        )
        organisations = (
            Organisation.objects.public()
            .filter(publications__in=public.values("pk"))
            .distinct()
            .order_by(localised_order())
            .values_list("slug", localised("name"))
        )
        self.filters["organisation"].extra["choices"] = list(organisations)
        years = (
            public.order_by()
            .annotate(y=ExtractYear("published_on"))
            .values_list("y", flat=True)
            .distinct()
        )
        self.filters["year"].extra["choices"] = [
            (str(year), str(year)) for year in sorted(years, reverse=True)
        ]

    def filter_search(self, queryset, name, value):
        return selectors.search(queryset, value, (get_language() or "nl").split("-")[0])

    def filter_theme(self, queryset, name, value):
        return queryset.filter(themes__slug=value) if value else queryset

    def filter_country(self, queryset, name, value):
        return queryset.filter(countries__contains=[value]) if value else queryset

    def filter_organisation(self, queryset, name, value):
        if not value:
            return queryset
        # One organisation: each publication is joined to it at most once.
        return queryset.filter(organisations__in=Organisation.objects.public().filter(slug=value))

    def filter_year(self, queryset, name, value):
        return queryset.filter(published_on__year=int(value)) if value else queryset
