"""Dutch and English values (Dutch required), then change history."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as track_history

from results.models import Disaggregation, Indicator, IndicatorPeriod, Result


@register(Result)
class ResultTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"nl": ("title",)}


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("title", "description", "baseline_comment")
    required_languages = {"nl": ("title",)}


@register(IndicatorPeriod)
class IndicatorPeriodTranslation(TranslationOptions):
    fields = ("target_comment", "actual_comment")


@register(Disaggregation)
class DisaggregationTranslation(TranslationOptions):
    fields = ("dimension_name", "dimension_value")


for model in (Result, Indicator, IndicatorPeriod, Disaggregation):
    track_history(model)
