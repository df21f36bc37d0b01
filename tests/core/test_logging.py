"""What an operator reads in the log: one line per event, no e-mail address, no password."""

import logging

import pytest
from django.urls import path

from core.log import OneLineRedactingFormatter, redact

ADDRESS = "jan.jansen@example.org"
PASSWORD = "Kn0pp3nzak!"


def failing_view(request):
    # As an unexpected error in a sign-up might read: an address and a password in it.
    raise RuntimeError(f"could not sign up {ADDRESS} with password={PASSWORD}\nsecond line")


urlpatterns = [path("boom/", failing_view)]


@pytest.mark.urls(__name__)
def test_a_server_error_is_one_redacted_log_line(client, log_output):
    handler = next(h for h in logging.getLogger("django.request").handlers if h.name == "stdout")
    assert isinstance(handler.formatter, OneLineRedactingFormatter)
    client.raise_request_exception = False

    response = client.get("/boom/")

    assert response.status_code == 500
    lines = log_output.getvalue().splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert "ERROR django.request Internal Server Error: /boom/" in line
    assert "Traceback" in line and "RuntimeError" in line  # the traceback, folded in
    assert "second line" in line
    assert ADDRESS not in line
    assert "jan.jansen" not in line
    assert PASSWORD not in line
    assert "[e-mail]" in line and "password=[redacted]" in line


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("duplicate key: Key (email)=(Jan.Jansen@Example.ORG) already exists.", "Jansen"),
        ("GET /nl/newsletter/?email=jan%40example.org", "jan%40example"),
        ("login failed: password=hunter2&next=/admin/", "hunter2"),
        ("EMAIL_HOST_PASSWORD: hunter2", "hunter2"),
        ("<QueryDict: {'email': ['jan@example.org'], 'password': ['hunter2']}>", "hunter2"),
        ('{"token": "abc123def", "name": "Jan"}', "abc123def"),
        ("could not connect to postgres://portal:hunter2@localhost/cpcportal", "hunter2"),
    ],
)
def test_redact_removes_addresses_and_secrets(text, secret):
    redacted = redact(text)

    assert secret not in redacted
    assert "@example.org" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "GET /nl/ 200",
        "Secretariat of the network updated",  # a word that starts like "secret"
        "https://example.org/projects/?page=2",
    ],
)
def test_redact_leaves_ordinary_text_alone(text):
    assert redact(text) == text


def test_redact_keeps_the_surrounding_text():
    redacted = redact("sent to jan@example.org, token=abc; done")

    assert redacted == "sent to [e-mail], token=[redacted]; done"


@pytest.mark.django_db
def test_a_request_for_a_foreign_host_is_one_warning_line(client, log_output):
    response = client.get("/nl/", HTTP_HOST="portal.evil.example")

    assert response.status_code == 400
    lines = log_output.getvalue().splitlines()
    assert len(lines) == 1, lines
    assert "WARNING django.security.DisallowedHost Invalid HTTP_HOST header" in lines[0]
    assert "portal.evil.example" in lines[0]
    assert "Traceback" not in lines[0]
