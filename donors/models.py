"""Donors, the instruments (funds) they fund through, and fundings of projects."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import Period, Publishable, PublishableQuerySet
from core.validators import validate_image_upload
from organisations.models import Organisation
from projects.models import Project


class DonorType(models.TextChoices):
    GOVERNMENT = "government", _("Government ministry or agency")
    EU = "eu", _("European Union")
    UN_AGENCY = "un_agency", _("UN agency")
    FOUNDATION = "foundation", _("Foundation")
    LOTTERY = "lottery", _("Lottery")
    CHURCH = "church", _("Church")
    COMPANY = "company", _("Company")
    OTHER = "other", _("Other")


class DonorQuerySet(PublishableQuerySet):
    def in_type_order(self, *then):
        """Ordered by type as the choices are (government first), then by `then`."""
        type_order = Case(
            *(When(type=value, then=Value(i)) for i, value in enumerate(DonorType.values)),
            default=Value(len(DonorType.values)),
            output_field=IntegerField(),
        )
        return self.order_by(type_order, *then)


class Donor(Publishable):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    type = models.CharField(_("type"), max_length=20, choices=DonorType.choices, db_index=True)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="logos/donors/",
        blank=True,
        validators=[validate_image_upload],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    logo_alt = models.CharField(_("logo description"), max_length=200, blank=True)
    # The logo's size, filled when it changes (images.renditions): no file is opened to
    # size its renditions on a page.
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    description = models.TextField(_("description"), blank=True)
    support = models.CharField(
        _("support outside projects"),
        max_length=300,
        blank=True,
        help_text=_(
            "How this donor supports the network or its members other than through a "
            "project listed here, for example as a member of a network. Shown on its page, "
            "above all when it funds no listed project."
        ),
    )
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_("For example XM-DAC-7 for the Dutch Ministry of Foreign Affairs."),
    )
    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="donor",
        verbose_name=_("organisation in the network"),
        help_text=_("When the donor is also an organisation on this portal."),
    )

    objects = DonorQuerySet.as_manager()

    class Meta:
        verbose_name = _("donor")
        verbose_name_plural = _("donors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("donors:detail", kwargs={"slug": self.slug})

    @property
    def logo_text(self) -> str:
        return self.logo_alt or self.name


class InstrumentQuerySet(models.QuerySet):
    def public(self):
        """Instruments a visitor sees: of a public donor, funding at least one public
        funding (an instrument is shown beside what it funds)."""
        return self.filter(
            Exists(Funding.objects.public().filter(instrument=OuterRef("pk"))),
            donor__in=Donor.objects.public(),
        )


class Instrument(Period):
    """A named fund or programme a donor funds through: Matra, AMIF, JUST/REC."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    donor = models.ForeignKey(
        Donor, on_delete=models.PROTECT, related_name="instruments", verbose_name=_("donor")
    )
    managed_by = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="managed_instruments",
        verbose_name=_("managed by"),
        help_text=_("The agency that runs the fund for the donor, if another one."),
    )
    url = models.URLField(_("link"), blank=True)
    description = models.TextField(_("description"), blank=True)

    objects = InstrumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("funding instrument")
        verbose_name_plural = _("funding instruments")
        ordering = ["name"]
        constraints = [*Period.period_constraints("instrument")]

    def __str__(self):
        return self.short_name or self.name

    @property
    def is_public(self) -> bool:
        """As InstrumentQuerySet.public(); reads the fundings (prefetch `fundings__donor`
        and `fundings__project__participations__organisation` to read many at once)."""
        return self.donor.is_public and any(funding.is_public for funding in self.fundings.all())


class FundingQuerySet(models.QuerySet):
    """What a visitor sees of who funds what: public() is both halves below; a query of
    the fundings of projects known to be public takes the donors' half only."""

    def public(self):
        """By a public donor, of a public project."""
        return self.of_public_donors().filter(project__in=Project.objects.public())

    def of_public_donors(self):
        """public(), for the fundings of projects known to be public."""
        return self.filter(donor__in=Donor.objects.public())


class Funding(Period):
    donor = models.ForeignKey(
        Donor, on_delete=models.PROTECT, related_name="fundings", verbose_name=_("donor")
    )
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="fundings", verbose_name=_("project")
    )
    instrument = models.ForeignKey(
        Instrument,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="fundings",
        verbose_name=_("instrument"),
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        help_text=_("Only with an amount."),
        validators=[RegexValidator(r"^[A-Z]{3}$", _("An ISO 4217 code such as EUR."))],
    )
    donor_activity_id = models.CharField(
        _("donor's activity identifier"),
        max_length=150,
        blank=True,
        help_text=_(
            "The IATI identifier of the donor's own activity for this grant, for example "
            "XM-DAC-7-PPR-4000004321: it links the project to the donor's activity."
        ),
    )

    objects = FundingQuerySet.as_manager()

    class Meta:
        verbose_name = _("funding")
        verbose_name_plural = _("fundings")
        ordering = ["project", "donor__name"]
        constraints = [
            *Period.period_constraints("funding"),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="funding_amount_not_negative",
                violation_error_message=_("An amount cannot be negative."),
            ),
            # An amount means nothing without its currency, and a currency alone says nothing.
            models.CheckConstraint(
                condition=Q(amount__isnull=True, currency="")
                | (Q(amount__isnull=False) & ~Q(currency="")),
                name="funding_amount_with_currency",
                violation_error_message=_("An amount needs a currency, and a currency an amount."),
            ),
            models.UniqueConstraint(
                fields=["donor", "project", "instrument"],
                name="unique_funding",
                nulls_distinct=False,
                violation_error_message=_("This funding is already recorded."),
            ),
        ]

    def __str__(self):
        return f"{self.donor} → {self.project}"

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.amount is not None and not self.currency:
            errors.setdefault("currency", []).append(_("Choose the currency of the amount."))
        if self.amount is None and self.currency:
            errors.setdefault("amount", []).append(
                _("Fill in the amount in this currency, or leave the currency empty.")
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self) -> bool:
        return self.donor.is_public and self.project.is_public

    def get_absolute_url(self):
        return self.project.get_absolute_url()
