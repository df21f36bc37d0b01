"""A country's name, in Dutch or in English, finds the projects in that country (issue #16)."""

import pytest
from django.db import connection

from projects import country_search
from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
MATCHES = """SELECT count(*) FROM projects_project
              WHERE CASE %s WHEN 'search_nl' THEN search_nl ELSE search_en END
                    @@ to_tsquery(%s::regconfig, %s)"""


def found(client, q, language="nl"):
    response = client.get(f"/{language}/projects/", {"q": q})
    assert response.status_code == 200
    return {project.slug for project in response.context["projects"]}


@pytest.fixture
def projects():
    # Only the first names its country in its text; the other two only have it as a field.
    return [
        ProjectFactory(slug="bishkek", countries=["KG"], description_nl="<p>In Kirgizië.</p>"),
        ProjectFactory(slug="osh", countries=["KG", "KZ"], description_nl="<p>Scholen.</p>"),
        ProjectFactory(slug="ivory", countries=["CI"], title_en="", description_nl="<p>Werk.</p>"),
        ProjectFactory(slug="home", countries=["NL"], description_nl="<p>Pleegzorg.</p>"),
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("q", ["Kirgizië", "Kyrgyzstan", "kirgizie", "kyrgyz"])
def test_a_country_in_either_language_finds_every_project_there(client, projects, language, q):
    assert found(client, q, language) == {"bishkek", "osh"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_accents_prefixes_and_typos_in_country_names(client, projects, language):
    assert found(client, "Ivoorkust", language) == {"ivory"}
    assert found(client, "cote d'ivoire", language) == {"ivory"}  # "Côte d'Ivoire"
    assert found(client, "Kazach", language) == {"osh"}  # Kazachstan / Kazakhstan
    assert found(client, "Kirgizie scholen", language) == {"osh"}
    assert found(client, "Nederlnd", language) == {"home"}  # a typo: the nearest known word


def test_changing_the_countries_changes_what_is_found(client, projects):
    osh = Project.objects.get(slug="osh")
    osh.countries = ["KZ"]
    osh.save()
    assert found(client, "Kyrgyzstan", "en") == {"bishkek"}
    assert found(client, "Kazakhstan", "en") == {"osh"}


def test_names_that_change_in_a_new_release_are_copied_and_the_projects_follow(projects):
    with connection.cursor() as cursor:  # as if django-countries had named it otherwise
        cursor.execute("UPDATE projects_country_name SET names = 'Oudland' WHERE code = 'KG'")
        cursor.execute("UPDATE projects_project SET countries = countries")
        cursor.execute(MATCHES, ["search_nl", "dutch_unaccent", "oudland"])
        assert cursor.fetchone()[0] == 2

    assert country_search.sync() == ["KG"]
    assert country_search.sync() == []  # nothing left to change

    with connection.cursor() as cursor:
        cursor.execute(MATCHES, ["search_en", "english_unaccent", "kyrgyzstan"])
        assert cursor.fetchone()[0] == 2
        cursor.execute("SELECT names FROM projects_country_name WHERE code = 'KG'")
        assert cursor.fetchone()[0] == "Kirgizië Kyrgyzstan"
