"""Public pages come compressed, Brotli or gzip as the browser accepts, from a copy
compressed once; pages with a CSRF token or a visitor's own input never do."""

import gzip
from unittest import mock

import brotli
import pytest
from django.test import Client

from tests.factories import OrganisationFactory, ProjectFactory, UserFactory, staff_login
from tests.newsletter.conftest import form_data

pytestmark = pytest.mark.django_db

LISTING = "/nl/projects/"
DUMMY = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
DUMMY_CACHE = {"default": DUMMY, "local": DUMMY}
DECODE = {"br": brotli.decompress, "gzip": gzip.decompress}


@pytest.fixture
def site(portal, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    lead = OrganisationFactory(slug="lead-org", name_nl="Leidende organisatie")
    for number in range(12):  # a listing long enough to be worth compressing
        ProjectFactory(slug=f"water-{number}", title_nl=f"Schoon water {number}", lead=lead)


@pytest.fixture
def same_form_start():
    """The footer's newsletter form carries its start time; the same one in every
    rendering lets two pages built afresh be compared byte for byte."""
    with mock.patch("newsletter.forms.sign_started", return_value="1:signed"):
        yield


def get(url, accept_encoding=None, method="get"):
    headers = {"accept-encoding": accept_encoding} if accept_encoding is not None else {}
    return getattr(Client(), method)(url, headers=headers)


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def assert_encoded(response, encoding, plain: bytes):
    assert response.status_code == 200
    assert response["Content-Encoding"] == encoding
    assert int(response["Content-Length"]) == len(response.content)
    assert len(response.content) < len(plain) / 3
    assert DECODE[encoding](response.content) == plain
    assert "accept-encoding" in vary(response)


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_a_public_page_comes_compressed_and_decodes_to_the_same_page(site, encoding):
    plain = get(LISTING).content  # built and kept
    assert b"Schoon water 11" in plain

    assert_encoded(get(LISTING, encoding), encoding, plain)  # from the kept copy


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_a_page_built_afresh_comes_compressed_too(site, settings, same_form_start, encoding):
    settings.CACHES = DUMMY_CACHE  # as the benchmark's "uncached"
    plain = get(LISTING).content

    assert_encoded(get(LISTING, encoding), encoding, plain)


def test_without_accept_encoding_the_page_is_sent_as_it_is(site):
    response = get(LISTING)

    assert "Content-Encoding" not in response
    assert response.text.lstrip().lower().startswith("<!doctype html>")
    assert int(response["Content-Length"]) == len(response.content)
    # A shared cache must not hand this copy to a browser that asked for Brotli, or back.
    assert "accept-encoding" in vary(response)


@pytest.mark.parametrize(
    "accept_encoding, expected",
    [
        ("gzip, deflate, br", "br"),  # Chromium
        ("gzip, deflate, br, zstd", "br"),  # Firefox, curl --compressed
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0.8, br;q=0.5", "gzip"),
        ("GZIP", "gzip"),
        ("x-gzip", "gzip"),
        ("*", "br"),
        ("*;q=0.5, br;q=0", "gzip"),
        ("deflate", None),
        ("br;q=0, gzip;q=0", None),
        ("gzip;q=0.5, identity", None),
        ("identity", None),
        ("", None),
        ("br;q=nonsense, gzip", "gzip"),
    ],
)
def test_the_encoding_follows_the_browsers_preferences(site, accept_encoding, expected):
    get(LISTING)
    response = get(LISTING, accept_encoding)

    assert response.get("Content-Encoding") == expected
    assert int(response["Content-Length"]) == len(response.content)


def test_each_form_of_a_kept_page_is_compressed_once_when_first_asked_for(site):
    get(LISTING, "gzip, deflate, br")  # built, compressed in Brotli and kept
    with mock.patch("gzip.compress", wraps=gzip.compress) as gzip_compress:
        get(LISTING, "gzip")  # its gzip form made now, and kept too
    assert gzip_compress.call_count == 1

    with (
        mock.patch("brotli.compress") as brotli_compress,
        mock.patch("gzip.compress") as gzip_compress,
    ):
        as_brotli = get(LISTING, "gzip, deflate, br")
        as_gzip = get(LISTING, "gzip")
        plain = get(LISTING)

    brotli_compress.assert_not_called()
    gzip_compress.assert_not_called()
    assert_encoded(as_brotli, "br", plain.content)
    assert_encoded(as_gzip, "gzip", plain.content)


def test_a_page_is_compressed_once_when_it_is_kept(site):
    with mock.patch("brotli.compress", wraps=brotli.compress) as brotli_compress:
        for _ in range(3):
            get(LISTING, "br")

    assert brotli_compress.call_count == 1


def test_head_says_what_get_would_send(site):
    got = get(LISTING, "br")
    head = get(LISTING, "br", method="head")

    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Encoding"] == "br"
    assert head["Content-Length"] == got["Content-Length"]
    assert "accept-encoding" in vary(head)


def test_pages_with_a_csrf_token_are_never_compressed(site):
    login = get("/account/login/", "gzip, deflate, br")
    assert login.status_code == 200
    assert "csrfmiddlewaretoken" in login.text
    assert "Content-Encoding" not in login

    admin = Client()
    staff_login(admin, UserFactory(is_staff=True, is_superuser=True))
    for url in ("/admin/", "/admin/projects/project/"):
        response = admin.get(url, headers={"accept-encoding": "gzip, deflate, br"})
        assert response.status_code == 200, url
        assert "Content-Encoding" not in response, url


def test_a_form_that_shows_what_was_sent_is_not_compressed(site):
    echoed = Client().post(
        "/nl/newsletter/",
        form_data(email="not-an-address-secret-guess"),
        headers={"accept-encoding": "gzip, deflate, br", "origin": "http://testserver"},
    )

    assert echoed.status_code == 200
    assert "not-an-address-secret-guess" in echoed.text
    assert "Content-Encoding" not in echoed


def test_the_sitemap_comes_compressed(site):
    plain = get("/sitemap.xml")
    response = get("/sitemap.xml", "gzip, deflate, br")

    assert b"/nl/projects/water-11/" in plain.content
    assert_encoded(response, "br", plain.content)


@pytest.mark.parametrize(
    "url",
    ["/api/v1/projects/", "/api/v1/schema/", "/nl/projects/feed/rss/", "/nl/projects/feed/atom/"],
)
def test_the_api_and_the_feeds_come_compressed(site, url):
    plain = get(url)
    response = get(url, "gzip")

    assert plain.status_code == 200
    assert "Content-Encoding" not in plain
    assert_encoded(response, "gzip", plain.content)
