"""Querysets for the public organisation pages and for the site's pages about the portal's
own network, with exactly what each template reads prefetched.

Queries that need projects or donors live with those apps (projects.selectors,
donors.selectors); this module imports neither.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Case, Count, IntegerField, OuterRef, Prefetch, Q, Value, When
from django.db.models.functions import JSONObject

from core.localised import localised, localised_order
from organisations.models import (
    LICENCE_URLS,
    AnnualReport,
    Goal,
    Membership,
    OpenDataLicence,
    Organisation,
    Partnership,
    PartnershipLevel,
    SocialLink,
)

# --- what apps above organisations add to its pages ------------------------------------
#
# Organisations sit below projects and donors, yet the directory lists the bodies taking part
# in public projects and a profile shows an organisation's projects and donors. Those apps
# add their queries here from their AppConfig.ready(), so that this app imports neither.

# Functions returning a subquery of organisation ids that belong in the directory.
DIRECTORY_SOURCES: list = []
# Name in the profile's context -> function(organisation) giving its value.
PROFILE_SECTIONS: dict = {}
# Columns apps above add to the organisation's own row on its profile (publications as
# JSON): name -> function returning the expression. Unlike a section, they cost no query.
PROFILE_ANNOTATIONS: dict = {}


def add_directory_source(organisation_ids) -> None:
    if organisation_ids not in DIRECTORY_SOURCES:
        DIRECTORY_SOURCES.append(organisation_ids)


def add_profile_section(name: str, query) -> None:
    PROFILE_SECTIONS[name] = query


def add_profile_annotation(name: str, make_expression) -> None:
    PROFILE_ANNOTATIONS[name] = make_expression


def profile_sections(organisation) -> dict:
    """What the apps above add to an organisation's profile, by context name."""
    return {name: query(organisation) for name, query in PROFILE_SECTIONS.items()}


# --- the organisation pages ---------------------------------------------------------------


def directory():
    """The organisations in the directory (OrganisationQuerySet.in_directory, with the
    sources the apps above add), each with its `public_memberships`."""
    sources = [organisation_ids() for organisation_ids in DIRECTORY_SOURCES]
    return Organisation.objects.in_directory(*sources).with_public_memberships()


def public_organisation_for_sharing(slug: str):
    """What a public organisation's Open Graph image shows (its name and place), in one
    query; raises Organisation.DoesNotExist."""
    return (
        Organisation.objects.public()
        .only("slug", "name_nl", "name_en", "city", "country", "updated_at")
        .get(slug=slug)
    )


def public_organisation(slug: str):
    """A public organisation with what its profile reads; raises Organisation.DoesNotExist."""
    return (
        with_annual_reports(Organisation.objects.public())
        .with_goals()
        .prefetch_related(
            "principles",
            Prefetch("social_links", queryset=SocialLink.objects.order_by("platform")),
            "frameworks",
        )
        .annotate(**{name: make() for name, make in PROFILE_ANNOTATIONS.items()})
        .get(slug=slug)
    )


def with_annual_reports(organisations):
    """Each organisation's annual reports, newest first, as `annual_report_list` ({year,
    url} each) on its own row: a profile already makes ten queries."""
    reports = (
        AnnualReport.objects.filter(organisation=OuterRef("pk"))
        .order_by("-year")
        .values(report=JSONObject(year="year", url="url"))
    )
    return organisations.annotate(annual_report_list=ArraySubquery(reports))


def networks_and_members(organisation):
    """(the public memberships of the organisation in networks, by network name;
    for a network, its public members: chair and secretariat first), in one query."""
    memberships = list(Membership.objects.of_organisation(organisation))
    networks = [m for m in memberships if not m.is_members_row]
    members = [m for m in memberships if m.is_members_row] if organisation.is_network else []
    return networks, members


def partnerships_by_level(organisation):
    """[(level label, [partnerships])] from local to international, empty levels left out."""
    partnerships = (
        Partnership.objects.public()
        .filter(organisation=organisation)
        .select_related("partner")
        .order_by(localised_order("partner__name"), "kind")
    )
    grouped = {level: [] for level in PartnershipLevel.values}
    for partnership in partnerships:
        grouped[partnership.level].append(partnership)
    return [(PartnershipLevel(level).label, items) for level, items in grouped.items() if items]


