"""Newsletter issues and their deliveries.

An issue (Edition) is written in one language for one newsletter and goes to that
newsletter's confirmed subscribers of that language. Sending first lists every recipient
as a Delivery (one per subscriber, unique), then writes their e-mails to the newsletter's
outbox a batch at a time and sends them from there (editions/sending.py). The delivery
rows are what make a restart safe: a subscriber listed once is e-mailed once.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.richtext import RichTextField, sanitise_html


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")


class EditionQuerySet(models.QuerySet):
    def public(self):
        """The archive: every issue whose sending has begun, whatever its newsletter's
        sign-up state (a closed newsletter's past issues stay readable)."""
        return self.exclude(state=State.DRAFT).filter(sending_started_at__isnull=False)


class Edition(models.Model):
    newsletter = models.ForeignKey(
        "newsletter.Newsletter",
        verbose_name=_("newsletter"),
        on_delete=models.PROTECT,
        related_name="editions",
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The issue goes to the subscribers who signed up in this language."),
    )
    subject = models.CharField(_("subject"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("The last part of the issue's address in the archive."),
    )
    introduction = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("A few sentences at the top of the e-mail, and in the archive's list."),
    )
    body = RichTextField(_("text"), blank=True)
    projects = models.ManyToManyField(
        "projects.Project",
        verbose_name=_("projects"),
        blank=True,
        related_name="+",
        help_text=_("Public projects to show below the text, each with its summary and a link."),
    )
    news_items = models.ManyToManyField(
        "news.NewsItem",
        verbose_name=_("news"),
        blank=True,
        related_name="+",
        help_text=_("Public news to show below the projects, newest first."),
    )
    publications = models.ManyToManyField(
        "publications.Publication",
        verbose_name=_("publications"),
        blank=True,
        related_name="+",
        help_text=_("Public publications to show last, newest first."),
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT, db_index=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    test_sent_at = models.DateTimeField(_("test last sent"), null=True, blank=True)
    sending_started_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sending finished"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Scheme and host of the links in the e-mails, from the request that started the
    # sending: batches sent later by `manage.py send_editions` link to the same site.
    site_url = models.CharField(_("site address"), max_length=200, blank=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-sending_started_at", "-created_at"]
        permissions = [("send_edition", _("Can send a newsletter issue to its subscribers"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state=State.DRAFT) | models.Q(sending_started_at__isnull=False),
                name="editions_edition_sending_has_start",
            )
        ]

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        self.body = sanitise_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("editions:detail", kwargs={"slug": self.slug})

    @property
    def is_draft(self) -> bool:
        return self.state == State.DRAFT


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    QUEUED = "queued", _("In the outbox")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed (tried again later)")
    CANCELLED = "cancelled", _("Not sent (unsubscribed, erased or expired)")


class Delivery(models.Model):
    """One recipient of one issue: listed when the sending starts, e-mailed at most once."""

    edition = models.ForeignKey(
        Edition,
        verbose_name=_("newsletter issue"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    # Erasing a subscriber keeps the row (the figures stay right) without them.
    subscriber = models.ForeignKey(
        "newsletter.Subscriber",
        verbose_name=_("subscriber"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
    )
    outbox_message = models.OneToOneField(
        "newsletter.OutboxMessage",
        verbose_name=_("queued e-mail"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    sent_at = models.DateTimeField(_("sent"), null=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "subscriber"], name="editions_delivery_once_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["edition", "status"], name="editions_delivery_status")]

    def __str__(self):
        return f"{self.edition_id}:{self.subscriber_id}"
