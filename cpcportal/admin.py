"""Admin for the privacy and accessibility statements.

The two pages come from a migration and are tied to fixed URLs, so they can be edited but
not added or deleted. Change history comes from simple_history.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from core.admin_messages import ArticleMessagesMixin
from core.admin_translations import PortalTranslationsMixin
from core.history_admin import ReadableHistoryMixin
from cpcportal.models import SitePage


@admin.register(SitePage)
class SitePageAdmin(
    PortalTranslationsMixin,
    ArticleMessagesMixin,
    ReadableHistoryMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    list_display = ("__str__", "title", "version", "updated_at")
    readonly_fields = ("key", "updated_at")
    fieldsets = (
        (None, {"fields": ("key", "title", "body")}),
        (
            _("Version"),
            {
                "fields": ("version", "updated_at"),
                "description": _(
                    "Give the privacy statement a new version label whenever its content "
                    "changes: newsletter sign-ups record which version the subscriber saw."
                ),
            },
        ),
    )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
