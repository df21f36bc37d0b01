"""What a member of staff chose for their own work in the admin."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AdminLanguage(models.TextChoices):
    # Each language in its own name, so that it can be found whatever the admin speaks now.
    BROWSER = "", _("The language of my browser")
    DUTCH = "nl", "Nederlands"
    ENGLISH = "en", "English"


class StaffPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_preference",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("language of the admin"), max_length=8, choices=AdminLanguage.choices, blank=True
    )

    class Meta:
        verbose_name = _("staff preference")
        verbose_name_plural = _("staff preferences")
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=AdminLanguage.values),
                name="staff_preference_known_language",
            )
        ]

    def __str__(self):
        return str(self.user)
