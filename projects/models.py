"""Projects, programmes and campaigns; who takes part in them; themes and target groups."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from codelists import InCodelist
from core.localised import name_order
from core.models import Period, Publishable, PublishableQuerySet, today
from core.richtext import RichTextField, sanitise_html
from core.validators import check_image_described, validate_image_upload
from organisations.models import Organisation
from projects.countries import country_name


class Theme(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    dac_code = models.CharField(
        _("DAC sector code"),
        max_length=5,
        blank=True,
        validators=[InCodelist("Sector")],
        help_text=_("OECD DAC purpose code used when publishing to IATI, e.g. 15160."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class TargetGroup(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProjectKind(models.TextChoices):
    PROJECT = "project", _("Project")
    PROGRAMME = "programme", _("Programme")
    CAMPAIGN = "campaign", _("Campaign")


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    SUSPENDED = "suspended", _("Suspended")


class ManualStatus(models.TextChoices):
    NONE = "", _("Follows from the dates")
    CANCELLED = "cancelled", _("Cancelled")
    SUSPENDED = "suspended", _("Suspended")


# IATI ActivityStatus codes
IATI_ACTIVITY_STATUS = {
    ProjectStatus.PLANNED: "1",
    ProjectStatus.RUNNING: "2",
    ProjectStatus.ONGOING: "2",
    ProjectStatus.COMPLETED: "4",
    ProjectStatus.CANCELLED: "5",
    ProjectStatus.SUSPENDED: "6",
}


class ProjectQuerySet(PublishableQuerySet):
    def public(self):
        """Published projects whose lead organisation, if they have one, is public too.

        "Is not hidden" rather than "is public": a project without a lead stays visible.
        NOT EXISTS twice (rather than NOT IN): PostgreSQL then estimates the few hidden
        leads from the organisations' statistics and keeps the listing's plans.
        """
        lead_hidden = Participation.objects.filter(
            ~Exists(Organisation.objects.public().filter(pk=OuterRef("organisation_id"))),
            project=OuterRef("pk"),
            role=ParticipationRole.LEAD,
        )
        return super().public().filter(~Exists(lead_hidden))

    def with_status(self, on=None):
        """Annotate `current_status`, the same rule as Project.status, for filtering in SQL."""
        day = on or today()
        return self.annotate(
            current_status=Case(
                When(~Q(manual_status=""), then="manual_status"),
                When(start__gt=day, then=Value(ProjectStatus.PLANNED)),
                When(end__lt=day, then=Value(ProjectStatus.COMPLETED)),
                When(end__isnull=True, is_ongoing=True, then=Value(ProjectStatus.ONGOING)),
                default=Value(ProjectStatus.RUNNING),
                output_field=models.CharField(),
            )
        )

    def led_by(self, organisations):
        return self.filter(
            participations__role=ParticipationRole.LEAD,
            participations__organisation__in=organisations,
        )


class Project(Publishable, Period):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=250, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ProjectKind.choices, default=ProjectKind.PROJECT
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    description = RichTextField(
        _("description"),
        blank=True,
        help_text=_("Paragraphs, lists, links and emphasis; anything else is removed on save."),
    )
    is_ongoing = models.BooleanField(
        _("ongoing without an end"),
        default=False,
        help_text=_("For work that has no planned end, such as a sponsorship scheme."),
    )
    manual_status = models.CharField(
        _("cancelled or suspended"),
        max_length=10,
        choices=ManualStatus.choices,
        default=ManualStatus.NONE,
        blank=True,
    )
    countries = ArrayField(
        models.CharField(max_length=2, choices=list(countries)),
        verbose_name=_("countries"),
        default=list,
        blank=True,
    )
    themes = models.ManyToManyField(
        Theme, through="ProjectTheme", related_name="projects", verbose_name=_("themes")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="projects", verbose_name=_("target groups")
    )
    website = models.URLField(_("website"), blank=True)
    image = models.ImageField(
        _("image"),
        upload_to="images/projects/",
        blank=True,
        validators=[validate_image_upload],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    # The image's size as shown, filled when it changes (images.renditions): pages size its
    # renditions without opening the file.
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    iati_identifier = models.CharField(_("IATI activity identifier"), max_length=150, blank=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-start", "title"]
        constraints = [
            *Period.period_constraints("project"),
            models.CheckConstraint(
                condition=Q(is_ongoing=False) | Q(end__isnull=True),
                name="ongoing_project_has_no_end",
                violation_error_message=_("An ongoing project has no end date."),
            ),
        ]
        indexes = [
            GinIndex(fields=["countries"], name="project_countries_gin"),
            # The listing's orders (projects.ordering.sort_projects): a page of 20 is read
            # from the index instead of sorting every public project.
            models.Index(F("created_at").desc(), F("id").desc(), name="project_newest"),
            models.Index(F("start").desc(nulls_last=True), name="project_start_desc"),
            models.Index(Lower("title_nl"), name="project_title_nl_lower"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        check_image_described(self)

    def save(self, *args, **kwargs):
        # Sanitised on every save, whatever the source (admin, import, shell); each
        # language's column on its own, so no fallback value is copied into another.
        for code, _name in settings.LANGUAGES:
            column = f"description_{code}"
            if hasattr(self, column):
                setattr(self, column, sanitise_html(getattr(self, column) or ""))
        self.countries = sorted(set(self.countries or []))
        super().save(*args, **kwargs)

    @property
    def status(self) -> str:
        return self.status_on(today())

    def country_names(self) -> list[tuple[str, str]]:
        """(code, name) of its countries, by name in the active language."""
        named = [(code, country_name(code)) for code in self.countries]
        return sorted(named, key=lambda country: name_order(country[1]))

    def status_on(self, day) -> str:
        """The status on `day` (a list of cards asks once for the day, not per card)."""
        if self.manual_status:
            return self.manual_status
        if self.start and self.start > day:
            return ProjectStatus.PLANNED
        if self.end and self.end < day:
            return ProjectStatus.COMPLETED
        if self.end is None and self.is_ongoing:
            return ProjectStatus.ONGOING
        return ProjectStatus.RUNNING

    def get_status_display(self) -> str:
        return ProjectStatus(self.status).label

    @property
    def is_public(self) -> bool:
        """As ProjectQuerySet.public(), for this one project: one query for its lead and
        the lead's organisation, none when `participations__organisation` is prefetched."""
        if not super().is_public:
            return False
        if self.pk is None:
            return True  # no participations yet, so no lead that could hide it
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("participations")
        if prefetched is None:
            leads = self.participations.filter(role=ParticipationRole.LEAD)
            prefetched = leads.select_related("organisation")
        return all(
            participation.organisation.is_public
            for participation in prefetched
            if participation.role == ParticipationRole.LEAD
        )

    @property
    def iati_status(self) -> str:
        return IATI_ACTIVITY_STATUS[self.status]


