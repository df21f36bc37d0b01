"""CSV downloads of the public projects (with the listing's filters), organisations, donors
and fundings, at /<language>/open-data/<name>.csv.

Headers are English snake_case; texts come in both languages (`title_nl`, `title_en`) and
names of codes in the address's language (`country_names`, `kind_name`). Each file is one
query, read through a server-side cursor and streamed, so that 20,000 rows stay bounded in
memory and the number of queries does not grow with them.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, Subquery
from django.utils import translation
from django.views.decorators.http import require_safe
from django_countries import countries

from api import selectors
from core.cache import public_cache_headers
from core.localised import localised
from core.spreadsheet import streaming_csv
from donors.models import DonorType, Funding
from organisations.models import OrganisationKind
from projects import ordering
from projects import selectors as project_selectors
from projects.filters import ProjectFilter
from projects.models import Participation, ParticipationRole, ProjectKind, ProjectStatus, Theme

CHUNK = 500


def _list(values) -> str:
    """Several values in one cell."""
    return "; ".join(str(value) for value in values if value)


def _country_names(codes) -> str:
    return _list(countries.name(code) for code in codes)


def _web_address(request, item) -> str:
    return request.build_absolute_uri(item.get_absolute_url())


def _download(name: str, columns: list[str], make_rows):
    """The file `<name>-<language>.csv`. Its rows are made while the response streams,
    after the view has returned: in the language of the address all the same."""
    language = translation.get_language()

    def rows():
        with translation.override(language):
            yield from make_rows()

    return streaming_csv(f"{name}-{language}.csv", columns, rows())


def _first_slug_subquery(participations):
    return Subquery(participations.values("organisation__slug")[:1])


# --- projects ---------------------------------------------------------------------------------

PROJECT_COLUMNS = [
    "slug",
    "title_nl",
    "title_en",
    "summary_nl",
    "summary_en",
    "kind",
    "kind_name",
    "status",
    "status_name",
    "start",
    "start_precision",
    "end",
    "end_precision",
    "is_ongoing",
    "countries",
    "country_names",
    "themes",
    "theme_names",
    "lead_organisation",
    "lead_organisation_name",
    "other_organisations",
    "donors",
    "iati_identifier",
    "url",
    "updated_at",
]


def project_rows(request, projects):
    """The rows of these public projects: what a project's lists hold comes as arrays in
    the row itself (ArraySubquery), so the whole file is one query."""
    taking_part = Participation.objects.of_public_organisations().filter(project=OuterRef("pk"))
    themes = Theme.objects.filter(projects=OuterRef("pk")).order_by("position", "pk")
    lead = taking_part.filter(role=ParticipationRole.LEAD)
    rows = projects.annotate(
        theme_slugs=ArraySubquery(themes.values("slug")),
        theme_names=ArraySubquery(themes.annotate(label=localised("name")).values("label")),
        lead_slug=_first_slug_subquery(lead),
        lead_name=Subquery(
            lead.annotate(label=localised("organisation__name")).values("label")[:1]
        ),
        other_slugs=ArraySubquery(
            taking_part.exclude(role=ParticipationRole.LEAD)
            .order_by("position", "pk")
            .values("organisation__slug")
        ),
        donor_slugs=ArraySubquery(
            Funding.objects.of_public_donors()
            .filter(project=OuterRef("pk"))
            .order_by("donor__slug")
            .values("donor__slug")
            .distinct()
        ),
    ).defer("description_nl", "description_en")
    for project in rows.iterator(chunk_size=CHUNK):
        yield [
            project.slug,
            project.title_nl,
            project.title_en,
            project.summary_nl,
            project.summary_en,
            project.kind,
            ProjectKind(project.kind).label,
            project.status,
            ProjectStatus(project.status).label,
            project.start,
            project.start_precision,
            project.end,
            project.end_precision,
            project.is_ongoing,
            _list(project.countries),
            _country_names(project.countries),
            _list(project.theme_slugs),
            _list(project.theme_names),
            project.lead_slug,
            project.lead_name,
            _list(project.other_slugs),
            _list(project.donor_slugs),
            project.iati_identifier,
            _web_address(request, project),
            project.updated_at.isoformat(),
        ]


@require_safe
@public_cache_headers
def projects_csv(request):
    """The projects the listing shows for the same query string, in its order (invalid
    values are ignored there, and so here)."""
    filterset = ProjectFilter(request.GET, queryset=project_selectors.public_projects())
    projects = ordering.sort_projects(filterset.qs, filterset.chosen_sort)
    return _download("projects", PROJECT_COLUMNS, lambda: project_rows(request, projects))


# --- organisations, donors, fundings ------------------------------------------------------------

ORGANISATION_COLUMNS = [
    "slug",
    "name_nl",
    "name_en",
    "short_name_nl",
    "short_name_en",
    "kind",
    "kind_name",
    "country",
    "country_name",
    "city",
    "website",
    "iati_identifier",
    "iati_type",
    "url",
    "updated_at",
]


def organisation_rows(request):
    for organisation in selectors.public_organisations().iterator(chunk_size=CHUNK):
        code = organisation.country.code
        yield [
            organisation.slug,
            organisation.name_nl,
            organisation.name_en,
            organisation.short_name_nl,
            organisation.short_name_en,
            organisation.kind,
            OrganisationKind(organisation.kind).label,
            code,
            countries.name(code) if code else "",
            organisation.city,
            organisation.website,
            organisation.iati_identifier,
            organisation.iati_type,
            _web_address(request, organisation),
            organisation.updated_at.isoformat(),
        ]


@require_safe
@public_cache_headers
def organisations_csv(request):
    return _download("organisations", ORGANISATION_COLUMNS, lambda: organisation_rows(request))


DONOR_COLUMNS = [
    "slug",
    "name_nl",
    "name_en",
    "short_name_nl",
    "short_name_en",
    "type",
    "type_name",
    "country",
    "country_name",
    "website",
    "project_count",
    "organisation",
    "url",
    "updated_at",
]


def donor_rows(request):
    for donor in selectors.public_donors().iterator(chunk_size=CHUNK):
        code = donor.country.code
        yield [
            donor.slug,
            donor.name_nl,
            donor.name_en,
            donor.short_name_nl,
            donor.short_name_en,
            donor.type,
            DonorType(donor.type).label,
            code,
            countries.name(code) if code else "",
            donor.website,
            donor.project_count or 0,
            donor.public_organisation_slug,
            _web_address(request, donor),
            donor.updated_at.isoformat(),
        ]


@require_safe
@public_cache_headers
def donors_csv(request):
    return _download("donors", DONOR_COLUMNS, lambda: donor_rows(request))


FUNDING_COLUMNS = [
    "project",
    "project_title_nl",
    "project_title_en",
    "donor",
    "donor_name_nl",
    "donor_name_en",
    "instrument_name_nl",
    "instrument_name_en",
    "amount",
    "currency",
    "start",
    "end",
]


def funding_rows():
    for funding in selectors.public_fundings().iterator(chunk_size=CHUNK):
        instrument = funding.instrument
        yield [
            funding.project.slug,
            funding.project.title_nl,
            funding.project.title_en,
            funding.donor.slug,
            funding.donor.name_nl,
            funding.donor.name_en,
            instrument.name_nl if instrument else "",
            instrument.name_en if instrument else "",
            funding.amount,
            funding.currency,
            funding.start,
            funding.end,
        ]


@require_safe
@public_cache_headers
def fundings_csv(request):
    return _download("fundings", FUNDING_COLUMNS, funding_rows)
