"""Staff pages for newsletters and subscribers: lists, proof of consent, CSV export for
network editors, erasure on request, and the outbox of e-mails not sent yet.

Subscribers are never added by hand (only a confirmed double opt-in makes one) and never
deleted without a trace: deleting is erasure, which leaves an ErasureLog row.
"""

import logging

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from core.admin_messages import ArticleMessagesMixin
from core.admin_translations import PortalTranslationsMixin
from core.roles import is_network_editor
from newsletter import erasure, exports, outbox
from newsletter.models import Consent, ErasureLog, Newsletter, OutboxMessage, Status, Subscriber

logger = logging.getLogger(__name__)


@admin.register(Newsletter)
class NewsletterAdmin(PortalTranslationsMixin, ArticleMessagesMixin, TranslationAdmin):
    list_display = ["name", "organisation", "is_active", "position", "confirmed_count"]
    list_filter = ["is_active"]
    search_fields = ["name_nl", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name",)}
    fields = ["name", "slug", "organisation", "is_active", "position"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("organisation")
            .annotate(
                confirmed=Count("subscribers", filter=Q(subscribers__status=Status.CONFIRMED))
            )
        )

    @admin.display(description=_("subscribers"), ordering="confirmed")
    def confirmed_count(self, obj):
        return obj.confirmed


class ConsentInline(admin.TabularInline):
    """The proof of consent: shown, never edited."""

    model = Consent
    extra = 0
    can_delete = False
    fields = readonly_fields = [
        "submitted_at",
        "confirmed_at",
        "consent_text",
        "privacy_version",
        "language",
        "source_path",
        "ip_prefix",
    ]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(ArticleMessagesMixin, admin.ModelAdmin):
    list_display = [
        "email",
        "name",
        "newsletter",
        "status",
        "language",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    list_filter = ["status", "language", "newsletter", "created_at", "confirmed_at"]
    search_fields = ["email", "name"]
    list_select_related = ["newsletter"]
    date_hierarchy = "created_at"
    fields = [
        "email",
        "name",
        "newsletter",
        "language",
        "status",
        ("created_at", "confirmed_at", "unsubscribed_at"),
    ]
    # Status and dates follow from the subscriber's own actions only.
    readonly_fields = [
        "email",
        "newsletter",
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    inlines = [ConsentInline]
    actions = ["erase_selected"]
    change_list_template = "admin/newsletter/subscriber/change_list.html"

    def has_add_permission(self, request):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # deleting goes through erasure
        return actions

    def delete_model(self, request, obj):
        erasure.erase_subscriber(obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for subscriber in queryset:
            erasure.erase_subscriber(subscriber, by=request.user)

    def get_urls(self):
        return [
            path(
                "export/",
                self.admin_site.admin_view(self.export_view),
                name="newsletter_subscriber_export",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_export": is_network_editor(request.user),
            "export_url": reverse("admin:newsletter_subscriber_export"),
            "export_newsletter": request.GET.get("newsletter__id__exact", ""),
        }
        return super().changelist_view(request, extra_context)

    def export_view(self, request):
        """Confirmed subscribers as CSV (UTF-8, with a byte order mark so that spreadsheet
        programs read the accents right); for network editors only."""
        if not is_network_editor(request.user):
            raise PermissionDenied
        newsletter = request.GET.get("newsletter", "")
        newsletter_id = int(newsletter) if newsletter.isdigit() else None
        stamp = timezone.localdate().isoformat()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="newsletter-subscribers-{stamp}.csv"'
        )
        response["Cache-Control"] = "no-store"
        response.write("\ufeff")
        count = exports.write_confirmed_csv(response, newsletter_id=newsletter_id)
        logger.info("newsletter export of %s subscribers by user %s", count, request.user.pk)
        return response

    @admin.action(
        description=_("Erase the selected subscribers (right to be forgotten)"),
        permissions=["delete"],
    )
    def erase_selected(self, request, queryset):
        if not is_network_editor(request.user):
            raise PermissionDenied
        if request.POST.get("confirm_erasure") == "yes":
            erased = 0
            for subscriber in queryset:
                erasure.erase_subscriber(subscriber, by=request.user)
                erased += 1
            self.message_user(
                request,
                ngettext(
                    "%(count)d subscriber was erased.",
                    "%(count)d subscribers were erased.",
                    erased,
                )
                % {"count": erased},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Erase subscribers"),
            "subtitle": None,
            "opts": self.model._meta,
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(
            request, "admin/newsletter/subscriber/erase_confirmation.html", context
        )


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ArticleMessagesMixin, admin.ModelAdmin):
    """E-mails the mail server has not taken yet; `manage.py send_outbox` retries them."""

    list_display = [
        "subject",
        "created_at",
        "attempts",
        "last_attempt_at",
        "last_error",
        "expires_at",
    ]
    fields = readonly_fields = [
        "subject",
        "created_at",
        "expires_at",
        "attempts",
        "last_attempt_at",
        "last_error",
    ]
    actions = ["send_now"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Try to send the selected e-mails now"), permissions=["view"])
    def send_now(self, request, queryset):
        report = outbox.send_outbox(ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(
            request,
            _("Sent: %(sent)d. Failed: %(failed)d. Expired: %(expired)d.")
            % {"sent": report.sent, "failed": report.failed, "expired": report.expired},
            messages.WARNING if report.failed else messages.SUCCESS,
        )


@admin.register(ErasureLog)
class ErasureLogAdmin(ArticleMessagesMixin, admin.ModelAdmin):
    list_display = ["erased_at", "newsletter", "erased_by"]
    list_filter = ["newsletter"]
    date_hierarchy = "erased_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
