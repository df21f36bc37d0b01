from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from core.admin import (
    PlainTabularInline,
    PortalAdmin,
    PortalHistoryAdmin,
    PortalStackedInline,
    PublicationActionsMixin,
    is_restricted,
)
from core.admin_messages import NEUTER
from donors.models import Donor, Funding, Instrument
from projects.admin import ProjectScopeMixin, add_project_inline


class FundingInline(PlainTabularInline):
    model = Funding
    autocomplete_fields = ["donor", "instrument"]
    fields = [
        "donor",
        "instrument",
        "amount",
        "currency",
        "donor_activity_id",
        "start",
        "start_precision",
        "end",
        "end_precision",
    ]


class InstrumentInline(PortalStackedInline):
    model = Instrument
    fk_name = "donor"
    autocomplete_fields = ["managed_by"]
    fields = [
        ("name", "short_name"),
        "managed_by",
        ("start", "start_precision", "end", "end_precision"),
        "url",
        "description",
    ]


class DonorAdmin(PublicationActionsMixin, PortalAdmin):
    list_display = ["name", "short_name", "type", "country", "publication", "updated_at"]
    list_filter = ["publication", "type", ("country", CountryFilter)]
    search_fields = ["name_nl", "name_en", "short_name_nl", "short_name_en", "slug"]
    prepopulated_fields = {"slug": ("name_nl",)}
    autocomplete_fields = ["organisation"]
    inlines = [InstrumentInline]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "type", "publication"]}),
        (
            _("Details"),
            {
                "fields": [
                    "country",
                    "website",
                    "organisation",
                    "iati_identifier",
                    "description",
                    "support",
                ]
            },
        ),
        (_("Logo"), {"fields": ["logo", "logo_alt"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if is_restricted(request):
            # Organisation editors add donors; the secretariat checks them and publishes.
            fields.append("publication")
        return fields


class InstrumentAdmin(PortalAdmin):
    noun_gender = NEUTER  # het financieringsinstrument
    list_display = ["name", "short_name", "donor", "managed_by", "period_display"]
    list_filter = [("donor", RelatedOnlyFieldListFilter)]
    search_fields = [
        "name_nl",
        "name_en",
        "short_name_nl",
        "short_name_en",
        "donor__name_nl",
        "donor__name_en",
    ]
    autocomplete_fields = ["donor", "managed_by"]
    list_select_related = ["donor", "managed_by"]

    @admin.display(description=_("period"), ordering="start")
    def period_display(self, obj):
        return obj.period_display


class FundingAdmin(ProjectScopeMixin, PortalHistoryAdmin):
    list_display = ["project", "donor", "instrument", "amount", "currency", "period_display"]
    list_filter = [("donor", RelatedOnlyFieldListFilter), "currency"]
    search_fields = [
        "project__title_nl",
        "project__title_en",
        "donor__name_nl",
        "donor__name_en",
        "instrument__name_nl",
    ]
    autocomplete_fields = ["project", "donor", "instrument"]
    list_select_related = ["project", "donor", "instrument"]

    @admin.display(description=_("period"), ordering="start")
    def period_display(self, obj):
        return obj.period_display


admin.site.register(Donor, DonorAdmin)
admin.site.register(Instrument, InstrumentAdmin)
admin.site.register(Funding, FundingAdmin)

add_project_inline(FundingInline)  # projects/admin.py cannot name donors
