"""RSS and Atom feeds of public projects, in the URL's language."""

import html
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from core.models import Publication
from tests.factories import OrganisationFactory, ProjectFactory
from tests.projects.conftest import count_queries, make_projects

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    ProjectFactory(title_nl="Openbaar project", title_en="Public project", slug="public")
    ProjectFactory(title_nl="Conceptproject", slug="draft", publication=Publication.DRAFT)
    ProjectFactory(
        title_nl="Project van concept",
        slug="draft-lead",
        lead=OrganisationFactory(publication=Publication.DRAFT),
    )


def test_url_names():
    assert reverse("projects:feed-rss").endswith("/projects/feed/rss/")
    assert reverse("projects:feed-atom").endswith("/projects/feed/atom/")


def test_rss_in_dutch(client, projects):
    response = client.get("/nl/projects/feed/rss/")
    content = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "<language>nl</language>" in content
    assert "<title>Openbaar project</title>" in content
    assert "http://testserver/nl/projects/public/" in content
    assert "Concept" not in content and "van concept" not in content


def test_atom_in_english(client, projects):
    response = client.get("/en/projects/feed/atom/")
    content = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert 'xml:lang="en"' in content
    assert "<title>Public project</title>" in content
    assert "http://testserver/en/projects/public/" in content
    assert "draft" not in content


def test_feeds_use_a_fixed_number_of_queries(client):
    make_projects(10, prefix="few")
    few = count_queries(client, "/nl/projects/feed/atom/")
    make_projects(290, prefix="many")
    assert count_queries(client, "/nl/projects/feed/atom/") == few


ATOM = "{http://www.w3.org/2005/Atom}"
MARKUP_NL = 'Hulp <img src=x onerror="alert(1)"> & <b>zorg</b>'
MARKUP_EN = "Help <script>alert(2)</script> & <b>care</b>"


@pytest.mark.parametrize(
    ("url", "summary"),
    [
        pytest.param("/nl/projects/feed/rss/", MARKUP_NL, id="rss-nl"),
        pytest.param("/en/projects/feed/rss/", MARKUP_EN, id="rss-en"),
        pytest.param("/nl/projects/feed/atom/", MARKUP_NL, id="atom-nl"),
        pytest.param("/en/projects/feed/atom/", MARKUP_EN, id="atom-en"),
    ],
)
def test_markup_in_a_summary_reaches_feed_readers_as_text(client, url, summary):
    ProjectFactory(slug="markup", summary_nl=MARKUP_NL, summary_en=MARKUP_EN)

    feed = ET.fromstring(client.get(url).content)  # noqa: S314 (our own feed, in a test)

    if "/rss/" in url:
        description = feed.find("channel/item/description")
    else:
        description = feed.find(f"{ATOM}entry/{ATOM}summary")
        assert description.get("type") == "html"
    # A feed reader renders this text as HTML: it must hold no tag, only escaped text that
    # shows the editor's characters as they were typed.
    assert "<" not in description.text
    assert html.unescape(description.text) == summary
