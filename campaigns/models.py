"""Campaigns of the network's organisations, with outside bodies beside them, and the
petitions some of them run: a signature counts once its signer confirmed it by e-mail.

A signature is one address on one campaign, whatever its letter case. Signatures are
erased a while after their campaign ends (campaigns.erasure); the campaign keeps how many
confirmed ones there were, so its counter does not drop when they go.
"""

import datetime

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.localised import in_language
from core.models import Period, Publishable, PublishableQuerySet, today
from core.richtext import RichTextField, sanitise_html
from core.validators import check_image_described, validate_image_upload
from organisations.models import Organisation
from projects.search import TEXT_CONFIGURATIONS

DEFAULT_RETENTION_DAYS = 90
# Stemmed in the page's language, accents ignored: the project search's configurations.
SEARCH_CONFIGURATIONS = TEXT_CONFIGURATIONS


def search_document(language: str) -> SearchVector:
    """What a search in `language` will match (for the site search, search/): the titles in
    both languages, the summary and the goal in that one. The same expression is indexed
    (Meta.indexes), so a query can use the index."""
    return SearchVector(
        "title_nl",
        "title_en",
        in_language("summary", language),
        in_language("goal", language),
        config=Value(SEARCH_CONFIGURATIONS[language]),
    )


def retention_days() -> int:
    """How many days after its campaign's end a signature is kept."""
    return getattr(settings, "CAMPAIGN_SIGNATURE_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


class CampaignQuerySet(PublishableQuerySet):
    def public(self):
        """Published. Partners and outside bodies are shown only when public themselves
        (the selectors take their own public()); a campaign does not hang on them."""
        return super().public()

    def current(self, on: datetime.date | None = None):
        """Not ended on that day (default today): running or still to come."""
        day = on or today()
        return self.filter(Q(end__isnull=True) | Q(end__gte=day))

    def past(self, on: datetime.date | None = None):
        return self.filter(end__lt=on or today())

    def ended_before(self, day: datetime.date):
        return self.filter(end__lt=day)


class Campaign(Period, Publishable):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    body = RichTextField(
        _("text"),
        blank=True,
        help_text=_("Paragraphs, lists, links and emphasis; anything else is removed on save."),
    )
    goal = models.TextField(_("goal"), blank=True, help_text=_("What the campaign wants."))
    organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="campaigns",
        verbose_name=_("partner organisations"),
        help_text=_("The member organisations that run the campaign."),
    )
    outside_bodies = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="campaigns_supported",
        verbose_name=_("outside bodies"),
        help_text=_("Ministries, police, companies and others that take part."),
    )
    image = models.ImageField(
        _("image"),
        upload_to="images/campaigns/",
        blank=True,
        validators=[validate_image_upload],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    # Kept by the images app on save (campaigns/apps.py registers the field).
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)
    has_petition = models.BooleanField(
        _("petition"), default=False, help_text=_("Visitors can sign a petition on its page.")
    )
    petition_text = models.TextField(
        _("what signers sign"),
        blank=True,
        help_text=_("The petition's text, shown above the form."),
    )
    signature_goal = models.PositiveIntegerField(
        _("signature goal"),
        null=True,
        blank=True,
        help_text=_("How many signatures the campaign hopes for; empty for none."),
    )
    # Confirmed signatures erased after the campaign ended: the counter adds them.
    erased_signature_count = models.PositiveIntegerField(
        _("erased confirmed signatures"), default=0, editable=False
    )

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-start", "title"]
        constraints = [*Period.period_constraints("campaign")]
        indexes = [
            GinIndex(search_document(language), name=f"campaign_search_{language}")
            for language in SEARCH_CONFIGURATIONS
        ]
        permissions = [("export_signature", _("Can export confirmed signatures"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("campaigns:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        check_image_described(self)

    def save(self, *args, **kwargs):
        # Each language's column on its own, so no fallback value is copied into another.
        for code, _name in settings.LANGUAGES:
            column = f"body_{code}"
            if hasattr(self, column):
                setattr(self, column, sanitise_html(getattr(self, column) or ""))
        super().save(*args, **kwargs)

    def has_ended(self, on: datetime.date | None = None) -> bool:
        return self.end is not None and self.end < (on or today())

    def has_started(self, on: datetime.date | None = None) -> bool:
        return self.start is None or self.start <= (on or today())

    def petition_is_open(self, on: datetime.date | None = None) -> bool:
        """A petition takes signatures from its start to its end, both days included."""
        return self.has_petition and self.has_started(on) and not self.has_ended(on)

    def erase_signatures_after(self) -> datetime.date | None:
        """The first day on which its signatures are erased (None: no end yet)."""
        if self.end is None:
            return None
        return self.end + datetime.timedelta(days=retention_days() + 1)


class SignatureQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def public(self):
        """The names a visitor may read: confirmed signers who chose to show their name, on
        a public campaign. The count of all confirmed signatures is Campaign's business."""
        return self.confirmed().filter(
            show_name=True, campaign__in=Campaign.objects.public().values("pk")
        )


class Signature(models.Model):
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campaign"),
        on_delete=models.PROTECT,  # signatures go through erasure, not with a deleted page
        related_name="signatures",
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail address"), max_length=254)
    place = models.CharField(_("place"), max_length=100, blank=True)
    show_name = models.BooleanField(_("name shown"), default=False)
    consent = models.BooleanField(_("consent given"), default=False)
    consent_text = models.TextField(_("consent text shown"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("signed"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)
    # When a confirmation e-mail was last queued: signing again and again does not turn
    # the form into a way of flooding someone's inbox.
    last_mailed_at = models.DateTimeField(_("last e-mailed"), null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "campaign",
                name="campaigns_signature_unique_email",
                violation_error_message=_("This address has already signed this petition."),
            ),
            models.CheckConstraint(
                condition=Q(consent=True),
                name="campaigns_signature_consent",
                violation_error_message=_("A signature needs the signer's consent."),
            ),
        ]
        indexes = [
            # The page's latest names: confirmed and shown, newest first.
            models.Index(
                "campaign",
                models.F("confirmed_at").desc(),
                name="campaigns_signature_shown",
                condition=Q(confirmed_at__isnull=False, show_name=True),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None