def partnership_index(level: str | None):
    """Public partnerships for the index, from local to international, then by the names
    of both parties; those of one level when `level` is a level."""
    partnerships = Partnership.objects.public().select_related("organisation", "partner")
    if level in PartnershipLevel.values:
        partnerships = partnerships.filter(level=level)
    by_level = Case(
        *(When(level=value, then=Value(i)) for i, value in enumerate(PartnershipLevel.values)),
        output_field=IntegerField(),
    )
    return partnerships.order_by(
        by_level,
        localised_order("organisation__name"),
        localised_order("partner__name"),
        "kind",
        "pk",
    )


def partnerships_per_level() -> list[tuple[str, str, int]]:
    """(level, label, number of public partnerships) from local to international."""
    counts = dict(
        Partnership.objects.public().order_by().values_list("level").annotate(n=Count("pk"))
    )
    return [(level, label, counts.get(level, 0)) for level, label in PartnershipLevel.choices]


def iati_publishers():
    """Public organisations with an IATI organisation identifier (they have IATI files of
    their own), by name."""
    return list(
        Organisation.objects.public()
        .exclude(iati_identifier="")
        .only("slug", "name_nl", "name_en", "iati_identifier")
        .order_by(localised_order(), "pk")
    )


def based_per_country() -> dict[str, int]:
    """{country code: the number of public organisations based there}."""
    rows = (
        Organisation.objects.public()
        .exclude(country="")
        .order_by()
        .values_list("country")
        .annotate(n=Count("pk"))
    )
    return dict(rows)


def based_in(code: str):
    """Public organisations based in a country, by name."""
    return Organisation.objects.public().filter(country=code).order_by(localised_order())


# --- the portal's own network (home, about, the footer) ---------------------------------


def portal_network():
    """The portal's own network if it is public, with the titles of its goals in order
    (`goal_titles`, a column of its row: the home page has many sections to pay for), or
    None (home)."""
    goals = (
        Goal.objects.filter(network=OuterRef("pk"))
        .order_by("position", "id")
        .annotate(text=localised("title"))
        .values("text")
    )
    return (
        Organisation.objects.public()
        .filter(is_portal_network=True)
        .annotate(goal_titles=ArraySubquery(goals))
        .first()
    )


def portal_network_contact():
    """The public portal network's name and contact details, or None (the contact page)."""
    return (
        Organisation.objects.public()
        .filter(is_portal_network=True)
        .only("slug", "name_nl", "name_en", "email", "website", "city", "country")
        .first()
    )


def portal_network_with_goals():
    """The public portal network with its frameworks, its pillars with their goals and its
    goals under no pillar (`pillar_list`, `loose_goal_list`: OrganisationQuerySet.with_goals,
    as on a network's profile), or None."""
    return (
        Organisation.objects.public()
        .filter(is_portal_network=True)
        .with_goals()
        .prefetch_related("frameworks")
        .first()
    )


def network_members(network) -> list:
    """A network's public members, chair and secretariat first, then by name."""
    return list(Membership.objects.members_of(network))


def portal_network_links() -> list:
    """The public portal network's social links, by platform (the footer)."""
    return list(
        SocialLink.objects.public()
        .filter(organisation__is_portal_network=True)
        .order_by("platform")
    )


def open_data_licence() -> dict:
    """{code, name, url} of the licence the portal network publishes its open data under
    (a setting of the network, whether or not its profile is public); CC BY 4.0 without one."""
    code = (
        Organisation.objects.filter(is_portal_network=True)
        .values_list("open_data_licence", flat=True)
        .first()
    ) or OpenDataLicence.CC_BY_4
    return {"code": code, "name": OpenDataLicence(code).label, "url": LICENCE_URLS[code]}


def network_transparency():
    """The portal's network and its public members, by name, with their annual reports
    (newest first): what /transparency/ gathers. One query."""
    members = Membership.objects.public().filter(network__is_portal_network=True)
    return with_annual_reports(
        Organisation.objects.public()
        .filter(Q(is_portal_network=True) | Q(pk__in=members.values("member_id")))
        .order_by("name")
    )
