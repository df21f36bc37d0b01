"""What a project achieves: results (output, outcome, impact), each measured by indicators
with a baseline, and per period a target and an actual value, optionally broken down
(for example by sex and age group). The shape is IATI's `result` element."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from codelists.offered import offered_choices
from projects.models import Project

# IndicatorMeasure: 1 unit, 2 percentage (numbers); 3 nominal, 4 ordinal (ranks and
# categories, still numbers in IATI); 5 qualitative (words only).
NUMERIC_MEASURES = ("1", "2", "3", "4")
QUALITATIVE = "5"


def _value(label):
    return models.DecimalField(label, max_digits=14, decimal_places=2, null=True, blank=True)


class ResultQuerySet(models.QuerySet):
    def public(self):
        """Of a public project."""
        return self.filter(project__in=Project.objects.public())


class Result(models.Model):
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="results", verbose_name=_("project")
    )
    result_type = models.CharField(
        _("type"), max_length=1, choices=offered_choices("ResultType"), default="1"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    aggregation_status = models.BooleanField(
        _("may be added up"),
        default=False,
        help_text=_("Whether its figures may be added to those of other projects."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ResultQuerySet.as_manager()

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        ordering = ["project", "position", "pk"]

    def __str__(self):
        return self.title


class Indicator(models.Model):
    result = models.ForeignKey(
        Result, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("result")
    )
    measure = models.CharField(
        _("measure"), max_length=1, choices=offered_choices("IndicatorMeasure"), default="1"
    )
    ascending = models.BooleanField(
        _("higher is better"),
        default=True,
        help_text=_("Off when a lower value is the aim, as with the number of children in care."),
    )
    aggregation_status = models.BooleanField(
        _("may be added up"),
        default=False,
        help_text=_("Whether its values may be added to those of other projects."),
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    baseline_value = _value(_("baseline value"))
    baseline_comment = models.CharField(_("baseline comment"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["result", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(baseline_year__isnull=True)
                | Q(baseline_year__gte=1900, baseline_year__lte=2100),
                name="indicator_baseline_year_plausible",
                violation_error_message=_("The baseline year is a year such as 2020."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_numeric(self) -> bool:
        return self.measure in NUMERIC_MEASURES

    def clean(self):
        super().clean()
        if self.measure == QUALITATIVE and self.baseline_value is not None:
            raise ValidationError(
                {"baseline_value": _("A qualitative indicator has a comment, not a number.")}
            )


class IndicatorPeriod(models.Model):
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="periods", verbose_name=_("indicator")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    target_value = _value(_("target"))
    target_comment = models.CharField(_("target comment"), max_length=300, blank=True)
    actual_value = _value(_("actual"))
    actual_comment = models.CharField(_("actual comment"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("indicator period")
        verbose_name_plural = _("indicator periods")
        ordering = ["indicator", "period_start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="indicator_period_end_not_before_start",
                violation_error_message=_("The end cannot be before the start."),
            ),
        ]

    def __str__(self):
        return f"{self.period_start}–{self.period_end}"

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end cannot be before the start.")})


class Disaggregation(models.Model):
    """One slice of a period's figures, such as girls aged 12 to 17."""

    period = models.ForeignKey(
        IndicatorPeriod,
        on_delete=models.CASCADE,
        related_name="disaggregations",
        verbose_name=_("period"),
    )
    dimension_name = models.CharField(_("dimension"), max_length=100, help_text=_("E.g. sex."))
    dimension_value = models.CharField(_("value"), max_length=100, help_text=_("E.g. female."))
    target_value = _value(_("target"))
    actual_value = _value(_("actual"))

    class Meta:
        verbose_name = _("breakdown")
        verbose_name_plural = _("breakdowns")
        ordering = ["period", "dimension_name", "dimension_value"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "dimension_name", "dimension_value"],
                name="one_breakdown_per_dimension_value",
                violation_error_message=_("This breakdown is there already."),
            ),
        ]

    def __str__(self):
        return f"{self.dimension_name}: {self.dimension_value}"
