"""Branded error pages in the visitor's language; bad input never gives a 500."""

from unittest import mock

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language", "home"),
    [("/nl/bestaat-niet/", "nl", 'href="/nl/"'), ("/en/missing/", "en", 'href="/en/"')],
)
def test_404_is_branded_and_in_the_visitors_language(client, path, language, home):
    response = client.get(path)

    assert response.status_code == 404
    assert f'<html lang="{language}">' in response.text
    assert 'href="#main"' in response.text  # the site's own layout
    assert home in response.text
    assert 'name="robots" content="noindex"' in response.text


def test_404_in_english_reads_english(client):
    assert "Page not found" in client.get("/en/organisations/nobody/").text


def test_500_page_renders_without_request_or_database():
    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        html = render_to_string("500.html")

    assert len(queries) == 0
    assert '<html lang="en">' in html
    assert "Something went wrong" in html
    assert 'href="/en/"' in html


def test_500_page_is_served_in_the_visitors_language(client):
    client.raise_request_exception = False
    with mock.patch("cpcportal.views.HomeView.get", side_effect=RuntimeError("boom")):
        response = client.get("/en/")

    assert response.status_code == 500
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/nl/organisations/?page=abc",
        "/nl/organisations/?page=99999999999999999999999",
        "/en/organisations/?country=%00",
        "/en/organisations/?kind[]=x&network=%ff",
        "/nl/organisations/?" + "x=" + "y" * 8000,
        "/nl/donors/?page=abc",
        "/nl/countries/k1/",
        "/nl/countries/%20%20/",
        "/en/about/?page=-1",
        "/nl/?q=" + "z" * 8000,
        "/sitemap.xml?p=abc",
    ],
)
def test_bad_input_never_gives_a_server_error(client, path):
    client.raise_request_exception = False

    response = client.get(path)

    assert response.status_code in {200, 301, 302, 404}
