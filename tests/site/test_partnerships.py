"""The partnerships index: every public partnership, from local to international."""

import re

import pytest

from core.models import Publication
from organisations.models import PartnershipKind, PartnershipLevel
from tests.factories import OrganisationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partnerships():
    cpc = OrganisationFactory(name_nl="CPC", name_en="", slug="cpc")
    PartnershipFactory(
        organisation=cpc,
        partner=OrganisationFactory(name_nl="Wijkbureau", name_en="", slug="district"),
        level=PartnershipLevel.LOCAL,
    )
    PartnershipFactory(
        organisation=OrganisationFactory(name_nl="Defence for Children", name_en="", slug="dfc"),
        partner=OrganisationFactory(name_nl="Ministerie", name_en="", slug="ministry"),
        level=PartnershipLevel.NATIONAL,
        kind=PartnershipKind.FUNDING,
    )
    PartnershipFactory(
        organisation=cpc,
        partner=OrganisationFactory(name_nl="Geheim", publication=Publication.DRAFT),
        level=PartnershipLevel.INTERNATIONAL,
    )


def shown(text):
    """(level heading, [organisation, partner] pairs) as the page lists them."""
    sections = re.findall(r'<h2 id="level-\d+" class="h4">([^<]+)</h2>(.*?)</section>', text, re.S)
    return [
        (
            heading,
            re.findall(
                r'<li>\s*<a href="[^"]+">([^<]+)</a>.*?<a href="[^"]+">([^<]+)</a>', body, re.S
            ),
        )
        for heading, body in sections
    ]


def test_the_index_lists_public_partnerships_from_local_to_international(client, partnerships):
    response = client.get("/nl/partnerships/")

    assert response.status_code == 200
    assert shown(response.text) == [
        ("Lokaal", [("CPC", "Wijkbureau")]),
        ("Nationaal", [("Defence for Children", "Ministerie")]),
    ]
    assert "Geheim" not in response.text
    assert "Alle niveaus (2)" in response.text and "Internationaal (0)" in response.text


def test_the_index_shows_one_level_and_ignores_an_unknown_one(client, partnerships):
    national = client.get("/en/partnerships/?level=national").text
    unknown = client.get("/en/partnerships/?level=galactic")

    assert shown(national) == [("National", [("Defence for Children", "Ministerie")])]
    assert 'aria-current="page" href="/en/partnerships/?level=national"' in national
    assert unknown.status_code == 200
    assert len(shown(unknown.text)) == 2


def test_the_index_is_reachable_from_every_page_and_from_a_profile(client, partnerships):
    assert 'href="/nl/partnerships/"' in client.get("/nl/").text
    assert 'href="/nl/partnerships/"' in client.get("/nl/organisations/cpc/").text
