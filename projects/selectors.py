"""Querysets for public project pages, with exactly what each template reads prefetched,
and the project queries of other apps' pages (an organisation's projects, a country's)."""

from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateField,
    Exists,
    ExpressionWrapper,
    F,
    FilteredRelation,
    Func,
    OuterRef,
    Prefetch,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.functions import (
    Coalesce,
    ExtractYear,
    Greatest,
    JSONObject,
    Lower,
    RowNumber,
)
from django_countries import countries

from core.localised import localised, localised_order, name_order
from core.models import today
from organisations.models import Organisation
from projects.models import (
    Participation,
    ParticipationRole,
    Project,
    ProjectStatus,
    ProjectTheme,
    Theme,
)

# The columns a project card shows (projects/templatetags/project_cards.py): the listing's
# twenty cards read no others (each timestamp more is a parsed datetime per card).
CARD_SHOWS = (
    "id",
    "slug",
    "kind",
    "title_nl",
    "title_en",
    "summary_nl",
    "summary_en",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "is_ongoing",
    "manual_status",
    "countries",
)
# With what the other lists of cards (feeds, related projects) also read; big text
# (descriptions) stays in the database.
CARD_FIELDS = (
    *CARD_SHOWS,
    "image",
    "image_width",
    "image_height",
    "image_alt_nl",
    "image_alt_en",
    "publication",
    "created_at",
    "updated_at",
)


def lead_participation() -> FilteredRelation:
    """The lead's participation as a join: a project has at most one (a unique constraint)."""
    return FilteredRelation(
        "participations", condition=Q(participations__role=ParticipationRole.LEAD)
    )


def theme_names() -> ArraySubquery:
    """A project's themes as [{"slug", "name"}] in the active language, in the row itself."""
    return ArraySubquery(
        Theme.objects.filter(projects=OuterRef("pk"))
        .order_by("position", localised("name"), "pk")
        .annotate(json=JSONObject(slug="slug", name=localised("name")))
        .values("json")
    )


def themes_prefetch() -> Prefetch:
    return Prefetch("themes", queryset=Theme.objects.all(), to_attr="theme_list")


def public_projects():
    """Every public project (the listing filters, sorts and pages them)."""
    return Project.objects.public()


def public_project_cards(queryset=None):
    """Public projects ready for `{% project_card project %}`: one query.

    Usage: `public_project_cards()[:6]`, or pass an already filtered queryset of Project.
    """
    queryset = Project.objects.all() if queryset is None else queryset
    return project_cards(queryset.public())


def project_cards(queryset):
    """As public_project_cards, for a queryset already limited to public projects.

    Each row brings the lead organisation's name (`project.lead_name`) and the themes
    (`project.theme_list`), in the active language; the long texts stay in the database.
    """
    return (
        queryset.alias(lead_participation=lead_participation())
        .annotate(
            lead_name=localised("lead_participation__organisation__name"),
            theme_list=theme_names(),
        )
        .only(*CARD_FIELDS)
    )


# --- at most a few cards, and how many there are in all ---------------------------------

# Project cards on a country, donor or organisation page (per list); the listing, filtered
# on that country, donor or organisation, has all of them.
PROJECT_CARDS_SHOWN = 12


def newest_first():
    """The order of the cards on those pages: the latest start first, undated projects last."""
    return [F("start").desc(nulls_last=True), Lower(localised("title")), "pk"]


def first_cards(cards, limit: int = PROJECT_CARDS_SHOWN):
    """([the first `limit` of these project cards, newest first], how many there are in all).

    One query: every row carries the total as a window function, counted before the LIMIT.
    `cards` must hold each project once (filter with Exists rather than a join).
    """
    rows = list(cards.annotate(total=Window(Count("pk"))).order_by(*newest_first())[:limit])
    return rows, rows[0].total if rows else 0


def countries_of(projects):
    """[{code, name}] of every country of these projects, once, by name in this language."""
    codes = (
        projects.annotate(code=Func(F("countries"), function="unnest"))
        .order_by()
        .values_list("code", flat=True)
        .distinct()
    )
    return sorted(
        ({"code": code.lower(), "name": countries.name(code)} for code in codes if code),
        key=lambda country: name_order(country["name"]),
    )


# --- activity by year ----------------------------------------------------------------


def with_active_years(queryset):
    """Annotate the first and last calendar year a project is active.

    No start: the end year. No end: until this year (or the start year if that is later),
    since open-ended work goes on. No dates at all: never (both null).
    """
    this_day = Value(today(), output_field=DateField())
    return queryset.alias(
        active_from=ExtractYear(Coalesce("start", "end")),
        active_until=ExtractYear(Coalesce("end", Greatest("start", this_day))),
    )


def active_in_year(queryset, year: int):
    """Projects whose period overlaps the calendar year."""
    return with_active_years(queryset).filter(active_from__lte=year, active_until__gte=year)


# --- filters on related things ---------------------------------------------------------


def with_theme(queryset, slug: str):
    return queryset.filter(
        Exists(ProjectTheme.objects.filter(project=OuterRef("pk"), theme__slug=slug))
    )


def with_organisation(queryset, slug: str):
    """Those of these public projects a public organisation takes part in, in any role."""
    taking_part = Participation.objects.of_public_organisations().filter(
        project=OuterRef("pk"), organisation__slug=slug
    )
    return queryset.filter(Exists(taking_part))


