"""Public project pages: the listing with filters and search, and a project's page."""

import json

from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from django_countries import countries

from core.cache import cache_public_page
from images import opengraph
from projects import listing, selectors
from projects.filters import ProjectFilter
from projects.models import Project
from projects.related import related_projects

PER_PAGE = 20

# As django.utils.html.json_script escapes, so the JSON cannot end its <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@require_safe
@cache_public_page
def project_list(request):
    # Always bound, so that no parameters at all validates as "no filters". Only validated
    # here: the listing index applies the filters, not this queryset (the API's does).
    filterset = ProjectFilter(request.GET, queryset=Project.objects.none())
    sort = filterset.chosen_sort
    # The listing index picks the page's project ids; only those rows are read.
    page, facets = listing.listing_page(filterset, sort, request.GET.get("page"), PER_PAGE)
    page.object_list = listing.cards_in_order(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "projects/project_list.html",
        {
            "filter": filterset,
            "facets": facets,
            "page_obj": page,
            "projects": page.object_list,
            "is_filtered": bool(filterset.active),
            "searching": filterset.searching,
            "sort": sort,
            "sort_choices": filterset.sort_choices,
            "querystring": query.urlencode(),
        },
    )


@require_safe
@cache_public_page
def project_detail(request, slug):
    try:
        project = selectors.public_project_detail(slug)
    except Project.DoesNotExist:
        raise Http404(gettext("No such project.")) from None
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "countries": project.country_names(),
            "related_projects": related_projects(project),
            "json_ld": json_ld(request, project),
        },
    )


@require_safe
def project_og_image(request, slug):
    """The 1200 × 630 PNG that social media show for a link to the project's page."""
    try:
        project = selectors.public_project_for_sharing(slug)
    except Project.DoesNotExist:
        raise Http404(gettext("No such project.")) from None
    return opengraph.response(
        request,
        kind="projects",
        key=project.slug,
        title=str(project.title),
        subtitle=project.lead_name or "",
        photo=project.image or None,
        updated_at=project.updated_at,
        site_name=gettext("Child Rights Portal"),
    )


def json_ld(request, project) -> str:
    """schema.org data about the project, safe inside <script type="application/ld+json">."""
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": project.title,
        "description": project.summary,
        "url": request.build_absolute_uri(project.get_absolute_url()),
    }
    if project.website:
        data["sameAs"] = project.website
    if project.start:
        data["startDate"] = project.start.isoformat()
    if project.end:
        data["endDate"] = project.end.isoformat()
    if project.countries:
        data["areaServed"] = [
            {"@type": "Country", "name": str(countries.name(code))} for code in project.countries
        ]
    participations = getattr(project, "participation_list", [])
    organisations = [{"@type": "Organization", "name": p.organisation.name} for p in participations]
    if organisations:
        data["member"] = organisations
    funders = [
        {"@type": "Organization", "name": f.donor.name}
        for f in getattr(project, "funding_list", [])
    ]
    if funders:
        data["funder"] = funders
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 (escaped above like json_script)
