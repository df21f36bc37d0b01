"""The IATI files: all public projects, one organisation's projects, its organisation file.

Each answer carries an ETag and Last-Modified from one cheap aggregate (the number of
projects and the newest change, with the reporting organisation's and the network's own
changes) and answers a conditional GET with 304 before any project is read.
"""

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from iati import published, selectors
from iati.activities import Publisher, activity_file
from iati.organisation import organisation_file
from iati.published import CONTENT_TYPE, version, with_file_headers
from organisations.models import Organisation


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _activities_response(request, projects, network, *owners, filename, written=None):
    ahead = published.serve(request, written, filename)
    if ahead is not None:  # written ahead by manage.py write_iati_files
        return ahead
    etag, count, last_modified = version("activities", projects, network, *owners)
    if not count:
        # An iati-activities element without an activity is invalid: nothing to publish.
        raise Http404(_("No project can be published in IATI here yet."))
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    publisher = Publisher(network=network, base_url=_base_url(request))
    response = StreamingHttpResponse(activity_file(projects, publisher), content_type=CONTENT_TYPE)
    return with_file_headers(response, etag, last_modified, filename)


def _reporting_organisation(identifier: str) -> Organisation:
    return get_object_or_404(
        Organisation.objects.public().exclude(iati_identifier=""), iati_identifier=identifier
    )


@require_safe
def activities(request):
    network = selectors.portal_network()
    projects = selectors.exportable_projects(network)
    return _activities_response(
        request, projects, network, filename="activities.xml", written=published.activities_path()
    )


@require_safe
def organisation_activities(request, identifier):
    organisation = _reporting_organisation(identifier)
    network = selectors.portal_network()
    projects = selectors.reported_by(organisation, network)
    return _activities_response(
        request,
        projects,
        network,
        organisation,
        filename=f"{identifier}-activities.xml",
        written=published.activities_path(organisation),
    )


@require_safe
def organisation(request, identifier):
    organisation = _reporting_organisation(identifier)
    network = selectors.portal_network()
    projects = selectors.reported_by(organisation, network)
    etag, _count, last_modified = version("organisation", projects, network, organisation)
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    content = organisation_file(organisation, projects, _base_url(request))
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    return with_file_headers(response, etag, last_modified, f"{identifier}-organisation.xml")
