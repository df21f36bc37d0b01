"""Which projects go into an IATI file, who reports them, and what is read per chunk.

An activity needs a reporting organisation with an IATI identifier (`reporting-org/@ref`
is required) and at least one date (`activity-date` is required). A public project that
has neither is left out of the files rather than written invalid; the readiness panel
(`iati.readiness`) tells its editors why.
"""

from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, QuerySet

from donors.models import Funding
from finances.models import Budget, Transaction
from iati.models import ProjectPolicyMarker
from organisations.models import Organisation
from projects.models import Participation, ParticipationRole, Project, Theme
from results.models import Disaggregation, Indicator, IndicatorPeriod, Result

# Projects read per database round trip; each chunk brings its own prefetches.
CHUNK_SIZE = 500


def portal_network() -> Organisation | None:
    """The portal's own network when it is public: it reports the projects whose lead has
    no IATI identifier of its own, and its default types apply where a lead sets none."""
    return Organisation.objects.public().portal_network()


def network_reports(network: Organisation | None) -> bool:
    return bool(network and network.iati_identifier)


def lead_with_identifier():
    return Participation.objects.filter(
        project=OuterRef("pk"), role=ParticipationRole.LEAD
    ).exclude(organisation__iati_identifier="")


def exportable_projects(network: Organisation | None) -> QuerySet[Project]:
    """Public projects that make a valid activity: a date, and a reporting organisation."""
    projects = Project.objects.public().filter(Q(start__isnull=False) | Q(end__isnull=False))
    if network_reports(network):
        return projects
    return projects.filter(Exists(lead_with_identifier()))


def reported_by(organisation: Organisation, network: Organisation | None) -> QuerySet[Project]:
    """The exportable projects this organisation reports: those it leads, and, for the
    portal network, those whose lead has no identifier of its own."""
    projects = exportable_projects(network)
    led = Q(
        Exists(
            Participation.objects.filter(
                project=OuterRef("pk"), role=ParticipationRole.LEAD, organisation=organisation
            )
        )
    )
    if network_reports(network) and organisation.pk == network.pk:
        return projects.filter(led | ~Exists(lead_with_identifier()))
    if not organisation.iati_identifier:
        return projects.none()
    return projects.filter(led)


def version(projects: QuerySet[Project]) -> tuple[int, object]:
    """(count, newest change) of a file's projects: one cheap aggregate for ETag and
    Last-Modified."""
    row = projects.order_by().aggregate(count=Count("pk"), newest=Max("updated_at"))
    return row["count"], row["newest"]


def with_activity_data(projects: QuerySet[Project]) -> QuerySet[Project]:
    """Everything an activity shows, prefetched per chunk of `.iterator(chunk_size=...)`.
    Only what the public may see: public organisations and donors."""
    periods = IndicatorPeriod.objects.prefetch_related(
        Prefetch("disaggregations", queryset=Disaggregation.objects.all())
    )
    indicators = Indicator.objects.prefetch_related(Prefetch("periods", queryset=periods))
    results = Result.objects.prefetch_related(Prefetch("indicators", queryset=indicators))
    return projects.order_by("pk").prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.of_public_organisations().select_related("organisation"),
        ),
        Prefetch(
            "fundings",
            queryset=Funding.objects.of_public_donors().select_related("donor").order_by("pk"),
        ),
        Prefetch("themes", queryset=Theme.objects.order_by("position", "pk")),
        "target_groups",
        Prefetch("policy_markers", queryset=ProjectPolicyMarker.objects.all()),
        Prefetch("budgets", queryset=Budget.objects.all()),
        Prefetch(
            "transactions",
            queryset=Transaction.objects.select_related(
                "provider_donor", "provider_organisation", "receiver_organisation"
            ),
        ),
        Prefetch("results", queryset=results),
    )


def lead_of(project: Project) -> Organisation | None:
    """The lead organisation, from the prefetched public participations."""
    for participation in project.participations.all():
        if participation.role == ParticipationRole.LEAD:
            return participation.organisation
    return None
