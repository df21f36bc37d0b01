"""Helpers for the public project pages' tests."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Precision, Publication
from projects.models import Participation, ParticipationRole, Project, ProjectTheme
from tests.factories import OrganisationFactory, ThemeFactory


def make_projects(count, *, lead=None, theme=None, prefix="bulk"):
    """Many published projects quickly, each with a lead and a theme, as bulk inserts."""
    lead = lead or OrganisationFactory()
    theme = theme or ThemeFactory()
    projects = Project.objects.bulk_create(
        Project(
            title_nl=f"Bulkproject {prefix} {n}",
            title_en=f"Bulk project {prefix} {n}",
            slug=f"{prefix}-{n}",
            summary_nl="Samenvatting.",
            summary_en="Summary.",
            description_nl="<p>Lange beschrijving.</p>",
            start=datetime.date(2018 + n % 5, 1, 1),
            start_precision=Precision.YEAR,
            end=datetime.date(2024 + n % 5, 12, 31),
            end_precision=Precision.YEAR,
            countries=["KG", "NL"] if n % 2 else ["UG"],
            publication=Publication.PUBLISHED,
        )
        for n in range(count)
    )
    Participation.objects.bulk_create(
        Participation(project=p, organisation=lead, role=ParticipationRole.LEAD) for p in projects
    )
    ProjectTheme.objects.bulk_create(ProjectTheme(project=p, theme=theme) for p in projects)
    # Fresh statistics, as autovacuum keeps them in a real database: with the empty-table
    # estimates the planner picks nested loops that are quadratic in the number of projects.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return projects


def count_queries(client, url):
    """The number of SQL queries of a page with a cold cache (nothing of it cached)."""
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


@pytest.fixture
def bulk_projects():
    return make_projects
