"""The organisation directory: who is listed, and the filters a visitor can combine."""

import django_filters
from django.conf import settings
from django.db.models import (
    Case,
    CharField,
    F,
    IntegerField,
    Prefetch,
    Q,
    Value,
    When,
)
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cpcportal.models import Publication
from organisations.models import Membership, MembershipRole, Organisation, OrganisationKind
from projects.models import Participation, Project


def localised_order(field: str = "name"):
    """Order by a translated field as the visitor reads it: the active language's value,
    or the Dutch one where that is empty (a plain order_by would put those first)."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    language = (get_language() or default).split("-")[0]
    if language == default:
        return F(f"{field}_{default}").asc()
    return Coalesce(
        NullIf(F(f"{field}_{language}"), Value("")),
        F(f"{field}_{default}"),
        output_field=CharField(),
    ).asc()


def current_public_memberships():
    """Memberships a visitor may see: in a published network, not ended."""
    return Membership.objects.filter(
        network__publication=Publication.PUBLISHED, year_left__isnull=True
    )


def network_members(network):
    """A network's current, published members: chair and secretariat first, then by name."""
    return list(
        current_public_memberships()
        .filter(network=network, member__in=Organisation.objects.public())
        .select_related("member")
        .annotate(
            role_order=Case(
                When(role=MembershipRole.CHAIR, then=Value(0)),
                When(role=MembershipRole.SECRETARIAT, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("role_order", localised_order("member__name"))
    )


def directory_organisations():
    """Published organisations that belong in the directory.

    Networks, members of a published network, and every body that takes part in a public
    project (lead, partner or implementing partner). Outside bodies such as ministries are
    listed too, and the kind filter tells them apart; a published organisation outside the
    directory still has its profile page.
    """
    # Uncorrelated IN subqueries: PostgreSQL runs each once (hashed), whereas correlated
    # EXISTS over public projects was re-run per organisation and grew with the data squared.
    in_network = current_public_memberships().values("member_id")
    in_project = Participation.objects.filter(project__in=Project.objects.public()).values(
        "organisation_id"
    )
    return (
        Organisation.objects.public()
        .filter(Q(kind=OrganisationKind.NETWORK) | Q(pk__in=in_network) | Q(pk__in=in_project))
        .prefetch_related(
            Prefetch(
                "network_memberships",
                queryset=current_public_memberships().select_related("network"),
                to_attr="public_memberships",
            )
        )
    )


class OrganisationFilter(django_filters.FilterSet):
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
        # Only choices that give results: the countries in the directory, published networks.
        codes = self.queryset.order_by().exclude(country="").values_list("country", flat=True)
        present = set(codes.distinct())
        self.filters["country"].extra["choices"] = [
            (code, name) for code, name in countries if code in present
        ]
        self.filters["network"].queryset = Organisation.objects.public().networks()

    @property
    def form(self):
        form = super().form
        for field in form.fields.values():
            field.widget.attrs["class"] = "form-select"
            # The default message repeats the value from the URL, however long it is.
            field.error_messages["invalid_choice"] = _(
                "This choice is not available, so it is not applied."
            )
        return form

    def filter_network(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            pk__in=current_public_memberships().filter(network=value).values("member_id")
        )
