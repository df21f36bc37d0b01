"""Results in the admin: from the project form down to the breakdowns and back, scoped to
the projects an organisation editor's organisations lead, with clear refusals of bad input."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from results.models import Indicator, IndicatorPeriod, Result
from tests.admin.conftest import change_form_data
from tests.factories import ProjectFactory
from tests.results.factories import (
    DisaggregationFactory,
    IndicatorFactory,
    IndicatorPeriodFactory,
    ResultFactory,
)

pytestmark = pytest.mark.django_db

REFUSED = {403, 404}


def url(obj_or_model, view="change"):
    opts = obj_or_model._meta
    args = [obj_or_model.pk] if view in ("change", "delete", "history") else []
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


@pytest.fixture
def figures(two_organisations):
    """Organisation A's project with a result, an indicator, a period and a breakdown."""
    a, _b = two_organisations
    project = ProjectFactory(title_nl="Project van A", lead=a)
    period = IndicatorPeriodFactory(
        indicator=IndicatorFactory(
            result=ResultFactory(project=project, title_nl="Resultaat van A"),
            title_nl="Indicator van A",
        )
    )
    DisaggregationFactory(period=period)
    return period


def test_each_page_renders_for_a_network_editor(network_editor_client, figures):
    for model in (Result, Indicator, IndicatorPeriod):
        listing = network_editor_client.get(url(model, "changelist"))
        assert listing.status_code == 200
        assert listing.context["cl"].result_count == 1
        assert network_editor_client.get(url(model, "changelist"), {"q": "A"}).status_code == 200
        assert network_editor_client.get(url(model, "add")).status_code == 200
    for obj in (figures, figures.indicator, figures.indicator.result):
        assert network_editor_client.get(url(obj)).status_code == 200
        assert network_editor_client.get(url(obj, "history")).status_code == 200
    assert all(model in admin.site._registry for model in (Result, Indicator, IndicatorPeriod))


def test_the_way_down_from_the_project_and_the_breadcrumbs_back(editor_client_for, figures):
    indicator = figures.indicator
    result, project = indicator.result, indicator.result.project
    client = editor_client_for(project.participations.get().organisation)

    project_form = client.get(url(project)).content.decode()
    result_page = client.get(url(result)).content.decode()
    indicator_page = client.get(url(indicator)).content.decode()
    period_page = client.get(url(figures)).content.decode()

    assert "Resultaat van A" in project_form
    assert f'href="{url(result)}">Indicators and figures</a>' in project_form
    assert f'href="{url(indicator)}">Targets and actual values per period</a>' in result_page
    assert f'href="{url(figures)}">Breakdowns</a>' in indicator_page
    assert "geslacht" in period_page  # the breakdown, inline
    for page, parents in (
        (result_page, [project]),
        (indicator_page, [project, result]),
        (period_page, [project, result, indicator]),
    ):
        breadcrumbs = page.split('class="breadcrumbs"')[1].split("</div>")[0]
        for parent in parents:
            assert f'href="{url(parent)}"' in breadcrumbs


def test_an_editor_adds_a_result_on_the_project_form(editor_client_for, two_organisations):
    a, _b = two_organisations
    project = ProjectFactory(lead=a)
    client = editor_client_for(a)
    data = change_form_data(client.get(url(project)))
    data.update(
        {
            "results-TOTAL_FORMS": "1",
            "results-0-result_type": "1",
            "results-0-position": "0",
            "results-0-title_nl": "Getrainde medewerkers",
            "results-0-project": str(project.pk),
        }
    )

    response = client.post(url(project), data)

    assert response.status_code == 302, response.context and [
        f.errors for f in response.context["inline_admin_formsets"][-1].formset.forms
    ]
    assert list(project.results.values_list("title_nl", flat=True)) == ["Getrainde medewerkers"]


def test_another_organisations_pages_are_refused(editor_client_for, two_organisations, figures):
    _a, b = two_organisations
    client = editor_client_for(b, username="editor-b")
    indicator = figures.indicator

    for obj in (indicator.result, indicator, figures):
        assert client.get(url(obj)).status_code in REFUSED
        assert client.get(url(obj, "delete")).status_code in REFUSED
        assert client.get(url(obj, "history")).status_code in REFUSED
    for model in (Result, Indicator, IndicatorPeriod):
        assert client.get(url(model, "changelist")).context["cl"].result_count == 0


def test_a_forged_post_changes_nothing(editor_client_for, two_organisations, figures):
    a, b = two_organisations
    indicator = figures.indicator
    data = change_form_data(editor_client_for(a, username="editor-a").get(url(indicator)))
    data["title_nl"] = "Overgenomen"
    data["periods-0-actual_value"] = "999"
    client = editor_client_for(b, username="editor-b")

    assert client.post(url(indicator), data).status_code in REFUSED

    indicator.refresh_from_db()
    figures.refresh_from_db()
    assert indicator.title_nl == "Indicator van A"
    assert figures.actual_value == 312


