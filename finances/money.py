"""What a project's page says about its money, worked out from what its project row
already holds (finances.selectors.budget_rows and money_flows, as JSON) and its fundings by
public donors (`funding_list`, prefetched by donors): no query of its own.

Every total is per currency: `[(currency, amount)]`, in the order of the currency codes,
never one sum across currencies.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from babel.numbers import format_currency
from django.utils.translation import to_locale

import codelists
from core.models import Precision, format_date

# TransactionType codes (codelists/data/TransactionType.xml).
INCOMING_FUNDS = "1"
DISBURSEMENT = "3"
EXPENDITURE = "4"
INCOMING_COMMITMENT = "11"

REVISED_BUDGET = "2"

Totals = list[tuple[str, Decimal]]


def totals(pairs: Iterable[tuple[str, Decimal]]) -> Totals:
    """[(currency, sum)] of (currency, amount) pairs, one line per currency."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for currency, amount in pairs:
        sums[currency] += amount
    return sorted(sums.items())


@dataclass(frozen=True)
class BudgetLine:
    id: int
    start: datetime.date
    end: datetime.date
    type: str
    status: str
    value: Decimal
    currency: str

    @classmethod
    def from_json(cls, row: dict) -> "BudgetLine":
        return cls(
            id=row["id"],
            start=datetime.date.fromisoformat(row["start"]),
            end=datetime.date.fromisoformat(row["end"]),
            type=row["type"],
            status=row["status"],
            value=Decimal(row["value"]),
            currency=row["currency"],
        )

    @property
    def period_display(self) -> str:
        """ "2018" for a calendar year, else "1 april 2018 – 31 maart 2019"."""
        whole_year = self.start == datetime.date(self.end.year, 1, 1) and self.end == (
            datetime.date(self.end.year, 12, 31)
        )
        if whole_year:
            return str(self.start.year)
        return f"{format_date(self.start, Precision.DAY)} – {format_date(self.end, Precision.DAY)}"

    @property
    def type_name(self) -> str:
        return codelists.name("BudgetType", self.type)

    @property
    def status_name(self) -> str:
        return codelists.name("BudgetStatus", self.status)


def current_budgets(budgets: Iterable[BudgetLine]) -> list[BudgetLine]:
    """The budgets that count: a revised budget replaces the original ones of its period
    (IATI's meaning of "revised"); of several revisions the last one entered counts."""
    by_period: dict = defaultdict(list)
    for budget in budgets:
        by_period[(budget.start, budget.end)].append(budget)
    counted = []
    for period_budgets in by_period.values():
        revised = [b for b in period_budgets if b.type == REVISED_BUDGET]
        counted += [max(revised, key=lambda b: b.id)] if revised else period_budgets
    return counted


@dataclass
class DonorContribution:
    name: str
    slug: str
    committed: Totals = field(default_factory=list)
    received: Totals = field(default_factory=list)


@dataclass
class ProjectMoney:
    budgets: list[BudgetLine]
    budget_totals: Totals
    contributions: list[DonorContribution]
    disbursed: Totals
    spent: Totals

    def __bool__(self):
        return bool(self.budgets or self.contributions or self.disbursed or self.spent)


def project_money(project) -> ProjectMoney:
    """The money section of a public project's page."""
    budgets = [BudgetLine.from_json(row) for row in getattr(project, "budget_rows", None) or []]
    flows = getattr(project, "money_flows", None) or []
    return ProjectMoney(
        budgets=budgets,
        budget_totals=totals((b.currency, b.value) for b in current_budgets(budgets)),
        contributions=donor_contributions(getattr(project, "funding_list", []), flows),
        disbursed=_flow_totals(flows, DISBURSEMENT),
        spent=_flow_totals(flows, EXPENDITURE),
    )


def _flow_totals(flows, transaction_type, donor=None) -> Totals:
    return totals(
        (flow["currency"], Decimal(flow["total"]))
        for flow in flows
        if flow["type"] == transaction_type and (donor is None or flow["donor"] == donor)
    )


def donor_contributions(fundings, flows) -> list[DonorContribution]:
    """What each public donor gives: its incoming commitments, else the amounts of its
    fundings (the same promise, recorded more roughly), and the funds received from it.
    Donors by name as the fundings list them, then those known from transactions only;
    `fundings` are of public donors only, and `flows` name public donors only."""
    donors: dict[int, DonorContribution] = {}
    for funding in fundings:
        donors.setdefault(
            funding.donor_id, DonorContribution(name=funding.donor.name, slug=funding.donor.slug)
        )
    for flow in sorted(flows, key=lambda flow: flow["donor_name"] or ""):
        if flow["donor"] is not None:
            donors.setdefault(
                flow["donor"], DonorContribution(name=flow["donor_name"], slug=flow["donor_slug"])
            )
    for donor_id, row in donors.items():
        row.committed = _flow_totals(flows, INCOMING_COMMITMENT, donor_id) or totals(
            (f.currency, f.amount)
            for f in fundings
            if f.donor_id == donor_id and f.amount is not None
        )
        row.received = _flow_totals(flows, INCOMING_FUNDS, donor_id)
    return [row for row in donors.values() if row.committed or row.received]


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """ "€ 1.234.567,00" in Dutch, "€1,234,567.00" in English (Babel's CLDR patterns)."""
    return format_currency(amount, currency, locale=to_locale(language))
