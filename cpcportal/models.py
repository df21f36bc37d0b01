"""The site's own pages that the secretariat edits (privacy, accessibility, open data,
contact)."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.richtext import RichTextField, sanitise_html


class SitePageKey(models.TextChoices):
    PRIVACY = "privacy", _("Privacy statement")
    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    OPEN_DATA = "open-data", _("Open data page")
    CONTACT = "contact", _("Contact page")


class SitePage(models.Model):
    """A page the secretariat edits in the admin (privacy, accessibility, open data).

    The key ties a page to its fixed URL; the version label is what a newsletter consent
    records, so that it is known which privacy statement a subscriber was shown.
    """

    key = models.CharField(_("page"), max_length=20, choices=SitePageKey.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(
        _("text"),
        help_text=_("Paragraphs, headings, lists, links and emphasis; anything else is removed."),
    )
    version = models.CharField(
        _("version"),
        max_length=40,
        help_text=_('For example "2026-1". Change it whenever the content changes.'),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")
        ordering = ["key"]

    def __str__(self):
        return self.get_key_display()

    def save(self, *args, **kwargs):
        # Each language's column on its own, so no fallback value is copied into another.
        for code, _name in settings.LANGUAGES:
            column = f"body_{code}"
            if hasattr(self, column):
                setattr(self, column, sanitise_html(getattr(self, column) or ""))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(self.key)
