"""Home and about pages: the portal network's mission, goals, members and projects."""

import pytest

from core.models import Publication
from organisations.models import Organisation
from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_home_shows_the_network_in_both_languages(client, portal):
    project = ProjectFactory(title_nl="Meisjes in de wetenschap", title_en="Girls in science")

    dutch = client.get("/nl/")
    english = client.get("/en/")

    assert dutch.status_code == english.status_code == 200
    # The mission in two sentences, not three.
    assert "Elk kind groeit op in een gezin. Niemand wordt vergeten." in dutch.text
    assert "Derde zin" not in dutch.text
    assert "Every child grows up in a family. Nobody is forgotten." in english.text
    assert "CRC everywhere" in english.text and "Het IVRK overal" in dutch.text
    assert "Meisjes in de wetenschap" in dutch.text and "Girls in science" in english.text
    assert 'href="/nl/countries/kg/"' in dutch.text
    assert 'href="/nl/organisations/dci/"' in dutch.text
    assert project.get_absolute_url()


def test_home_falls_back_to_dutch_where_there_is_no_english(client, portal):
    portal.mission_en = ""
    portal.save()

    response = client.get("/en/")

    assert "Elk kind groeit op in een gezin." in response.text


def test_home_logo_wall_has_initials_when_a_logo_is_missing(client, portal):
    response = client.get("/nl/")

    assert '<span class="logo-initials" aria-hidden="true">DC</span>' in response.text
    assert '<span class="logo-initials" aria-hidden="true">WG</span>' in response.text


def test_home_hides_drafts(client, portal):
    draft = OrganisationFactory(name_nl="Conceptorganisatie", publication=Publication.DRAFT)
    MembershipFactory(network=portal, member=draft)
    ProjectFactory(title_nl="Conceptproject", publication=Publication.DRAFT)
    ProjectFactory(title_nl="Project van concept", lead=draft, countries=["PE"])

    response = client.get("/nl/")

    assert "Conceptorganisatie" not in response.text
    assert "Conceptproject" not in response.text
    assert "Project van concept" not in response.text
    assert "/countries/pe/" not in response.text


def test_home_without_a_portal_network_is_generic(client):
    ProjectFactory(title_nl="Lopend project")

    response = client.get("/nl/")

    assert response.status_code == 200
    assert "Lopend project" in response.text


def test_home_ignores_a_draft_portal_network(client, portal):
    Organisation.objects.filter(pk=portal.pk).update(publication=Publication.DRAFT)

    response = client.get("/nl/")

    assert response.status_code == 200
    assert "Elk kind groeit op" not in response.text
    assert "Defence for Children" not in response.text


def test_home_keeps_the_newsletter_block_and_footer_links(client, portal):
    response = client.get("/en/")

    assert 'id="footer-newsletter"' in response.text
    assert 'href="/en/privacy/"' in response.text
    assert 'href="/en/accessibility/"' in response.text
    assert 'href="https://social.example/@bcn"' in response.text


def test_about_page_in_both_languages(client, portal):
    dutch = client.get("/nl/about/")
    english = client.get("/en/about/")

    assert dutch.status_code == english.status_code == 200
    for text in [
        "Een wereld waarin kinderen veilig zijn.",
        "Kinderrechten waarmaken",
        "Het IVRK overal",
        "Uitwisseling",
        "Verdrag inzake de rechten van het kind",
        "(1989)",
        "2007",
    ]:
        assert text in dutch.text
    assert "A world where children are safe." in english.text
    assert "Realising rights" in english.text
    assert "Convention on the Rights of the Child" in english.text


def test_about_lists_members_with_roles_chair_first(client, portal):
    response = client.get("/en/about/")

    text = response.text
    assert "Chair" in text
    assert text.index("Defence for Children") < text.index("Wild Geese")


def test_about_hides_draft_and_former_members(client, portal):
    MembershipFactory(
        network=portal, member=OrganisationFactory(name_nl="Verborgen", publication="draft")
    )
    MembershipFactory(network=portal, member=OrganisationFactory(name_nl="Oud lid"), year_left=2019)

    response = client.get("/nl/about/")

    assert "Verborgen" not in response.text
    assert "Oud lid" not in response.text


def test_about_without_a_portal_network(client):
    assert client.get("/nl/about/").status_code == 200
