"""What networks are made of: frameworks, pillars, goals and memberships."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, CharField, F, IntegerField, Q, Value, When
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.localised import localised, localised_order
from organisations.models.organisations import Organisation, OrganisationKind


class Framework(models.Model):
    """A treaty or declaration that guides networks: the CRC (1989), the Stockholm Declaration."""

    title = models.CharField(_("title"), max_length=250)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1800)]
    )
    url = models.URLField(_("link"), blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("guiding framework")
        verbose_name_plural = _("guiding frameworks")
        ordering = ["year", "title"]

    def __str__(self):
        return f"{self.title} ({self.year})" if self.year else self.title


class Pillar(models.Model):
    """A main line of a network's mission, grouping some of its goals."""

    network = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="pillars")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("pillar")
        verbose_name_plural = _("pillars")
        ordering = ["network", "position", "id"]

    def __str__(self):
        return self.title


class Goal(models.Model):
    network = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="goals")
    pillar = models.ForeignKey(
        Pillar,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="goals",
        verbose_name=_("pillar"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["network", "position", "id"]

    def __str__(self):
        return self.title


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    CHAIR = "chair", _("Chair")
    SECRETARIAT = "secretariat", _("Secretariat")


class MembershipQuerySet(models.QuerySet):
    def public(self):
        """Memberships a visitor sees: current (not ended), of a public member in a public
        network."""
        return self.filter(
            year_left__isnull=True,
            network__in=Organisation.objects.public(),
            member__in=Organisation.objects.public(),
        )

    def of_organisation(self, organisation):
        """On an organisation's profile: the networks it is a member of and, for a network,
        its members, in one query. Split them with `is_members_row`: members (chair and
        secretariat first, then by name) come before the networks (by name)."""
        is_member_row = Q(network=organisation)
        return (
            self.public()
            .filter(Q(member=organisation) | is_member_row)
            .select_related("network", "member")
            .annotate(
                is_members_row=Case(
                    When(is_member_row, then=Value(True)),
                    default=Value(False),
                    output_field=models.BooleanField(),
                ),
                role_order=Case(
                    When(~is_member_row, then=Value(0)),
                    When(role=MembershipRole.CHAIR, then=Value(0)),
                    When(role=MembershipRole.SECRETARIAT, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                ),
                other_name=Case(
                    When(is_member_row, then=localised("member__name")),
                    default=localised("network__name"),
                    output_field=CharField(),
                ),
            )
            .order_by("-is_members_row", "role_order", "other_name", "pk")
        )

    def members_of(self, network):
        """A network's public members: chair and secretariat first, then by name."""
        return (
            self.public()
            .filter(network=network)
            .select_related("member")
            .annotate(
                role_order=Case(
                    When(role=MembershipRole.CHAIR, then=Value(0)),
                    When(role=MembershipRole.SECRETARIAT, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            .order_by("role_order", localised_order("member__name"), "pk")
        )


class Membership(models.Model):
    network = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        limit_choices_to={"kind": OrganisationKind.NETWORK},
        verbose_name=_("network"),
    )
    member = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="network_memberships",
        verbose_name=_("member"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    year_left = models.PositiveSmallIntegerField(
        _("year left"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    # A member may take on a role years after joining: chair since 2016, member since 2007.
    role_since = models.PositiveSmallIntegerField(
        _("role since (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("The year it became chair or secretariat; leave empty for a member."),
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["network", "member__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "member"],
                name="one_membership_per_network_and_member",
                violation_error_message=_("This organisation is already a member."),
            ),
            models.CheckConstraint(
                condition=~Q(network=F("member")),
                name="network_is_not_its_own_member",
                violation_error_message=_("A network cannot be a member of itself."),
            ),
            models.CheckConstraint(
                condition=Q(year_left__isnull=True)
                | Q(year_joined__isnull=True)
                | Q(year_left__gte=F("year_joined")),
                name="membership_left_not_before_joined",
                violation_error_message=_("The year left cannot be before the year joined."),
            ),
            models.CheckConstraint(
                condition=Q(role_since__isnull=True)
                | Q(year_joined__isnull=True)
                | Q(role_since__gte=F("year_joined")),
                name="membership_role_not_before_joined",
                violation_error_message=_("The role cannot start before the year joined."),
            ),
        ]

    def __str__(self):
        return f"{self.member} – {self.network} ({self.get_role_display()})"

    @property
    def is_current(self) -> bool:
        return self.year_left is None

    @property
    def role_display(self) -> str:
        """The role with the year it began where known: "Chair since 2016", "Member since
        2007" (a plain member's role began when it joined), "Secretariat"."""
        year = self.year_joined if self.role == MembershipRole.MEMBER else self.role_since
        role = self.get_role_display()
        return gettext("%(role)s since %(year)s") % {"role": role, "year": year} if year else role

    @property
    def standing(self) -> str:
        """What a profile says of a membership: "Chair since 2016 · member since 2007"."""
        if self.role == MembershipRole.MEMBER or not self.year_joined:
            return self.role_display
        joined = gettext("member since %(year)s") % {"year": self.year_joined}
        return f"{self.role_display} · {joined}"

    @property
    def is_public(self) -> bool:
        return self.is_current and self.network.is_public and self.member.is_public
