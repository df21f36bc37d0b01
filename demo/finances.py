"""Budgets and transactions of the demo projects (finances.yaml)."""

import datetime

from django.db import models

from finances.models import Budget, Transaction
from projects.models import Project

from .loader import Loader


class TransactionKind(models.TextChoices):
    """The words finances.yaml uses for the IATI transaction types it needs."""

    INCOMING_COMMITMENT = "incoming-commitment", "11"
    INCOMING_FUNDS = "incoming-funds", "1"
    DISBURSEMENT = "disbursement", "3"
    EXPENDITURE = "expenditure", "4"


class BudgetKind(models.TextChoices):
    ORIGINAL = "original", "1"
    REVISED = "revised", "2"


class BudgetStatus(models.TextChoices):
    INDICATIVE = "indicative", "1"
    COMMITTED = "committed", "2"


def load_finances(loader: Loader, items: list[dict], refs: dict) -> None:
    """`refs` holds the organisations and donors by their slugs; the projects are loaded
    before, and found by theirs."""
    for item in items:
        project = Project.objects.get(slug=item["project"])
        for budget in item.get("budgets", []):
            year = budget["year"]
            loader.upsert(
                Budget,
                {
                    "project": project,
                    "period_start": datetime.date(year, 1, 1),
                    "period_end": datetime.date(year, 12, 31),
                    "budget_type": BudgetKind(budget.get("kind", BudgetKind.ORIGINAL)).label,
                },
                {
                    "status": BudgetStatus(budget.get("status", BudgetStatus.COMMITTED)).label,
                    "value": budget["amount"],
                    "currency": budget.get("currency", "EUR"),
                },
                where=budget["where"],
            )
        for transaction in item.get("transactions", []):
            donor, by, to = (transaction.get(key) for key in ("donor", "from", "to"))
            date, _precision = transaction["date"]
            loader.upsert(
                Transaction,
                {
                    "project": project,
                    "transaction_type": TransactionKind(transaction["type"]).label,
                    "date": date,
                    "currency": transaction.get("currency", "EUR"),
                    "receiver_organisation": refs["organisations"][to] if to else None,
                },
                {
                    "value": transaction["amount"],
                    "provider_donor": refs["donors"][donor] if donor else None,
                    "provider_organisation": refs["organisations"][by] if by else None,
                    "provider_activity_id": transaction.get("activity", ""),
                    "description": transaction.get("description", ("", "")),
                },
                where=transaction["where"],
            )
