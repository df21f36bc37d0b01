"""The organisation directory's filters a visitor can combine (who is listed at all:
OrganisationQuerySet.in_directory)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.filters import ListingFilterSet
from organisations.models import Membership, Organisation, OrganisationKind


class OrganisationFilter(ListingFilterSet):
    """Country, network and kind; they combine, and an unknown value is simply ignored."""

    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("All countries"))
    network = django_filters.ModelChoiceFilter(
        label=_("Network"),
        queryset=Organisation.objects.none(),
        to_field_name="slug",
        field_name="network_memberships__network",
        empty_label=_("All networks"),
        method="filter_network",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=OrganisationKind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = Organisation
        fields = ["country", "network", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only choices that give results: the countries in the directory, and the published
        # networks with a member in it (a coalition whose members are not in the portal
        # would find nobody).
        codes = self.queryset.order_by().exclude(country="").values_list("country", flat=True)
        present = set(codes.distinct())
        self.filters["country"].extra["choices"] = [
            (code, name) for code, name in countries if code in present
        ]
        listed_members = Membership.objects.public().filter(member__in=self.queryset)
        self.filters["network"].queryset = (
            Organisation.objects.public()
            .networks()
            .filter(pk__in=listed_members.values("network_id"))
        )

    def filter_network(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=Membership.objects.public().filter(network=value).values("member_id")
        )
