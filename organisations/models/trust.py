"""What makes an organisation trustworthy to a donor, beside the charity marks on the
organisation itself: its annual reports, year by year."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import today
from organisations.models.organisations import Organisation

FIRST_YEAR = 1945


class AnnualReportQuerySet(models.QuerySet):
    def public(self):
        """The reports of public organisations."""
        return self.filter(organisation__in=Organisation.objects.public())


class AnnualReport(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="annual_reports",
        verbose_name=_("organisation"),
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(FIRST_YEAR)])
    url = models.URLField(
        _("link"), help_text=_("Where the organisation publishes the report (a PDF or a page).")
    )

    objects = AnnualReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        ordering = ["organisation", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year"],
                name="one_annual_report_a_year",
                violation_error_message=_("This organisation already has a report for that year."),
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=FIRST_YEAR), name="annual_report_year_plausible"
            ),
        ]

    def __str__(self):
        return _("Annual report %(year)s") % {"year": self.year}

    def clean(self):
        super().clean()
        if self.year and self.year > today().year:
            raise ValidationError({"year": _("A report cannot be for a year still to come.")})
