"""While the database cannot be reached, visitors get a short 503 page in their language."""

import socket
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from django.db import connection
from django.test import Client, override_settings

from newsletter.models import Subscriber
from tests.newsletter.conftest import form_data

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def with_database_down(request):
    """request() in a thread of its own, whose new connection goes to a closed port.

    Connections are per thread: the test's own (inside its transaction) stays up.
    """
    down = {"HOST": "127.0.0.1", "PORT": str(closed_port())}
    with (
        mock.patch.dict(connection.settings_dict, down),
        ThreadPoolExecutor(max_workers=1) as thread,
    ):
        return thread.submit(request).result()


def visitor() -> Client:
    client = Client()
    client.raise_request_exception = False  # answer as in production
    return client


def assert_unavailable(response, language):
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert f'<html lang="{language}">' in response.text
    assert not response.cookies


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/nl/", "nl", "Tijdelijk niet beschikbaar"),
        ("/en/projects/", "en", "Temporarily unavailable"),
        ("/nl/organisations/", "nl", "Probeer het over een paar minuten opnieuw"),
        ("/en/donors/", "en", "Please try again in a few minutes"),
    ],
)
def test_a_public_page_answers_503_in_the_visitors_language(path, language, text, log_output):
    response = with_database_down(lambda: visitor().get(path))

    assert_unavailable(response, language)
    assert text in response.text
    # One line for the operator, not an error with a traceback per request.
    lines = log_output.getvalue().splitlines()
    assert len(lines) == 1, lines
    assert "WARNING core.unavailable" in lines[0] and path in lines[0]
    assert "Traceback" not in lines[0]


def test_a_newsletter_sign_up_answers_503_and_stores_nothing():
    client = visitor()
    client.get("/en/newsletter/")  # as a visitor would, before the database went

    response = with_database_down(lambda: client.post("/en/newsletter/", form_data()))

    assert_unavailable(response, "en")
    assert not Subscriber.objects.exists()


class DatabaseFirstMiddleware:
    """Stands for any middleware that needs the database before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        connection.ensure_connection()
        return self.get_response(request)


def test_the_database_failing_outside_the_view_answers_503_too(settings):
    middleware = [*settings.MIDDLEWARE, f"{__name__}.DatabaseFirstMiddleware"]

    with override_settings(MIDDLEWARE=middleware):
        response = with_database_down(lambda: visitor().get("/nl/about/"))

    assert_unavailable(response, "nl")
    assert "Tijdelijk niet beschikbaar" in response.text


def test_other_server_errors_still_answer_500(client):
    client.raise_request_exception = False
    with mock.patch("cpcportal.views.AboutView.get", side_effect=RuntimeError("boom")):
        response = client.get("/nl/about/")

    assert response.status_code == 500
    assert "Er ging iets mis" in response.text
