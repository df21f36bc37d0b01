"""Organisations: members, networks and outside bodies, with what their profiles show."""

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models import OuterRef, Prefetch, Q
from django.db.models.functions import JSONObject
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.localised import localised
from core.models import Publishable, PublishableQuerySet
from core.validators import (
    validate_be_enterprise_number,
    validate_image_upload,
    validate_kvk_number,
    validate_rsin,
)
from organisations.models.open_data import OpenDataSettings


class OrganisationKind(models.TextChoices):
    NGO = "ngo", _("Non-governmental organisation")
    INTERNATIONAL_NGO = "international_ngo", _("International NGO")
    NETWORK = "network", _("Network or coalition")
    GOVERNMENT = "government", _("Government ministry or agency")
    PUBLIC_BODY = "public_body", _("Other public body (province, municipality, police)")
    MULTILATERAL = "multilateral", _("UN agency or multilateral body")
    FOUNDATION = "foundation", _("Foundation")
    COMPANY = "company", _("Company")
    FAITH = "faith", _("Church or faith-based organisation")
    SHELTER = "shelter", _("Residential care facility (shelter)")
    ACADEMIC = "academic", _("University or research institute")
    OTHER = "other", _("Other")


# IATI OrganisationType codes (https://iatistandard.org/en/iati-standard/203/codelists/organisationtype/)
IATI_ORGANISATION_TYPE = {
    OrganisationKind.NGO: "22",
    OrganisationKind.INTERNATIONAL_NGO: "21",
    OrganisationKind.NETWORK: "22",
    OrganisationKind.GOVERNMENT: "10",
    OrganisationKind.PUBLIC_BODY: "15",
    OrganisationKind.MULTILATERAL: "40",
    OrganisationKind.FOUNDATION: "60",
    OrganisationKind.COMPANY: "70",
    OrganisationKind.FAITH: "90",
    OrganisationKind.SHELTER: "22",
    OrganisationKind.ACADEMIC: "80",
    OrganisationKind.OTHER: "90",
}


