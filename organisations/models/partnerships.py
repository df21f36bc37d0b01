"""Partnerships between two organisations, by level (local to international)."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import Period
from organisations.models.organisations import Organisation


class PartnershipLevel(models.TextChoices):
    LOCAL = "local", _("Local")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")


class PartnershipKind(models.TextChoices):
    AGREEMENT = "agreement", _("Agreement")
    CONSORTIUM = "consortium", _("Consortium")
    TRAINING = "training", _("Training")
    REFERRAL = "referral", _("Referral")
    FUNDING = "funding", _("Funding")
    NETWORK = "network", _("Network")


class PartnershipQuerySet(models.QuerySet):
    def public(self):
        """Partnerships a visitor sees: both parties are public."""
        return self.filter(
            organisation__in=Organisation.objects.public(),
            partner__in=Organisation.objects.public(),
        )


class Partnership(Period):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("organisation"),
    )
    partner = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="partnerships_as_partner",
        verbose_name=_("partner"),
    )
    level = models.CharField(
        _("level"), max_length=20, choices=PartnershipLevel.choices, db_index=True
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PartnershipKind.choices)
    description = models.TextField(_("description"), blank=True)
    is_ongoing = models.BooleanField(_("ongoing"), default=True)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["organisation", "level", "partner__name"]
        constraints = [
            *Period.period_constraints("partnership"),
            models.CheckConstraint(
                condition=~Q(organisation=F("partner")),
                name="partnership_has_two_parties",
                violation_error_message=_("An organisation cannot be its own partner."),
            ),
            models.UniqueConstraint(
                fields=["organisation", "partner", "level", "kind"],
                name="unique_partnership",
                violation_error_message=_("This partnership is already recorded."),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.partner} ({self.get_level_display()})"

    @property
    def is_public(self) -> bool:
        return self.organisation.is_public and self.partner.is_public
