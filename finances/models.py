"""A project's money: its budgets per period and its transactions (money in and out).

Amounts are kept in the currency they were agreed in. Totals are grouped per currency and
never added across currencies: the portal has no exchange rates to do that honestly.
"""

from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q, Sum
from django.utils.translation import gettext_lazy as _

from codelists import InCodelist
from codelists.offered import offered_choices
from donors.models import Donor
from organisations.models import Organisation
from projects.models import Project

# IATI: "The budget period must not be longer than one year" (end minus start at most 365
# days, so 1 January to 31 December of a leap year still counts as one year).
LONGEST_BUDGET_PERIOD = timedelta(days=365)

activity_identifier = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9._/:-]*$",
    _("An IATI identifier has letters, digits and - . _ / : only, for example XM-DAC-7-PPR-1."),
)


def _money(label):
    return models.DecimalField(label, max_digits=14, decimal_places=2)


def _currency():
    return models.CharField(
        _("currency"), max_length=3, default="EUR", validators=[InCodelist("Currency")]
    )


class MoneyQuerySet(models.QuerySet):
    def public(self):
        """Of a public project."""
        return self.filter(project__in=Project.objects.public())

    def totals(self) -> dict[str, Decimal]:
        """{currency: total}, never one sum across currencies."""
        rows = self.order_by("currency").values("currency").annotate(total=Sum("value"))
        return {row["currency"]: row["total"] for row in rows}


class Budget(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="budgets", verbose_name=_("project")
    )
    budget_type = models.CharField(
        _("type"),
        max_length=1,
        choices=offered_choices("BudgetType"),
        default="1",
        help_text=_("Revised: a later version of a budget for the same period."),
    )
    status = models.CharField(
        _("status"), max_length=1, choices=offered_choices("BudgetStatus"), default="1"
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"), help_text=_("At most one year after the start."))
    value = _money(_("amount"))
    currency = _currency()
    value_date = models.DateField(
        _("value date"), null=True, blank=True, help_text=_("Empty: the period's start.")
    )

    objects = MoneyQuerySet.as_manager()

    class Meta:
        verbose_name = _("budget")
        verbose_name_plural = _("budgets")
        ordering = ["project", "period_start", "budget_type"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="budget_end_not_before_start",
                violation_error_message=_("The end cannot be before the start."),
            ),
            models.CheckConstraint(
                condition=Q(period_end__lte=F("period_start") + LONGEST_BUDGET_PERIOD),
                name="budget_period_at_most_a_year",
                violation_error_message=_("A budget period is at most one year."),
            ),
            models.CheckConstraint(
                condition=Q(value__gte=0),
                name="budget_value_not_negative",
                violation_error_message=_("A budget cannot be negative."),
            ),
        ]

    def __str__(self):
        return f"{self.period_start}–{self.period_end}: {self.currency} {self.value}"

    def clean(self):
        super().clean()
        if self.period_start and self.period_end:
            if self.period_end < self.period_start:
                raise ValidationError({"period_end": _("The end cannot be before the start.")})
            if self.period_end - self.period_start > LONGEST_BUDGET_PERIOD:
                raise ValidationError(
                    {"period_end": _("A budget period is at most one year: split it per year.")}
                )


class Transaction(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="transactions", verbose_name=_("project")
    )
    transaction_type = models.CharField(
        _("type"), max_length=2, choices=offered_choices("TransactionType")
    )
    date = models.DateField(_("date"))
    value = _money(_("amount"))
    currency = _currency()
    description = models.CharField(_("description"), max_length=300, blank=True)
    provider_donor = models.ForeignKey(
        Donor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="transactions",
        verbose_name=_("from donor"),
    )
    provider_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="provided_transactions",
        verbose_name=_("from organisation"),
    )
    provider_activity_id = models.CharField(
        _("provider's activity identifier"),
        max_length=150,
        blank=True,
        validators=[activity_identifier],
        help_text=_("The IATI identifier of the activity the money comes from."),
    )
    receiver_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="received_transactions",
        verbose_name=_("to organisation"),
    )

    objects = MoneyQuerySet.as_manager()

    class Meta:
        verbose_name = _("transaction")
        verbose_name_plural = _("transactions")
        ordering = ["project", "date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(provider_donor__isnull=True) | Q(provider_organisation__isnull=True),
                name="transaction_one_provider",
                violation_error_message=_(
                    "Money comes from a donor or from an organisation, not both."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.date}: {self.currency} {self.value}"

    def clean(self):
        super().clean()
        if self.provider_donor_id and self.provider_organisation_id:
            raise ValidationError(
                {"provider_organisation": _("Choose a donor or an organisation, not both.")}
            )
