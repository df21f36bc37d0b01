"""RSS and Atom feeds of public projects, in the URL's language."""

import pytest
from django.urls import reverse

from cpcportal.models import Publication
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
