"""What the project listing costs the database: a fixed number of queries whatever the
data, and the cards' statement prepared once per connection (core/db.py)."""

import pytest

from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ParticipationFactory,
    ThemeFactory,
)
from tests.projects.conftest import count_queries, make_projects

pytestmark = pytest.mark.django_db

LIST = "/nl/projects/"


@pytest.mark.parametrize(
    "query", ["", "?country=KG&theme=bulk&year=2022&sort=title", "?q=bulkproject", "?page=2"]
)
def test_the_number_of_queries_does_not_grow_with_the_data(client, query):
    theme = ThemeFactory(slug="bulk")
    make_projects(10, theme=theme, prefix="few")
    few = count_queries(client, f"{LIST}{query}")

    donors = [DonorFactory() for _ in range(3)]
    projects = make_projects(290, theme=theme, prefix="many")
    partners = [OrganisationFactory() for _ in range(3)]
    extra_theme = ThemeFactory()
    for n, project in enumerate(projects[:30]):
        FundingFactory(project=project, donor=donors[n % 3])
        ParticipationFactory(project=project, organisation=partners[n % 3])
        project.themes.add(extra_theme)
    many = count_queries(client, f"{LIST}{query}")

    assert few == many
    assert many <= 10


def _prepared_card_statements() -> dict[str, int]:
    """{name: times run} of the statements prepared on this test's connection."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, generic_plans + custom_plans FROM pg_prepared_statements"
            " WHERE statement LIKE %s",
            ["%lead_name%"],
        )
        return dict(cursor.fetchall())


def test_the_cards_statement_is_prepared_once_per_connection(client):
    make_projects(25, prefix="prepared")
    before = _prepared_card_statements()  # the connection outlives a test
    for page in (1, 2):
        response = client.get(f"{LIST}?page={page}")
        assert "Bulkproject prepared" in response.text
    after = _prepared_card_statements()
    assert sum(after.values()) - sum(before.values()) == 2
    assert len(after) - len(before) <= 1  # prepared at most once, then run again


def test_the_cards_show_with_prepared_statements_off(client, monkeypatch):
    # As behind a pooler that shares server sessions (DJANGO_DB_PREPARED=0).
    from django.db import connection

    make_projects(3, prefix="unprepared")
    before = _prepared_card_statements()
    connection.ensure_connection()
    monkeypatch.setattr(connection.connection, "prepare_threshold", None)
    response = client.get(LIST)
    assert response.text.count("Bulkproject unprepared") == 3
    assert _prepared_card_statements() == before
