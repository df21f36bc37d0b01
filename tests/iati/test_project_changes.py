"""A change to a project's money, results or policy markers alone is a change of the
project: the IATI file's ETag moves, so the Registry and caches fetch it again."""

import datetime

import pytest

from finances.models import Budget
from iati.models import ProjectPolicyMarker
from results.models import Disaggregation, IndicatorPeriod

pytestmark = pytest.mark.django_db

URL = "/iati/activities.xml"


def etag_after(client, etag, change) -> str:
    change()
    response = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200, change.__doc__  # not 304: the file changed
    return response["ETag"]


def test_the_etag_moves_with_budgets_results_and_markers(client, full_project):
    etag = client.get(URL)["ETag"]
    period = IndicatorPeriod.objects.filter(indicator__result__project=full_project).first()

    def new_budget():
        """a budget added"""
        Budget.objects.create(
            project=full_project,
            period_start=datetime.date(2030, 1, 1),
            period_end=datetime.date(2030, 12, 31),
            value=100,
        )

    def actual_value():
        """a period's actual value changed"""
        period.actual_value = 123
        period.save()

    def breakdown_removed():
        """a breakdown deleted"""
        Disaggregation.objects.filter(
            period__indicator__result__project=full_project
        ).first().delete()

    def marker_removed():
        """a policy marker deleted"""
        ProjectPolicyMarker.objects.filter(project=full_project).first().delete()

    for change in (new_budget, actual_value, breakdown_removed, marker_removed):
        etag = etag_after(client, etag, change)
    assert client.get(URL, HTTP_IF_NONE_MATCH=etag).status_code == 304
