from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinancesConfig(AppConfig):
    name = "finances"
    verbose_name = _("Budgets and transactions")

    def ready(self):
        from core import cache
        from donors import selectors as donor_selectors
        from finances import models, selectors
        from projects import changes
        from projects import selectors as project_selectors

        cache.watch(models.Budget, models.Transaction)
        changes.follow(models.Budget, lambda budget: budget.project_id)
        changes.follow(models.Transaction, lambda transaction: transaction.project_id)
        # Finances sit above projects and donors: what they add to those pages is plugged
        # in here (the money section of a project's page, a donor's funding per year).
        project_selectors.add_detail_annotation("budget_rows", selectors.budget_rows)
        project_selectors.add_detail_annotation("money_flows", selectors.money_flows)
        donor_selectors.add_detail_section("money_years", selectors.donor_years)
