"""The world map on the home page and the countries index (issue #16): drawn on the server
from shipped shapes, countries shaded by their projects, each a link to its page."""

import re

import pytest
from django_countries import countries

from cpcportal import world_map
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    for _ in range(4):
        ProjectFactory(countries=["KG"])
    ProjectFactory(countries=["PE", "XK"])


def shaded(html):
    """{country page: shade} of the map's links."""
    return {
        url: int(step)
        for url, step in re.findall(
            r'<a xlink:href="([^"]+)" tabindex="-1"><path class="shade-(\d)"', html
        )
    }


def test_the_countries_index_maps_the_projects(client, projects):
    html = client.get("/nl/countries/").content.decode()

    assert shaded(html) == {"/nl/countries/kg/": 5, "/nl/countries/pe/": 3, "/nl/countries/xk/": 3}
    assert "<title>Kirgizië: 4 projecten</title>" in html
    assert "<title>Peru: 1 project</title>" in html
    assert html.count('class="land"') >= 150  # the rest of the world, without links
    # The table beside it says the same to every reader: the map is skipped, not tabbed through.
    assert 'aria-hidden="true" focusable="false"' in html


def test_the_home_page_has_the_map_in_its_language(client, projects):
    html = client.get("/en/").content.decode()
    assert "/en/countries/kg/" in shaded(html)
    assert "<title>Kyrgyzstan: 4 projects</title>" in html


def test_no_projects_no_shading(client):
    html = client.get("/nl/countries/").content.decode()
    assert shaded(html) == {}


def test_one_project_is_lightest_and_the_most_darkest():
    shades = [world_map.shade(count, 100) for count in range(1, 101)]
    assert shades[0] == 1 and shades[-1] == 5
    assert shades == sorted(shades) and set(shades) == {1, 2, 3, 4, 5}
    assert world_map.shade(10, 100) == 3  # a tenth of the most is in the middle, not the bottom
    assert world_map.shade(1, 1) == 5


def test_the_shapes_are_countries_the_portal_knows():
    codes = set(world_map.shapes())
    assert len(codes) > 150
    assert codes <= set(dict(countries)) | {"XK"}
    assert {"NL", "BE", "KG", "PE", "XK", "SL"} <= codes