def with_related(queryset, link_model, key: str, related):
    """Projects linked through `link_model` (with a `project` foreign key) to one of the
    `related` rows by its foreign key `key`: a facet an app above projects adds."""
    return queryset.filter(
        Exists(link_model.objects.filter(project=OuterRef("pk"), **{f"{key}__in": related}))
    )


def with_status(queryset, status: str):
    return queryset.with_status().filter(current_status=status)


# --- the project page ------------------------------------------------------------------


# What apps above projects show on a project's page (the donors' fundings): functions
# that return a Prefetch, added from their AppConfig.ready() with add_detail_prefetch().
DETAIL_PREFETCHES: list = []


def add_detail_prefetch(make_prefetch) -> None:
    if make_prefetch not in DETAIL_PREFETCHES:
        DETAIL_PREFETCHES.append(make_prefetch)


# Columns that apps above add to the project's own row (finances' money as JSON): name ->
# function returning the expression. Unlike a prefetch, they cost no query of their own.
DETAIL_ANNOTATIONS: dict = {}


def add_detail_annotation(name: str, make_expression) -> None:
    DETAIL_ANNOTATIONS[name] = make_expression


def public_project_for_sharing(slug: str):
    """What a public project's Open Graph image shows (title, lead, photo), in one query;
    raises DoesNotExist."""
    return (
        Project.objects.public()
        .alias(lead_participation=lead_participation())
        .annotate(lead_name=localised("lead_participation__organisation__name"))
        .only("slug", "title_nl", "title_en", "image", "image_width", "image_height", "updated_at")
        .get(slug=slug)
    )


def public_project_detail(slug: str):
    """A public project with everything its page shows, in 7 queries; raises DoesNotExist."""
    # Of this public project: the project needs no second check.
    participations = (
        Participation.objects.of_public_organisations()
        .select_related("organisation")
        .order_by(
            Case(
                When(role=ParticipationRole.LEAD, then=Value(0)),
                When(role=ParticipationRole.PARTNER, then=Value(1)),
                default=Value(2),
            ),
            "position",
            "id",
        )
    )
    return (
        Project.objects.public()
        .prefetch_related(
            Prefetch("participations", queryset=participations, to_attr="participation_list"),
            themes_prefetch(),
            Prefetch("target_groups", to_attr="target_group_list"),
            Prefetch("reach_figures", to_attr="reach_figure_list"),
            *(make_prefetch() for make_prefetch in DETAIL_PREFETCHES),
        )
        .annotate(**{name: make() for name, make in DETAIL_ANNOTATIONS.items()})
        .get(slug=slug)
    )


def recent_public_projects(limit: int = 20):
    """For the feeds: recently published or updated, newest first."""
    return Project.objects.public().only(*CARD_FIELDS).order_by("-updated_at", "-pk")[:limit]


# --- pages of other apps that list projects or their participants ---------------------


def organisations_taking_part():
    """The ids of the organisations taking part in a public project, for the directory
    (organisations.selectors.directory), which lists only public organisations anyway."""
    return Participation.objects.in_public_projects().values("organisation_id")


def running_project_cards(limit: int):
    """Public running and ongoing projects as cards, newest first (the home page)."""
    running = Project.objects.with_status().filter(
        current_status__in=[ProjectStatus.RUNNING, ProjectStatus.ONGOING]
    )
    return list(public_project_cards(running)[:limit])


def country_project_cards(code: str):
    """([the first cards of the public projects in a country], how many there are)."""
    return first_cards(public_project_cards(Project.objects.filter(countries__contains=[code])))


def partners_in_country(code: str):
    """Public organisations based elsewhere taking part in a public project in a country,
    by name (the country page lists those based there on their own)."""
    taking_part = Participation.objects.public().filter(project__countries__contains=[code])
    return (
        Organisation.objects.filter(pk__in=taking_part.values("organisation_id"))
        .exclude(country=code)
        .order_by(localised_order())
    )


@dataclass
class ProjectsByRole:
    """An organisation's public projects as cards: at most `limit` of each list, newest
    first, with how many there are in all."""

    lead: list
    lead_total: int
    partner: list
    partner_total: int

    @property
    def total(self) -> int:
        return self.lead_total + self.partner_total

    @property
    def is_capped(self) -> bool:
        return len(self.lead) < self.lead_total or len(self.partner) < self.partner_total


def projects_by_role(organisation, limit: int = PROJECT_CARDS_SHOWN) -> ProjectsByRole:
    """The public projects it leads and those it is a partner in, as cards, in one query
    (the organisation's profile).

    Window functions per role (lead or not) number the rows and count them all, so the
    query returns at most `limit` rows of each with the totals in every row.
    """
    # One filter(), so that the organisation and the role are those of one participation
    # (an organisation takes part in a project once).
    leads = ExpressionWrapper(
        Q(organisation_role=ParticipationRole.LEAD), output_field=BooleanField()
    )
    projects = (
        public_project_cards(
            Project.objects.filter(participations__organisation=organisation).alias(
                organisation_role=F("participations__role")
            )
        )
        .annotate(
            leads=leads,
            role_total=Window(Count("pk"), partition_by=[leads]),
            position=Window(RowNumber(), partition_by=[leads], order_by=newest_first()),
        )
        .filter(position__lte=limit)
        .order_by(*newest_first())
    )
    lead, partner = [], []
    totals = {True: 0, False: 0}
    for project in projects:
        (lead if project.leads else partner).append(project)
        totals[project.leads] = project.role_total
    return ProjectsByRole(lead, totals[True], partner, totals[False])
