"""Budgets and transactions for the money tests."""

import datetime
from decimal import Decimal

from finances.models import Budget, Transaction

# The admin tests' logged-in clients and two organisations, for the money's admin tests.
from tests.admin.conftest import (  # noqa: F401
    editor_client_for,
    network_editor_client,
    superuser_client,
    two_organisations,
)


def budget(project, year, value, currency="EUR", **fields):
    """A budget for one calendar year."""
    return Budget.objects.create(
        project=project,
        period_start=datetime.date(year, 1, 1),
        period_end=datetime.date(year, 12, 31),
        value=Decimal(value),
        currency=currency,
        **fields,
    )


def transaction(project, transaction_type, value, currency="EUR", date=None, **fields):
    return Transaction.objects.create(
        project=project,
        transaction_type=transaction_type,
        date=date or datetime.date(2018, 3, 1),
        value=Decimal(value),
        currency=currency,
        **fields,
    )
