"""Newsletters, their subscribers with proof of consent, the e-mail outbox, erasures.

A subscriber is one address on one newsletter, whatever its letter case. Every accepted
sign-up adds a Consent row (the proof: what was shown, when, from where); confirming marks
that row. Mail is written to the outbox in the same transaction as the change that causes
it and sent after commit, so a mail server that is down loses nothing.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NewsletterQuerySet(models.QuerySet):
    def public(self):
        """The newsletters a visitor may sign up for: those open for sign-up."""
        return self.filter(is_active=True)


class Newsletter(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="newsletters",
        help_text=_("The member organisation that sends it; empty for the network's own."),
    )
    is_active = models.BooleanField(
        _("open for sign-up"),
        default=True,
        help_text=_("Visitors can only sign up for active newsletters."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first in the sign-up form.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = NewsletterQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name

    @property
    def is_public(self) -> bool:
        return self.is_active


class Status(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class Subscriber(models.Model):
    newsletter = models.ForeignKey(
        Newsletter,
        verbose_name=_("newsletter"),
        on_delete=models.PROTECT,  # subscribers are erased one by one, with a log entry
        related_name="subscribers",
    )
    email = models.EmailField(_("e-mail address"), max_length=254)
    name = models.CharField(_("name"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # When a confirmation or "already subscribed" e-mail was last queued: repeated sign-ups
    # do not turn the form into a way of flooding someone's inbox.
    last_mailed_at = models.DateTimeField(_("last e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "newsletter",
                name="newsletter_subscriber_unique_email",
                violation_error_message=_("This address is already on this newsletter."),
            )
        ]

    def __str__(self):
        return self.email


class Consent(models.Model):
    """Proof of one sign-up: what the visitor agreed to, when, and from where."""

    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="consents",
    )
    submitted_at = models.DateTimeField(_("form sent"), default=timezone.now)
    consent_text = models.TextField(_("consent text shown"))
    privacy_version = models.CharField(_("privacy statement version"), max_length=40)
    source_path = models.CharField(_("sent from page"), max_length=500, blank=True)
    ip_prefix = models.CharField(
        _("IP address (truncated)"),
        max_length=50,
        blank=True,
        help_text=_("IPv4 to /24, IPv6 to /48: a network, not a person."),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-submitted_at"]

    def __str__(self):
        return str(_("Consent of %(date)s")) % {
            "date": timezone.localtime(self.submitted_at).strftime("%Y-%m-%d %H:%M")
        }


class OutboxMessage(models.Model):
    """An e-mail waiting to be sent; deleted once the mail server has taken it."""

    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,  # erasing a subscriber takes their unsent mail along
        related_name="outbox_messages",
        null=True,
        blank=True,
    )
    to = models.EmailField(_("to"), max_length=254)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("plain text"))
    body_html = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    expires_at = models.DateTimeField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("Not sent after this moment (its links no longer work)."),
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("queued e-mail")
        verbose_name_plural = _("queued e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject


class ErasureLog(models.Model):
    """That a subscriber was erased on request, and from which newsletter — nothing more."""

    erased_at = models.DateTimeField(_("erased"), default=timezone.now)
    newsletter = models.ForeignKey(
        Newsletter,
        verbose_name=_("newsletter"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("erased by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")
        ordering = ["-erased_at"]

    def __str__(self):
        return str(_("Erasure of %(date)s")) % {
            "date": timezone.localtime(self.erased_at).strftime("%Y-%m-%d %H:%M")
        }
