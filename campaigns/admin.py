"""Campaigns in the admin (network editors), and their signatures: read-only, with the
confirmed ones downloadable as CSV by staff with the export permission."""

import logging

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from campaigns import exports
from campaigns.models import Campaign, Signature
from core.admin import PortalTranslationAdmin, PublicationActionsMixin
from core.admin_messages import ArticleMessagesMixin

logger = logging.getLogger(__name__)

EXPORT_PERMISSION = "campaigns.export_signature"


@admin.register(Campaign)
class CampaignAdmin(PublicationActionsMixin, PortalTranslationAdmin):
    list_display = [
        "title",
        "start",
        "end",
        "has_petition",
        "confirmed_count",
        "unconfirmed_count",
        "publication",
        "updated_at",
    ]
    list_filter = ["publication", "has_petition"]
    search_fields = ["title_nl", "title_en", "slug", "summary_nl"]
    prepopulated_fields = {"slug": ("title_nl",)}
    autocomplete_fields = ["organisations", "outside_bodies"]
    readonly_fields = ["signatures_summary"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "publication"]}),
        (_("About the campaign"), {"fields": ["summary", "goal", "body", "image", "image_alt"]}),
        (
            _("Period"),
            {"fields": [("start", "start_precision"), ("end", "end_precision")]},
        ),
        (_("Who"), {"fields": ["organisations", "outside_bodies"]}),
        (
            _("Petition"),
            {
                "fields": [
                    "has_petition",
                    "petition_text",
                    "signature_goal",
                    "signatures_summary",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                confirmed=Count("signatures", filter=Q(signatures__confirmed_at__isnull=False)),
                unconfirmed=Count("signatures", filter=Q(signatures__confirmed_at__isnull=True)),
            )
        )

    @admin.display(description=_("confirmed signatures"), ordering="confirmed")
    def confirmed_count(self, obj):
        return obj.confirmed + obj.erased_signature_count

    @admin.display(description=_("unconfirmed signatures"), ordering="unconfirmed")
    def unconfirmed_count(self, obj):
        return obj.unconfirmed

    @admin.display(description=_("signatures"))
    def signatures_summary(self, obj):
        if obj is None or obj.pk is None:
            return "–"
        confirmed = obj.signatures.confirmed().count()
        text = _("%(confirmed)d confirmed (%(erased)d of them erased after the campaign)") % {
            "confirmed": confirmed + obj.erased_signature_count,
            "erased": obj.erased_signature_count,
        }
        # Network editors hold the export permission; the download itself checks it.
        if confirmed:
            return format_html(
                '{} – <a href="{}">{}</a>',
                text,
                reverse("admin:campaigns_campaign_signatures_csv", args=[obj.pk]),
                _("Download the confirmed signatures (CSV)"),
            )
        return text

    def get_urls(self):
        return [
            path(
                "<int:pk>/signatures.csv",
                self.admin_site.admin_view(self.export_view),
                name="campaigns_campaign_signatures_csv",
            ),
            *super().get_urls(),
        ]

    def export_view(self, request, pk):
        """The campaign's confirmed signatures as CSV, for staff with the permission."""
        if not request.user.has_perm(EXPORT_PERMISSION):
            raise PermissionDenied
        campaign = get_object_or_404(Campaign, pk=pk)
        logger.info("petition export of campaign %s by user %s", campaign.pk, request.user.pk)
        return exports.confirmed_csv(campaign)


@admin.register(Signature)
class SignatureAdmin(ArticleMessagesMixin, admin.ModelAdmin):
    """Read-only: a signature is the signer's own; staff may only delete one on request."""

    list_display = ["name", "place", "campaign", "show_name", "created_at", "confirmed_at"]
    list_filter = [
        "campaign",
        ("confirmed_at", admin.EmptyFieldListFilter),
        "show_name",
        "language",
    ]
    search_fields = ["name", "email", "place"]
    list_select_related = ["campaign"]
    date_hierarchy = "created_at"
    fields = [
        "campaign",
        "name",
        "email",
        "place",
        "show_name",
        "language",
        "consent_text",
        ("created_at", "confirmed_at"),
    ]
    readonly_fields = [
        "campaign",
        "name",
        "email",
        "place",
        "show_name",
        "language",
        "consent_text",
        "created_at",
        "confirmed_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
