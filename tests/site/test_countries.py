"""Country pages: public projects there, organisations based there, partners there."""

import re

import pytest

from tests.factories import OrganisationFactory, ParticipationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kyrgyzstan():
    cpc = OrganisationFactory(name_nl="CPC", name_en="", country="KG")
    project = ProjectFactory(
        title_nl="Meisjes in de wetenschap",
        title_en="Girls in science",
        countries=["KG"],
        lead=OrganisationFactory(name_nl="Leider", name_en="", country="NL"),
    )
    ParticipationFactory(project=project, organisation=cpc)
    ParticipationFactory(
        project=project, organisation=OrganisationFactory(name_nl="Zwitserse partner", name_en="")
    )
    ProjectFactory(title_nl="Concept in KG", title_en="", countries=["KG"], publication="draft")
    ProjectFactory(title_nl="Project in Peru", title_en="", countries=["PE"])
    OrganisationFactory(name_nl="Verborgen", name_en="", country="KG", publication="draft")
    return project


def test_country_page_in_both_languages(client, kyrgyzstan):
    dutch = client.get("/nl/countries/kg/")
    english = client.get("/en/countries/kg/")

    assert dutch.status_code == english.status_code == 200
    assert "Kirgizië" in dutch.text or "Kirgizstan" in dutch.text
    assert "Kyrgyzstan" in english.text
    assert "Girls in science" in english.text and "Meisjes in de wetenschap" in dutch.text
    for text in ["CPC", "Leider", "Zwitserse partner"]:
        assert text in english.text
    for text in ["Concept in KG", "Project in Peru", "Verborgen"]:
        assert text not in english.text


def test_an_organisation_based_in_the_country_is_listed_once(client, kyrgyzstan):
    text = client.get("/nl/countries/kg/").text
    based = text[text.index('id="country-based"') : text.index('id="country-partners"')]
    elsewhere = text[text.index('id="country-partners"') :]

    assert "CPC" in based and "CPC" not in elsewhere  # based here, and taking part
    assert "Leider" in elsewhere and "Zwitserse partner" in elsewhere


def test_country_code_in_upper_case_redirects(client, kyrgyzstan):
    response = client.get("/nl/countries/KG/")

    assert response.status_code == 301
    assert response["Location"] == "/nl/countries/kg/"


@pytest.mark.parametrize("path", ["/nl/countries/xx/", "/en/countries/zz/", "/nl/countries/kgz/"])
def test_unknown_country_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_country_without_anything_is_a_quiet_page(client):
    response = client.get("/en/countries/is/")

    assert response.status_code == 200
    assert "Iceland" in response.text


def test_the_countries_index_counts_public_projects_and_organisations(client, kyrgyzstan):
    OrganisationFactory(name_nl="Belgische organisatie", country="BE")
    ProjectFactory(countries=["AT", "KG"])

    dutch = client.get("/nl/countries/")
    english = client.get("/en/countries/").text

    assert dutch.status_code == 200
    rows = re.findall(
        r'<tr>\s*<th scope="row"><a href="/nl/countries/(\w+)/">([^<]+)</a></th>\s*'
        r"<td[^>]*>(?:<a [^>]*>)?(\d+).*?</td>\s*<td[^>]*>(\d+)</td>",
        dutch.text,
        re.S,
    )
    # By name in Dutch; the draft project in KG and the draft organisation are not counted
    # (the factories' organisations are based in the Netherlands).
    assert rows == [
        ("be", "België", "0", "1"),
        ("kg", "Kirgizië", "2", "1"),
        ("nl", "Nederland", "0", "5"),
        ("at", "Oostenrijk", "1", "0"),
        ("pe", "Peru", "1", "0"),
    ]
    assert 'href="/nl/projects/?country=KG">2<span class="visually-hidden"> projecten in' in (
        dutch.text
    )
    assert "Kyrgyzstan" in english and 'href="/en/countries/kg/"' in english
    assert 'href="/nl/countries/"' in client.get("/nl/").text  # from the navigation
