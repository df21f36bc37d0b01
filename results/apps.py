from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    name = "results"
    verbose_name = _("Results")

    def ready(self):
        from core import cache
        from projects import changes
        from projects import selectors as project_selectors
        from results import models, selectors

        cache.watch(models.Result, models.Indicator, models.IndicatorPeriod, models.Disaggregation)
        # A change deep in a project's results is a change of the project (IATI files).
        changes.follow(models.Result, lambda result: result.project_id)
        changes.follow(models.Indicator, selectors.project_id_of_indicator)
        changes.follow(models.IndicatorPeriod, selectors.project_id_of_period)
        changes.follow(models.Disaggregation, selectors.project_id_of_breakdown)
        # Results sit above projects: what they add to the project page is plugged in here.
        project_selectors.add_detail_prefetch(selectors.results_prefetch)
