"""The IATI files: all public projects, one organisation's projects, its organisation file.

Each answer carries an ETag and Last-Modified from one cheap aggregate (the number of
projects and the newest change, with the reporting organisation's and the network's own
changes) and answers a conditional GET with 304 before any project is read.
"""

import hashlib

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from iati import selectors
from iati.activities import Publisher, iterate, stream_activities
from iati.organisation import organisation_file
from organisations.models import Organisation

CONTENT_TYPE = "application/xml; charset=utf-8"


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _version(kind: str, projects, *owners) -> tuple[str, int, int | None]:
    """(ETag, number of projects, Last-Modified in whole seconds, as HTTP has it)."""
    count, newest = selectors.version(projects)
    stamps = [stamp for stamp in [newest, *(o.updated_at for o in owners if o)] if stamp]
    parts = [
        kind,
        str(count),
        *(stamp.isoformat() for stamp in stamps),
        *(str(o.pk) for o in owners if o),
    ]
    etag = '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32] + '"'
    return etag, count, (int(max(stamps).timestamp()) if stamps else None)


def _headers(response, etag, last_modified, filename):
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _activities_response(request, projects, network, *owners, filename):
    etag, count, last_modified = _version("activities", projects, network, *owners)
    if not count:
        # An iati-activities element without an activity is invalid: nothing to publish.
        raise Http404(_("No project can be published in IATI here yet."))
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    publisher = Publisher(network=network, base_url=_base_url(request))
    stream = stream_activities(iterate(selectors.with_activity_data(projects)), publisher)
    response = StreamingHttpResponse(stream, content_type=CONTENT_TYPE)
    return _headers(response, etag, last_modified, filename)


def _reporting_organisation(identifier: str) -> Organisation:
    return get_object_or_404(
        Organisation.objects.public().exclude(iati_identifier=""), iati_identifier=identifier
    )


@require_safe
def activities(request):
    network = selectors.portal_network()
    projects = selectors.exportable_projects(network)
    return _activities_response(request, projects, network, filename="activities.xml")


@require_safe
def organisation_activities(request, identifier):
    organisation = _reporting_organisation(identifier)
    network = selectors.portal_network()
    projects = selectors.reported_by(organisation, network)
    return _activities_response(
        request, projects, network, organisation, filename=f"{identifier}-activities.xml"
    )


@require_safe
def organisation(request, identifier):
    organisation = _reporting_organisation(identifier)
    network = selectors.portal_network()
    projects = selectors.reported_by(organisation, network)
    etag, _count, last_modified = _version("organisation", projects, network, organisation)
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    content = organisation_file(organisation, projects, _base_url(request))
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    return _headers(response, etag, last_modified, f"{identifier}-organisation.xml")
