"""The start page's checklists: network editors see what misses a translation or an image;
an organisation editor sees their own items and what each lacks."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.models import Project
from tests.factories import DonorFactory, OrganisationFactory, ProjectFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def section(page: str, title: str) -> str:
    """The HTML of the start-page section with this title ("" when there is none)."""
    match = re.search(
        rf"<h2 id=\"start-section-\d+\">{re.escape(title)}</h2>(.*?)</section>", page, re.S
    )
    return match.group(1) if match else ""


def items(html: str) -> dict[str, str]:
    """Each linked item's name -> what is said of it."""
    return dict(
        re.findall(
            r'<li><a href="[^"]+">([^<]+)</a> <span class="start-detail">([^<]*)</span>', html
        )
    )


def complete_project(**kwargs):
    project = ProjectFactory(
        description_en="<p>A description.</p>",
        image="projects/school.jpg",
        image_alt_nl="Een school",
        image_alt_en="A school",
        themes=[ThemeFactory()],
        **kwargs,
    )
    return project


def test_network_editors_see_what_lacks_a_translation_or_an_image(network_editor_client):
    complete_project(title_en="All there")
    ProjectFactory(title_nl="Zonder Engels", title_en="")
    DonorFactory(name_en="Without logo")
    OrganisationFactory(name_en="Logo", logo="logos/x.png", mission_en="")

    page = network_editor_client.get("/admin/").content.decode()
    listed = items(section(page, "Missing translation or image"))

    assert "All there" not in listed
    assert listed["Zonder Engels"] == "lacks: English text, image"
    assert listed["Without logo"] == "lacks: logo"
    assert listed["Logo"] == "lacks: English text"


def test_each_item_links_to_its_change_page(network_editor_client):
    project = ProjectFactory(title_en="")

    page = network_editor_client.get("/admin/").content.decode()

    url = reverse("admin:projects_project_change", args=[project.pk])
    html = section(page, "Missing translation or image")
    assert f'<a href="{url}">{project.title_nl}</a>' in html


def test_a_long_list_stops_at_ten_and_links_to_the_rest(network_editor_client):
    for _ in range(13):
        ProjectFactory(title_en="")

    page = network_editor_client.get("/admin/").content.decode()
    html = section(page, "Missing translation or image")

    projects = re.search(r"<h3>Projects</h3>(.*?)(<h3>|$)", html, re.S).group(1)
    assert len(items(projects)) == 10
    more = reverse("admin:projects_project_changelist") + "?lacks=any"
    assert f'<a href="{more}">and 3 more</a>' in projects


def test_the_list_filter_behind_and_more_shows_what_lacks_something(network_editor_client):
    complete_project(title_en="All there")
    ProjectFactory(title_en="No image either")

    page = network_editor_client.get(
        reverse("admin:projects_project_changelist") + "?lacks=any"
    ).content.decode()

    assert "No image either" in page
    assert "All there" not in page


def test_the_start_page_costs_the_same_queries_with_more_items(network_editor_client):
    # One of each kind first: the recent changes cost one query per kind among them.
    ProjectFactory(title_en="")
    DonorFactory()
    OrganisationFactory()
    network_editor_client.get("/admin/")
    with CaptureQueriesContext(connection) as few:
        network_editor_client.get("/admin/")
    for _ in range(12):
        ProjectFactory(title_en="")
        DonorFactory()
        OrganisationFactory()
    with CaptureQueriesContext(connection) as more:
        network_editor_client.get("/admin/")

    assert len(more) == len(few)


def test_an_organisation_editor_sees_their_own_items_and_what_each_lacks(editor_client_for):
    mine = OrganisationFactory(name_en="Ours", logo="logos/ours.png", summary_nl="Wij.")
    complete_project(title_en="Our complete project", lead=mine)
    ProjectFactory(title_en="Our bare project", lead=mine, countries=[], image_alt_nl="")
    ProjectFactory(title_en="Somebody else's")
    client = editor_client_for(mine)

    page = client.get("/admin/").content.decode()
    listed = items(section(page, "Your items"))

    assert listed["Ours"] == "lacks: English text, website"
    assert listed["Our complete project"] == "complete"
    assert listed["Our bare project"] == "lacks: English text, image, countries, themes"
    assert "Somebody else's" not in listed
    assert "Missing translation or image" not in page


def test_network_editors_get_no_your_items_section(network_editor_client):
    page = network_editor_client.get("/admin/").content.decode()

    assert section(page, "Your items") == ""
    assert "Every item has both languages and its image." in page


def test_an_organisation_editors_start_page_costs_the_same_with_more_items(editor_client_for):
    mine = OrganisationFactory()
    client = editor_client_for(mine)
    ProjectFactory(lead=mine)
    client.get("/admin/")
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/")
    for _ in range(12):
        ProjectFactory(lead=mine, title_en="")
    with CaptureQueriesContext(connection) as more:
        page = client.get("/admin/").content.decode()

    assert len(more) == len(few)
    assert "and 3 more" in page
    assert Project.objects.count() == 13
