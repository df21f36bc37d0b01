"""Periods are stored faithfully and written the way people say them."""

import datetime

import pytest
from django.utils import translation

from core.models import Precision
from projects.models import Project, ProjectStatus
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("core.models.today", lambda: TODAY)
    monkeypatch.setattr("projects.models.today", lambda: TODAY)


def make(start=None, start_precision=Precision.DAY, end=None, end_precision=Precision.DAY, **kw):
    project = ProjectFactory(
        start=start, start_precision=start_precision, end=end, end_precision=end_precision, **kw
    )
    project.refresh_from_db()
    return project


def test_until_mid_2022_ends_on_30_june():
    project = make(
        start=datetime.date(2020, 1, 1),
        start_precision=Precision.YEAR,
        end=datetime.date(2022, 1, 1),
        end_precision=Precision.MID_YEAR,
    )

    assert project.end == datetime.date(2022, 6, 30)
    assert project.start == datetime.date(2020, 1, 1)


def test_a_month_precision_end_is_the_last_day_of_that_month():
    project = make(end=datetime.date(2021, 2, 10), end_precision=Precision.MONTH)

    assert project.end == datetime.date(2021, 2, 28)


@pytest.mark.parametrize(
    ("fields", "dutch", "english"),
    [
        (
            {
                "start": datetime.date(2016, 3, 1),
                "start_precision": Precision.YEAR,
                "end": datetime.date(2020, 3, 1),
                "end_precision": Precision.YEAR,
            },
            "2016–2020",
            "2016–2020",
        ),
        (
            {
                "start": datetime.date(2020, 1, 1),
                "start_precision": Precision.YEAR,
                "end": datetime.date(2020, 1, 1),
                "end_precision": Precision.YEAR,
            },
            "2020",
            "2020",
        ),
        (
            {"end": datetime.date(2021, 2, 1), "end_precision": Precision.MONTH},
            "tot februari 2021",
            "until February 2021",
        ),
        (
            {"start": datetime.date(2019, 5, 1), "start_precision": Precision.YEAR},
            "vanaf 2019",
            "from 2019",
        ),
        (
            {
                "start": datetime.date(2019, 5, 1),
                "start_precision": Precision.YEAR,
                "is_ongoing": True,
            },
            "2019 – lopend",
            "2019 – ongoing",
        ),
    ],
)
def test_periods_read_naturally_in_both_languages(fields, dutch, english):
    project = make(**fields)

    with translation.override("nl"):
        assert project.period_display == dutch
    with translation.override("en"):
        assert project.period_display == english


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"start": datetime.date(2027, 1, 1)}, ProjectStatus.PLANNED),
        (
            {"start": datetime.date(2020, 1, 1), "end": datetime.date(2027, 1, 1)},
            ProjectStatus.RUNNING,
        ),
        (
            {"start": datetime.date(2016, 1, 1), "end": datetime.date(2020, 12, 31)},
            ProjectStatus.COMPLETED,
        ),
        ({"start": datetime.date(2010, 1, 1), "is_ongoing": True}, ProjectStatus.ONGOING),
        (
            {
                "start": datetime.date(2020, 1, 1),
                "end": datetime.date(2027, 1, 1),
                "manual_status": "suspended",
            },
            ProjectStatus.SUSPENDED,
        ),
    ],
)
def test_status_follows_from_the_dates_in_python_and_in_sql(fields, status):
    project = make(**fields)

    assert project.status == status
    annotated = Project.objects.with_status(on=TODAY).get(pk=project.pk)
    assert annotated.current_status == status
