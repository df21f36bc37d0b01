"""The benchmark's money and results: budgets per year, transactions and results with
indicators and periods, so that the IATI file, the API and the project pages carry them
at the benchmark size as the demo does."""

from __future__ import annotations

import datetime
from decimal import Decimal

from finances.models import Budget, Transaction
from results.models import Indicator, IndicatorPeriod, Result
from tools.bench.generate_base import GeneratorBase

# Shares of the projects with money and with results (most Dutch NGOs publish budgets;
# fewer publish results).
WITH_MONEY = 0.8
WITH_RESULTS = 0.35
OPEN_START = datetime.date(2022, 1, 1)  # a project without dates: budgets from 2022
RESULTS = [
    ("Kinderen getraind in hun rechten", "Children trained in their rights", "1"),
    ("Hulpverleners opgeleid in kinderbescherming", "Social workers trained in protection", "1"),
    ("Kinderen terug in een gezin", "Children back in a family", "2"),
    ("Meldingen van geweld opgevolgd", "Reports of violence followed up", "2"),
]  # fmt: skip


class FinanceSteps(GeneratorBase):
    """make_money (budgets and transactions) and make_results, of self.projects."""

    def _years(self, project) -> list[int]:
        """Up to three calendar years of the project's period (never none)."""
        first = project.start.year if project.start else (project.end or OPEN_START).year
        last = max(first, project.end.year if project.end else first + 2)
        return list(range(first, min(last, first + 2) + 1))

    def make_money(self) -> None:
        rng = self.rng
        budgets, transactions = [], []
        for project in self.projects:
            if rng.random() >= WITH_MONEY:
                continue
            currency = "EUR" if rng.random() < 0.93 else "USD"
            for year in self._years(project):
                budgets.append(
                    Budget(
                        project=project,
                        period_start=datetime.date(year, 1, 1),
                        period_end=datetime.date(year, 12, 31),
                        value=Decimal(rng.randrange(20_000, 800_000, 1_000)),
                        currency=currency,
                    )
                )
            year = self._years(project)[0]
            donor = self.donor_choice.distinct(1)[0]
            committed = Decimal(rng.randrange(50_000, 1_500_000, 1_000))
            rows = [
                ("11", datetime.date(year, 1, 15), committed),
                ("1", datetime.date(year, 3, 1), committed / 2),
                ("4", datetime.date(year, 9, 30), committed / 3),
            ]
            for kind, date, value in rows:
                transactions.append(
                    Transaction(
                        project=project,
                        transaction_type=kind,
                        date=date,
                        value=value.quantize(Decimal("0.01")),
                        currency=currency,
                        provider_donor=donor if kind in ("11", "1") else None,
                        provider_activity_id=(
                            f"XM-DAC-7-PPR-{4_000_000_000 + project.pk}" if kind == "11" else ""
                        ),
                    )
                )
        self.save(Budget, budgets)
        self.save(Transaction, transactions)

    def make_results(self) -> None:
        rng = self.rng
        chosen = [project for project in self.projects if rng.random() < WITH_RESULTS]
        results = []
        for project in chosen:
            nl, en, kind = rng.choice(RESULTS)
            results.append(Result(project=project, result_type=kind, title_nl=nl, title_en=en))
        results = self.save(Result, results)
        indicators = []
        for result in results:
            indicators.append(
                Indicator(
                    result=result,
                    measure="1",
                    title_nl=f"Aantal: {result.title_nl.lower()}",
                    title_en=f"Number: {result.title_en.lower()}",
                    baseline_year=2020,
                    baseline_value=Decimal(rng.randrange(0, 200)),
                )
            )
        indicators = self.save(Indicator, indicators)
        periods = []
        for indicator in indicators:
            for year in (2023, 2024):
                target = rng.randrange(100, 2_000, 10)
                periods.append(
                    IndicatorPeriod(
                        indicator=indicator,
                        period_start=datetime.date(year, 1, 1),
                        period_end=datetime.date(year, 12, 31),
                        target_value=Decimal(target),
                        actual_value=Decimal(int(target * rng.uniform(0.4, 1.2))),
                    )
                )
        self.save(IndicatorPeriod, periods)
