"""The ground every app builds on: publication, time stamps, periods of varying precision,
and the counters of the rate limits."""

import calendar
import datetime
import functools

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language, gettext, pgettext
from django.utils.translation import gettext_lazy as _


class Publication(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def public(self):
        """What a visitor may see. Models with more conditions extend this one method."""
        return self.filter(publication=Publication.PUBLISHED)


class Publishable(models.Model):
    publication = models.CharField(
        _("publication"),
        max_length=10,
        choices=Publication.choices,
        default=Publication.DRAFT,
        db_index=True,
        help_text=_("Only published items are shown on the public site."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self) -> bool:
        return self.publication == Publication.PUBLISHED


class Precision(models.TextChoices):
    """How exactly a date is known: "12 March 2020", "February 2021", "2016", "mid-2022"."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    MID_YEAR = "mid_year", _("Middle of the year")
    YEAR = "year", _("Year")


def first_day(date: datetime.date, precision: str) -> datetime.date:
    """The first day of the period a date stands for."""
    if precision == Precision.MONTH:
        return date.replace(day=1)
    if precision == Precision.MID_YEAR:
        return date.replace(month=7, day=1)
    if precision == Precision.YEAR:
        return date.replace(month=1, day=1)
    return date


def last_day(date: datetime.date, precision: str) -> datetime.date:
    """The last day of the period a date stands for, so "until mid-2022" ends 30 June 2022."""
    if precision == Precision.MONTH:
        return date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == Precision.MID_YEAR:
        return date.replace(month=6, day=30)
    if precision == Precision.YEAR:
        return date.replace(month=12, day=31)
    return date


def format_date(date: datetime.date | None, precision: str) -> str:
    """A date the way people say it, in the active language."""
    if date is None:
        return ""
    if precision == Precision.YEAR:
        return str(date.year)
    if precision == Precision.MID_YEAR:
        return pgettext("period", "mid-%(year)s") % {"year": date.year}
    month = month_names(get_language() or "")[date.month]
    if precision == Precision.MONTH:
        return f"{month} {date.year}"  # as date_format(date, "F Y")
    return f"{date.day} {month} {date.year}"  # as date_format(date, "j F Y")


@functools.lru_cache(maxsize=8)
def month_names(language: str) -> dict[int, str]:
    """The months' names in `language` (the active one): Django's date formatting looks
    them up anew for every date, a tenth of a project card's cost."""
    from django.utils.dates import MONTHS

    return {number: str(name) for number, name in MONTHS.items()}


class Period(models.Model):
    """A start and an end known to a day, a month, half a year or a year.

    Dates are stored normalised (a start to the first day of its period, an end to its
    last day), so that comparisons with today are right whatever the precision; the
    precision says how to write them. No end means open: ongoing, or not yet known.
    """

    start = models.DateField(_("start"), null=True, blank=True, db_index=True)
    start_precision = models.CharField(
        _("start known to"), max_length=10, choices=Precision.choices, default=Precision.DAY
    )
    end = models.DateField(_("end"), null=True, blank=True, db_index=True)
    end_precision = models.CharField(
        _("end known to"), max_length=10, choices=Precision.choices, default=Precision.DAY
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.normalise_period()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.normalise_period()
        if self.start and self.end and self.end < self.start:
            from django.core.exceptions import ValidationError

            raise ValidationError({"end": _("The end cannot be before the start.")})

    @classmethod
    def period_constraints(cls, prefix: str) -> list[models.BaseConstraint]:
        return [
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__isnull=True) | Q(end__gte=F("start")),
                name=f"{prefix}_end_not_before_start",
                violation_error_message=_("The end cannot be before the start."),
            )
        ]

    def normalise_period(self) -> None:
        if self.start:
            self.start = first_day(self.start, self.start_precision)
        if self.end:
            self.end = last_day(self.end, self.end_precision)

    @property
    def period_display(self) -> str:
        """ "2016–2020", "mid-2022", "February 2021", "2020 – ongoing", "until mid-2022"."""
        start = format_date(self.start, self.start_precision)
        end = format_date(self.end, self.end_precision)
        open_end = getattr(self, "is_ongoing", False)
        if start and end:
            if start == end:
                return start
            if self.start_precision == self.end_precision == Precision.YEAR:
                return f"{start}–{end}"
            return f"{start} – {end}"
        if start:
            return (
                gettext("%(start)s – ongoing") % {"start": start}
                if open_end
                else (gettext("from %(start)s") % {"start": start})
            )
        if end:
            return gettext("until %(end)s") % {"end": end}
        return gettext("ongoing") if open_end else ""


def today() -> datetime.date:
    return timezone.localdate()


class RateLimitCounter(models.Model):
    """How often one key was counted in its current window (see core.ratelimit).

    The key is a scope and a keyed hash of what is counted, never an address in clear.
    """

    key = models.CharField(_("key"), max_length=120)
    window_end = models.DateTimeField(_("window ends"), db_index=True)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("rate-limit counter")
        verbose_name_plural = _("rate-limit counters")
        # The upsert's ON CONFLICT (key) needs it.
        constraints = [
            models.UniqueConstraint(fields=["key"], name="core_ratelimitcounter_key_unique")
        ]

    def __str__(self):
        return self.key