class OrganisationQuerySet(PublishableQuerySet):
    def networks(self):
        return self.filter(kind=OrganisationKind.NETWORK)

    def edited_by(self, user):
        """The organisations whose content this user may edit as an organisation editor."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(editors=user)

    def pickable_by(self, user):
        """What an organisation editor may see and pick as a partner or participant:
        every published organisation and their own, drafts included."""
        public = self.model.objects.public().values("pk")
        own = self.model.objects.edited_by(user).values("pk")
        return self.filter(Q(pk__in=public) | Q(pk__in=own))

    def portal_network(self):
        return self.filter(is_portal_network=True).first()

    def in_directory(self, *taking_part):
        """Public organisations that belong in the directory.

        Networks, members of a public network, and the organisations in `taking_part`:
        subqueries of organisation ids from the apps above this one (every body that takes
        part in a public project: projects.selectors.organisations_taking_part, added in
        ProjectsConfig.ready()). Outside bodies such as ministries are listed too, and the
        kind filter tells them apart; a public organisation outside the directory still has
        its profile page.
        """
        from organisations.models.networks import Membership  # it refers to Organisation

        # Uncorrelated IN subqueries: PostgreSQL runs each once (hashed), whereas correlated
        # EXISTS over public projects was re-run per organisation and grew with the data
        # squared.
        belongs = Q(kind=OrganisationKind.NETWORK) | Q(
            pk__in=Membership.objects.public().values("member_id")
        )
        for organisation_ids in taking_part:
            belongs |= Q(pk__in=organisation_ids)
        return self.public().filter(belongs)

    def with_public_memberships(self):
        """Each organisation's public memberships (current, of public networks), as
        `public_memberships` (one query for all of them)."""
        from organisations.models.networks import Membership  # it refers to Organisation

        return self.prefetch_related(
            Prefetch(
                "network_memberships",
                queryset=Membership.objects.public().select_related("network"),
                to_attr="public_memberships",
            )
        )

    def with_goals(self):
        """Each network's pillars with their goals and its goals under no pillar, in the
        same query, as `pillar_list` ([{pk, title, description, goal_list}]) and
        `loose_goal_list` ([{title, description}]), in position order and in the visitor's
        language (Dutch where a text has no translation); empty lists for other kinds."""
        from organisations.models.networks import Goal, Pillar  # they refer to Organisation

        def text(**fields):
            return JSONObject(
                title=localised("title"), description=localised("description"), **fields
            )

        # annotate() then values(): modeltranslation's values(json=…) would select every
        # column, and an ARRAY subquery takes one.
        goals = Goal.objects.order_by("position", "id").annotate(json=text()).values("json")
        pillars = (
            Pillar.objects.filter(network=OuterRef("pk"))
            .order_by("position", "id")
            .annotate(
                json=text(pk="pk", goal_list=ArraySubquery(goals.filter(pillar=OuterRef("pk"))))
            )
            .values("json")
        )
        return self.annotate(
            pillar_list=ArraySubquery(pillars),
            loose_goal_list=ArraySubquery(
                goals.filter(network=OuterRef("pk"), pillar__isnull=True)
            ),
        )


class Organisation(OpenDataSettings, Publishable):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(
        _("short name"), max_length=60, blank=True, help_text=_('For example "CPC".')
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.NGO
    )
    country = CountryField(_("country"), blank=True, db_index=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public e-mail address"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="logos/organisations/",
        blank=True,
        validators=[validate_image_upload],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    logo_alt = models.CharField(
        _("logo description"),
        max_length=200,
        blank=True,
        help_text=_("Alternative text for the logo; the name is used when empty."),
    )
    # The logo's size, filled when it changes (images.renditions): no file is opened to
    # size its renditions on a page.
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences."))
    mission = models.TextField(_("mission"), blank=True)
    vision = models.TextField(_("vision"), blank=True)
    approach = models.TextField(_("approach"), blank=True)
    # Charity marks (Dutch ANBI status by RSIN, the CBF seal) and registration numbers, each
    # checked by its check digits where it has them (core/validators.py).
    anbi_rsin = models.CharField(
        _("ANBI: RSIN"),
        max_length=9,
        blank=True,
        validators=[validate_rsin],
        help_text=_("Fill in when the tax authority recognises the organisation as an ANBI."),
    )
    cbf_recognised = models.BooleanField(_("CBF seal"), default=False)
    cbf_recognised_since = models.DateField(
        _("CBF seal since"), null=True, blank=True, help_text=_("The date of the CBF's decision.")
    )
    # What a donor looks for before trusting an organisation with money or a child's story;
    # the organisation's own documents, so its editors keep them.
    safeguarding_policy = models.URLField(
        _("child-safeguarding policy"),
        blank=True,
        help_text=_("A link to the policy as the organisation publishes it."),
    )
    complaints_url = models.URLField(
        _("complaints procedure"), blank=True, help_text=_("A link to how to make a complaint.")
    )
    complaints_email = models.EmailField(_("e-mail address for complaints"), blank=True)
    be_enterprise_number = models.CharField(
        _("Belgian enterprise number"),
        max_length=12,
        blank=True,
        validators=[validate_be_enterprise_number],
    )
    kvk_number = models.CharField(
        _("KvK number"),
        max_length=8,
        blank=True,
        validators=[validate_kvk_number],
        help_text=_(
            "Eight digits. KvK numbers have no public check digit, so only their form is "
            "checked: compare the number with the Business Register."
        ),
    )
    iati_identifier = models.CharField(
        _("IATI organisation identifier"), max_length=100, blank=True, help_text="NL-KVK-12345678"
    )
    is_portal_network = models.BooleanField(
        _("this portal's own network"),
        default=False,
        help_text=_("Its mission, vision and goals fill the home and about pages."),
    )
    frameworks = models.ManyToManyField(
        "organisations.Framework",
        verbose_name=_("guiding frameworks"),
        blank=True,
        related_name="organisations",
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editors"),
        blank=True,
        related_name="edited_organisations",
        help_text=_("Organisation editors who keep this organisation's content up to date."),
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_portal_network"],
                condition=Q(is_portal_network=True),
                name="one_portal_network",
                violation_error_message=_("Only one network can be the portal's own."),
            ),
            models.CheckConstraint(
                condition=Q(cbf_recognised_since__isnull=True) | Q(cbf_recognised=True),
                name="cbf_date_only_with_the_seal",
                violation_error_message=_("A CBF date needs the CBF seal."),
            ),
            models.CheckConstraint(
                condition=Q(is_portal_network=False) | Q(kind=OrganisationKind.NETWORK),
                name="portal_network_is_a_network",
                violation_error_message=_("The portal's own network must be of kind network."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("organisations:detail", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def is_network(self) -> bool:
        return self.kind == OrganisationKind.NETWORK

    @property
    def iati_type(self) -> str:
        return IATI_ORGANISATION_TYPE[self.kind]

    @property
    def logo_text(self) -> str:
        return self.logo_alt or self.name


class NetworkManager(models.Manager.from_queryset(OrganisationQuerySet)):
    def get_queryset(self):
        return super().get_queryset().filter(kind=OrganisationKind.NETWORK)


class Network(Organisation):
    """An organisation of kind network, edited with its members, pillars and goals."""

    objects = NetworkManager()

    class Meta:
        proxy = True
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def save(self, *args, **kwargs):
        self.kind = OrganisationKind.NETWORK
        super().save(*args, **kwargs)


class WorkingPrinciple(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="principles"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("working principle")
        verbose_name_plural = _("working principles")
        ordering = ["organisation", "position", "id"]

    def __str__(self):
        return self.title


class SocialLinkQuerySet(models.QuerySet):
    def public(self):
        """The links of public organisations."""
        return self.filter(organisation__in=Organisation.objects.public())


class SocialLink(models.Model):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        LINKEDIN = "linkedin", "LinkedIn"
        X = "x", "X"
        BLUESKY = "bluesky", "Bluesky"
        MASTODON = "mastodon", "Mastodon"
        YOUTUBE = "youtube", "YouTube"
        RSS = "rss", "RSS"
        OTHER = "other", _("Other")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="social_links"
    )
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    url = models.URLField(_("address"))

    objects = SocialLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("social link")
        verbose_name_plural = _("social links")
        ordering = ["organisation", "platform"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "url"], name="unique_social_link")
        ]

    def __str__(self):
        return f"{self.get_platform_display()}: {self.url}"

    @property
    def is_public(self) -> bool:
        return self.organisation.is_public