class ProjectTheme(models.Model):
    """A theme of a project; a theme still in use cannot be deleted."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, verbose_name=_("theme"))

    class Meta:
        verbose_name = _("project theme")
        verbose_name_plural = _("project themes")
        constraints = [
            models.UniqueConstraint(fields=["project", "theme"], name="unique_project_theme")
        ]

    def __str__(self):
        return str(self.theme)


class ParticipationRole(models.TextChoices):
    LEAD = "lead", _("Lead applicant (penvoerder)")
    PARTNER = "partner", _("Partner")
    IMPLEMENTING = "implementing", _("Implementing or local partner")


# IATI OrganisationRole codes: 1 funding (donors, see donors.Funding), 2 accountable,
# 3 extending, 4 implementing.
IATI_ORGANISATION_ROLE = {
    ParticipationRole.LEAD: "2",
    ParticipationRole.PARTNER: "3",
    ParticipationRole.IMPLEMENTING: "4",
}


class ParticipationQuerySet(models.QuerySet):
    """What a visitor sees of who takes part: public() is both halves below. A query whose
    other side is known to be public takes only the half it lacks: checking that side
    again for every participation made the directory and the listing filtered by an
    organisation a third slower at the benchmark's size."""

    def public(self):
        """A public organisation taking part in a public project."""
        return self.of_public_organisations().in_public_projects()

    def of_public_organisations(self):
        """public(), for the participations of projects known to be public."""
        return self.filter(organisation__in=Organisation.objects.public())

    def in_public_projects(self):
        """public(), for the participations of organisations known to be public."""
        return self.filter(project__in=Project.objects.public())


class Participation(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participations")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=ParticipationRole.choices)
    description = models.CharField(
        _("what they do"),
        max_length=250,
        blank=True,
        help_text=_('For example "works in Sierra Leone and Liberia".'),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        ordering = ["project", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role=ParticipationRole.LEAD),
                name="one_lead_per_project",
                violation_error_message=_("A project has exactly one lead applicant."),
            ),
            models.UniqueConstraint(
                fields=["project", "organisation"],
                name="one_participation_per_organisation",
                violation_error_message=_("This organisation already takes part."),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.get_role_display()}"

    @property
    def iati_role(self) -> str:
        return IATI_ORGANISATION_ROLE[self.role]

    @property
    def note(self) -> str:
        """What they do, unless it only names their role, which the page already shows
        ("Penvoerder" after "– Penvoerder")."""
        text = (self.description or "").strip()
        label = self.get_role_display().casefold()  # "lead applicant (penvoerder)"
        names = {label, *(part.strip() for part in label.replace(")", "(").split("("))}
        return "" if text.casefold() in names else text

    @property
    def is_public(self) -> bool:
        """As ParticipationQuerySet.public(); reads the project's lead (see Project.is_public)."""
        return self.organisation.is_public and self.project.is_public


class ReachFigure(models.Model):
    """ "500 participants a month": a number and what it counts."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="reach_figures")
    value = models.PositiveIntegerField(_("number"))
    label = models.CharField(
        _("what it counts"), max_length=200, help_text=_('For example "participants a month".')
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("reach figure")
        verbose_name_plural = _("reach figures")
        ordering = ["project", "position", "id"]

    def __str__(self):
        return f"{self.value} {self.label}"
