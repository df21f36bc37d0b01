"""Results, indicators, periods and breakdowns for the tests."""

import datetime

import factory

from results.models import Disaggregation, Indicator, IndicatorPeriod, Result
from tests.factories import ProjectFactory


class ResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Result

    project = factory.SubFactory(ProjectFactory)
    result_type = "1"  # output
    title_nl = factory.Sequence(lambda n: f"Resultaat {n}")
    title_en = factory.Sequence(lambda n: f"Result {n}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    result = factory.SubFactory(ResultFactory)
    measure = "1"  # unit
    title_nl = factory.Sequence(lambda n: f"Indicator {n}")
    title_en = factory.Sequence(lambda n: f"Indicator {n} (EN)")
    baseline_year = 2020
    baseline_value = 100


class IndicatorPeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorPeriod

    indicator = factory.SubFactory(IndicatorFactory)
    period_start = datetime.date(2024, 1, 1)
    period_end = datetime.date(2024, 12, 31)
    target_value = 500
    actual_value = 312


class DisaggregationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Disaggregation

    period = factory.SubFactory(IndicatorPeriodFactory)
    dimension_name_nl = "geslacht"
    dimension_name_en = "sex"
    dimension_value_nl = factory.Sequence(lambda n: f"waarde {n}")
    dimension_value_en = factory.Sequence(lambda n: f"value {n}")
    actual_value = 10
