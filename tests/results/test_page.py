"""A project's results on its public page: the table, the bars with their numbers, lower is
better, qualitative comments, breakdowns; nothing of a project the public may not see; a
fixed number of queries."""

import datetime
import re

import pytest
from django.core.cache import cache

from core.models import Publication
from tests.factories import OrganisationFactory, ProjectFactory
from tests.projects.conftest import count_queries
from tests.results.factories import (
    DisaggregationFactory,
    IndicatorFactory,
    IndicatorPeriodFactory,
    ResultFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    return ProjectFactory(slug="trainingen", title_nl="Trainingen", title_en="Trainings")


def page(client, project, language="en") -> str:
    cache.clear()
    response = client.get(f"/{language}/projects/{project.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def section(html: str) -> str:
    """The results section of the page alone."""
    match = re.search(r'<section aria-labelledby="results-heading".*?</section>', html, re.S)
    assert match, "the page has no results section"
    return match[0]


def bar_width(html: str) -> int:
    """The length of the first bar's filled part, out of the bar's 64."""
    match = re.search(r'<rect x="0" y="0" width="(\d+)" height="12" fill="#1c5d87"', html)
    assert match, "no bar"
    return int(match[1])


def test_a_result_shows_its_type_indicator_figures_and_bar(client, project):
    result = ResultFactory(project=project, result_type="2", title_en="Shelters apply the training")
    indicator = IndicatorFactory(
        result=result, title_en="Participants trained", baseline_year=2019, baseline_value=120
    )
    IndicatorPeriodFactory(indicator=indicator, target_value=500, actual_value=312)

    html = section(page(client, project))

    assert '<span class="badge text-bg-secondary me-2">Outcome</span>' in html
    assert "Shelters apply the training" in html
    assert "Participants trained" in html
    assert "Baseline 2019" in html and "120" in html
    assert '<th scope="row">2024</th>' in html
    assert "<td>500</td>" in html and "<td>312</td>" in html
    assert 'aria-label="312 of 500 (62 %)"' in html
    assert "62 %" in html
    assert bar_width(html) == 40  # 62 % of 64, as widthratio rounds


def test_dutch_numbers_and_words(client, project):
    indicator = IndicatorFactory(result=ResultFactory(project=project), baseline_value=None)
    IndicatorPeriodFactory(indicator=indicator, target_value=6000, actual_value=6240)

    html = section(page(client, project, "nl"))

    assert "Resultaten" in html
    assert 'aria-label="6.240 van 6.000 (104 %)"' in html
    assert bar_width(html) == 64  # more than the target fills the bar, no further


def test_a_percentage_indicator_shows_percent_signs(client, project):
    indicator = IndicatorFactory(
        result=ResultFactory(project=project), measure="2", baseline_value=45
    )
    IndicatorPeriodFactory(indicator=indicator, target_value=70, actual_value=64)

    html = section(page(client, project))

    assert "<td>45 %" in html and "<td>70 %</td>" in html and "<td>64 %</td>" in html
    assert 'aria-label="64 % of 70 % (91 %)"' in html


def test_lower_is_better_shows_the_share_of_the_reduction(client, project):
    indicator = IndicatorFactory(
        result=ResultFactory(project=project), measure="2", ascending=False, baseline_value=62
    )
    IndicatorPeriodFactory(indicator=indicator, target_value=30, actual_value=38)

    html = section(page(client, project))

    assert "Lower is better" in html
    assert 'aria-label="down from 62 % to 38 %, aiming at 30 % (75 % of the reduction)"' in html
    assert bar_width(html) == 48


def test_lower_is_better_without_a_baseline_shows_plain_numbers(client, project):
    indicator = IndicatorFactory(
        result=ResultFactory(project=project), ascending=False, baseline_value=None
    )
    IndicatorPeriodFactory(indicator=indicator, target_value=30, actual_value=38)

    html = section(page(client, project))

    assert "<td>30</td>" in html and "<td>38</td>" in html
    assert "<svg" not in html


def test_a_qualitative_indicator_shows_its_comments_and_no_bar(client, project):
    indicator = IndicatorFactory(
        result=ResultFactory(project=project),
        measure="5",
        baseline_value=None,
        baseline_comment_en="Known in one province only.",
    )
    IndicatorPeriodFactory(
        indicator=indicator,
        target_value=None,
        actual_value=None,
        target_comment_en="Recognised nationwide.",
        actual_comment_en="The ministry promotes the trainings.",
    )

    html = section(page(client, project))

    assert "Known in one province only." in html
    assert "Recognised nationwide." in html
    assert "The ministry promotes the trainings." in html
    assert "<svg" not in html
    assert "Reached" not in html  # no column for a bar


def test_breakdowns_are_listed_under_their_period(client, project):
    period = IndicatorPeriodFactory(
        indicator=IndicatorFactory(result=ResultFactory(project=project))
    )
    DisaggregationFactory(
        period=period, dimension_value_en="girls", target_value=250, actual_value=170
    )
    DisaggregationFactory(period=period, dimension_name_en="age", dimension_value_en="12 to 17")

    html = section(page(client, project))

    assert "sex: girls – 170 of 250" in html
    assert "age: 12 to 17 – 10" in html


def test_a_period_is_written_as_short_as_its_dates_allow(client, project):
    indicator = IndicatorFactory(result=ResultFactory(project=project))
    IndicatorPeriodFactory(
        indicator=indicator,
        period_start=datetime.date(2020, 4, 1),
        period_end=datetime.date(2020, 12, 31),
    )
    IndicatorPeriodFactory(
        indicator=indicator,
        period_start=datetime.date(2021, 3, 1),
        period_end=datetime.date(2021, 3, 31),
    )
    IndicatorPeriodFactory(
        indicator=indicator,
        period_start=datetime.date(2022, 1, 15),
        period_end=datetime.date(2022, 2, 14),
    )

    html = section(page(client, project))

    assert '<th scope="row">Apr 2020 – Dec 2020</th>' in html
    assert '<th scope="row">March 2021</th>' in html
    assert '<th scope="row">01/15/2022 – 02/14/2022</th>' in html


def test_a_project_without_results_has_no_results_section(client, project):
    assert 'id="results-heading"' not in page(client, project)


@pytest.mark.parametrize(
    "hidden",
    [
        {"publication": Publication.DRAFT},
        {"lead": "draft organisation"},
    ],
)
def test_nothing_of_a_project_the_public_may_not_see(client, hidden):
    if "lead" in hidden:
        hidden = {"lead": OrganisationFactory(publication=Publication.DRAFT)}
    project = ProjectFactory(slug="verborgen", **hidden)
    IndicatorPeriodFactory(
        indicator=IndicatorFactory(result=ResultFactory(project=project, title_en="Secret result"))
    )

    for language in ("nl", "en"):
        response = client.get(f"/{language}/projects/verborgen/")
        assert response.status_code == 404
        assert "Secret result" not in response.content.decode()
    assert "Secret result" not in client.get("/en/projects/").content.decode()


def test_a_changed_figure_shows_at_once(client, project):
    period = IndicatorPeriodFactory(
        indicator=IndicatorFactory(result=ResultFactory(project=project))
    )
    assert "<td>312</td>" in page(client, project)

    period.actual_value = 420
    period.save()

    # Not cleared by hand this time: the save itself empties the page cache.
    html = client.get(f"/en/projects/{project.slug}/").content.decode()
    assert "<td>420</td>" in html


def add_results(project, results: int, indicators: int, periods: int, breakdowns: int):
    for _ in range(results):
        result = ResultFactory(project=project)
        for _ in range(indicators):
            indicator = IndicatorFactory(result=result)
            for year in range(periods):
                period = IndicatorPeriodFactory(
                    indicator=indicator,
                    period_start=datetime.date(2020 + year, 1, 1),
                    period_end=datetime.date(2020 + year, 12, 31),
                )
                for _ in range(breakdowns):
                    DisaggregationFactory(period=period)


def test_the_number_of_queries_is_the_same_for_one_result_and_many(client, project):
    url = f"/nl/projects/{project.slug}/"
    without = count_queries(client, url)
    add_results(project, 1, 1, 1, 1)
    one = count_queries(client, url)

    other = ProjectFactory(slug="andere")
    add_results(other, 1, 1, 1, 1)
    add_results(project, 4, 3, 3, 2)
    many = count_queries(client, url)

    # The results come with their indicators, periods and breakdowns in one query.
    assert without == one == many == 10
