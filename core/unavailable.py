"""While the database cannot be reached: 503 with a short page, not a 500 per request.

Two ways in, since the database can fail anywhere in a request: the middleware catches
it in a view (and in a template rendered for one), `server_error` (the handler500) when a
middleware ran into it. Both answer the same page, rendered without the request so that no
context processor or template tag asks the database again.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults

logger = logging.getLogger(__name__)

DATABASE_DOWN = (OperationalError, InterfaceError)
# Long enough for a database restart or fail-over, short enough to be back soon after.
RETRY_AFTER_SECONDS = 30


def database_unavailable(request, error) -> HttpResponse:
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    logger.warning(
        "database unavailable, %s %s answered 503: %s", request.method, request.path, reason
    )
    # That line is this response's log entry: Django would add an ERROR with a traceback.
    response._has_been_logged = True
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            return database_unavailable(request, exception)
        return None


def server_error(request):
    """handler500: Django calls it inside its `except` block, so the error is at hand."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_DOWN):
        return database_unavailable(request, error)
    return defaults.server_error(request)
