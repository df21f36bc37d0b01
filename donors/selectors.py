"""Querysets for the public donor pages, and the donor queries of other apps' pages: the
donors on an organisation's profile, the funders on a project's page, the options of the
listing's donor facet (plugged into the project pages in DonorsConfig.ready())."""

from django.db.models import Exists, Func, IntegerField, OuterRef, Prefetch, Subquery

from core.localised import localised_order
from donors.models import Donor, Funding, Instrument
from projects.models import Project
from projects.selectors import countries_of, first_cards, public_project_cards

# --- what apps above donors add to a donor's page ------------------------------------------

# Name in the donor page's context -> function(donor) giving its value (finances adds the
# money funded per year from its AppConfig.ready(); donors cannot import it).
DETAIL_SECTIONS: dict = {}


def add_detail_section(name: str, query) -> None:
    DETAIL_SECTIONS[name] = query


def detail_sections(donor) -> dict:
    """What the apps above add to a donor's page, by context name."""
    return {name: query(donor) for name, query in DETAIL_SECTIONS.items()}


# --- the donor pages ----------------------------------------------------------------------


def donors_with_project_counts():
    """Public donors, each with `project_count`: the public projects it funds.

    A subquery per donor rather than a join and GROUP BY: on a page of the list the
    database counts only for the donors shown, after the ORDER BY and LIMIT.
    """
    funded = Project.objects.public().filter(
        Exists(Funding.objects.filter(project=OuterRef("pk"), donor=OuterRef(OuterRef("pk"))))
    )
    return Donor.objects.public().annotate(
        project_count=Subquery(
            funded.order_by().annotate(count=Func("pk", function="COUNT")).values("count"),
            output_field=IntegerField(),
        )
    )


def donor_list():
    """Every public donor with its project count, by type (government first), then name."""
    return donors_with_project_counts().in_type_order(localised_order(), "pk")


def public_donor(slug: str):
    """A public donor with its project count and organisation; raises Donor.DoesNotExist."""
    return donors_with_project_counts().select_related("organisation").get(slug=slug)


def funded_projects(donor):
    """The projects a donor funds, each once (Exists, not a join: a project the donor funds
    twice is still one card); not yet limited to public ones."""
    return Project.objects.filter(
        Exists(Funding.objects.filter(project=OuterRef("pk"), donor=donor))
    )


def donor_project_cards(donor):
    """([the first cards of the public projects a donor funds, each with `donor_fundings`:
    the donor's fundings of it], how many there are)."""
    return first_cards(
        public_project_cards(funded_projects(donor)).prefetch_related(
            Prefetch(
                "fundings",
                queryset=Funding.objects.filter(donor=donor).select_related("instrument"),
                to_attr="donor_fundings",
            )
        )
    )


def donor_instruments(donor):
    """The donor's public instruments (those funding public projects), by name."""
    return (
        Instrument.objects.public()
        .filter(donor=donor)
        .select_related("managed_by")
        .order_by(localised_order())
    )


def donor_countries(donor):
    """[{code, name}] of every public project the donor funds, not only of the cards shown."""
    return countries_of(funded_projects(donor).public())


def funding_donors(organisation):
    """Public donors of the public fundings of projects this organisation takes part in
    (on its profile), once each, by name."""
    fundings = Funding.objects.public().filter(project__participations__organisation=organisation)
    return Donor.objects.filter(pk__in=fundings.values("donor_id")).order_by(localised_order())


# --- donors on the project pages ----------------------------------------------------------


def fundings_prefetch() -> Prefetch:
    """A public project's fundings by public donors, with donor and instrument, by donor
    name, as `funding_list` (the project page)."""
    fundings = (
        Funding.objects.of_public_donors()
        .select_related("donor", "instrument")
        .order_by("donor__name_nl", "pk")
    )
    return Prefetch("fundings", queryset=fundings, to_attr="funding_list")
