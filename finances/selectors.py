"""The money on the public pages: a project's budgets and transactions (columns of its
page's project row, plugged in from FinancesConfig.ready()), and what a donor funds per
year."""

from dataclasses import dataclass, field

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Case, CharField, Exists, OuterRef, Q, Sum, When
from django.db.models.functions import Cast, Coalesce, ExtractYear, JSONObject

from core.localised import localised
from donors.models import Donor, Funding
from finances.models import Budget, Transaction
from finances.money import INCOMING_COMMITMENT, INCOMING_FUNDS, Totals, totals

# --- the project page -----------------------------------------------------------------
#
# Both are columns of the project's own row (projects.selectors.add_detail_annotation), so
# the money costs the page no query however many budgets and transactions it has.


def _text(expression):
    # Amounts travel as text in the JSON: a JSON number would come back as a float.
    return Cast(expression, output_field=CharField())


def budget_rows() -> ArraySubquery:
    """The project's budgets by period as [{start, end, type, status, value, currency}]."""
    return ArraySubquery(
        Budget.objects.filter(project=OuterRef("pk"))
        .order_by("period_start", "period_end", "budget_type", "pk")
        .annotate(
            json=JSONObject(
                id="pk",
                start="period_start",
                end="period_end",
                type="budget_type",
                status="status",
                value=_text("value"),
                currency="currency",
            )
        )
        .values("json")
    )


def money_flows() -> ArraySubquery:
    """The project's transactions summed per type, currency and donor, as [{type,
    currency, donor, donor_name, donor_slug, total}]; a donor that is not public is left
    out by name (`donor` is null), its money still counted."""
    public_donor = Q(provider_donor__in=Donor.objects.public().values("pk"))
    return ArraySubquery(
        Transaction.objects.filter(project=OuterRef("pk"))
        .annotate(
            donor=Case(When(public_donor, then="provider_donor")),
            donor_name=Case(When(public_donor, then=localised("provider_donor__name"))),
            donor_slug=Case(When(public_donor, then="provider_donor__slug")),
        )
        .values("transaction_type", "currency", "donor", "donor_name", "donor_slug")
        .annotate(total=Sum("value"))
        .annotate(
            json=JSONObject(
                type="transaction_type",
                currency="currency",
                donor="donor",
                donor_name="donor_name",
                donor_slug="donor_slug",
                total=_text("total"),
            )
        )
        .order_by()
        .values("json")
    )


# --- the donor page ---------------------------------------------------------------------


@dataclass
class DonorYear:
    year: int | None  # None: a funding whose start and whose project's start are unknown
    committed: Totals = field(default_factory=list)
    paid: Totals = field(default_factory=list)


def donor_years(donor) -> list[DonorYear]:
    """What a donor funds per year, per currency, on public projects (two queries).

    - committed: its incoming commitments (transaction type 11), by the year of their date;
      a funding with an amount counts as committed in the year it starts (else the year its
      project starts), unless the donor's commitments to that project are recorded as
      transactions, which are the finer record of the same promise;
    - paid: its incoming funds (type 1), by the year of their date.
    """
    transactions = (
        Transaction.objects.public()
        .filter(provider_donor=donor, transaction_type__in=[INCOMING_COMMITMENT, INCOMING_FUNDS])
        .annotate(year=ExtractYear("date"))
        .values("currency", "year", "transaction_type")
        .annotate(total=Sum("value"))
        .order_by()
    )
    has_commitments = Transaction.objects.filter(
        project=OuterRef("project"), provider_donor=donor, transaction_type=INCOMING_COMMITMENT
    )
    fundings = (
        Funding.objects.public()
        .filter(donor=donor, amount__isnull=False)
        .exclude(Exists(has_commitments))
        .annotate(year=ExtractYear(Coalesce("start", "project__start")))
        .values("currency", "year")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    years: dict[int | None, DonorYear] = {}
    # Two queries: a UNION of the two would need its columns in the same order, which
    # Django does not promise for annotations and fields mixed.
    rows = [*transactions, *({**row, "transaction_type": INCOMING_COMMITMENT} for row in fundings)]
    for row in rows:
        line = years.setdefault(row["year"], DonorYear(year=row["year"]))
        sums = line.committed if row["transaction_type"] == INCOMING_COMMITMENT else line.paid
        sums.append((row["currency"], row["total"]))
    for line in years.values():
        # A year's commitments and fundings in the same currency make one line.
        line.committed = totals(line.committed)
        line.paid = totals(line.paid)
    return sorted(years.values(), key=lambda line: (line.year is None, line.year or 0))