def test_an_editor_cannot_move_a_result_to_another_organisations_project(
    editor_client_for, two_organisations, figures
):
    _a, b = two_organisations
    own = ResultFactory(project=ProjectFactory(lead=b), title_nl="Van B")
    client = editor_client_for(b, username="editor-b")
    data = change_form_data(client.get(url(own)))
    data["project"] = str(figures.indicator.result.project_id)

    response = client.post(url(own), data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    own.refresh_from_db()
    assert own.project.participations.get().organisation == b


def post_indicator(client, indicator, **changes):
    data = change_form_data(client.get(url(indicator)))
    data.update(changes)
    return client.post(url(indicator), data)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"periods-0-period_start": "2024-12-31", "periods-0-period_end": "2024-01-01"},
            "The end cannot be before the start.",
        ),
        ({"baseline_year": "20"}, "The baseline year is a year such as 2020."),
        (
            {"measure": "5", "baseline_value": "12"},
            "A qualitative indicator has a comment, not a number.",
        ),
        ({"periods-0-target_value": "veel"}, "Enter a number."),
    ],
    ids=["end before start", "baseline year 20", "qualitative with a number", "not a number"],
)
def test_bad_input_is_refused_with_a_message(editor_client_for, figures, changes, message):
    indicator = figures.indicator
    client = editor_client_for(indicator.result.project.participations.get().organisation)
    before = (
        Indicator.objects.values().get(pk=indicator.pk),
        IndicatorPeriod.objects.values().get(pk=figures.pk),
    )

    response = post_indicator(client, indicator, title_nl="Nieuwe titel", **changes)

    assert response.status_code == 200
    assert message in response.content.decode()
    after = (
        Indicator.objects.values().get(pk=indicator.pk),
        IndicatorPeriod.objects.values().get(pk=figures.pk),
    )
    assert after == before


def test_a_qualitative_indicators_period_takes_comments_not_numbers(editor_client_for, figures):
    indicator = figures.indicator
    Indicator.objects.filter(pk=indicator.pk).update(measure="5", baseline_value=None)
    client = editor_client_for(indicator.result.project.participations.get().organisation)

    response = client.post(url(figures), change_form_data(client.get(url(figures))))

    assert response.status_code == 200
    assert "A qualitative indicator has a comment, not a number." in response.content.decode()

    data = change_form_data(client.get(url(figures)))
    data.update({"target_value": "", "actual_value": "", "actual_comment_nl": "Landelijk bekend"})
    data.update({"disaggregations-0-DELETE": "on"})
    assert client.post(url(figures), data).status_code == 302
    figures.refresh_from_db()
    assert (figures.actual_value, figures.actual_comment_nl) == (None, "Landelijk bekend")


def test_an_editor_adds_a_period_on_the_indicator_page(editor_client_for, figures):
    indicator = figures.indicator
    client = editor_client_for(indicator.result.project.participations.get().organisation)
    data = change_form_data(client.get(url(indicator)))
    data.update(
        {
            "periods-TOTAL_FORMS": "2",
            "periods-1-indicator": str(indicator.pk),
            "periods-1-period_start": "2025-01-01",
            "periods-1-period_end": "2025-12-31",
            "periods-1-target_value": "600",
            "periods-1-actual_value": "",
        }
    )

    assert client.post(url(indicator), data).status_code == 302
    assert list(indicator.periods.values_list("period_start", "target_value")) == [
        (datetime.date(2024, 1, 1), 500),
        (datetime.date(2025, 1, 1), 600),
    ]


@pytest.mark.parametrize("dutch_value", ["waarde", "andere waarde"])
def test_the_same_breakdown_twice_is_refused(editor_client_for, figures, dutch_value):
    """The same words in Dutch, or other Dutch but the same English: refused either way."""
    DisaggregationFactory(
        period=figures, dimension_value_nl="waarde", dimension_value_en="value", actual_value=1
    )
    figures.disaggregations.exclude(dimension_value_nl="waarde").delete()
    client = editor_client_for(figures.indicator.result.project.participations.get().organisation)
    data = change_form_data(client.get(url(figures)))
    data.update(
        {
            "disaggregations-TOTAL_FORMS": "2",
            "disaggregations-1-period": str(figures.pk),
            "disaggregations-1-dimension_name_nl": "geslacht",
            "disaggregations-1-dimension_name_en": "sex",
            "disaggregations-1-dimension_value_nl": dutch_value,
            "disaggregations-1-dimension_value_en": "value",
            "disaggregations-1-actual_value": "5",
        }
    )

    response = client.post(url(figures), data)

    assert response.status_code == 200
    assert "Please correct the duplicate data" in response.content.decode()
    assert figures.disaggregations.count() == 1
