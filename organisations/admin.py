from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.contrib.admin.utils import flatten
from django.contrib.auth import get_user_model
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from core.admin import (
    PlainTabularInline,
    PortalAdmin,
    PortalHistoryAdmin,
    PortalPlainAdmin,
    PortalProxyAdmin,
    PortalStackedInline,
    PortalTranslationAdmin,
    PublicationActionsMixin,
    is_restricted,
)
from core.admin_messages import NEUTER
from organisations.models import (
    IATI_DEFAULT_FIELDS,
    AnnualReport,
    Framework,
    Goal,
    Membership,
    Network,
    Organisation,
    OrganisationKind,
    Partnership,
    Pillar,
    SocialLink,
    WorkingPrinciple,
)

# --- inlines -----------------------------------------------------------------------------


class PartnershipInline(PortalStackedInline):
    model = Partnership
    fk_name = "organisation"
    autocomplete_fields = ["partner"]
    fields = [
        ("partner", "level", "kind"),
        ("start", "start_precision", "end", "end_precision", "is_ongoing"),
        "description",
    ]


class WorkingPrincipleInline(PortalStackedInline):
    model = WorkingPrinciple
    fields = ["position", "title", "description"]


class SocialLinkInline(PlainTabularInline):
    model = SocialLink


class AnnualReportInline(PlainTabularInline):
    model = AnnualReport
    fields = ["year", "url"]


class MembershipInline(PlainTabularInline):
    model = Membership
    fk_name = "network"
    autocomplete_fields = ["member"]
    fields = ["member", "role", "role_since", "year_joined", "year_left"]


class PillarInline(PortalStackedInline):
    model = Pillar
    fields = ["position", "title", "description"]


class GoalInline(PortalStackedInline):
    model = Goal
    fields = ["position", "pillar", "title", "description"]
    autocomplete_fields = ["pillar"]


# --- organisations and networks ----------------------------------------------------------

CHARITY_MARKS = ["anbi_rsin", "cbf_recognised", "cbf_recognised_since"]
CHARITY_MARKS_HELP = _(
    "The secretariat checks the charity marks (ANBI, CBF seal) and fills them in. "
    "Has something changed? Ask the secretariat."
)


class OrganisationAdmin(PublicationActionsMixin, PortalAdmin):
    scoped = True
    list_display = ["name", "short_name", "kind", "country", "city", "publication", "updated_at"]
    list_filter = ["publication", "kind", ("country", CountryFilter), "is_portal_network"]
    search_fields = ["name_nl", "name_en", "short_name_nl", "short_name_en", "city", "slug"]
    prepopulated_fields = {"slug": ("name_nl",)}
    autocomplete_fields = ["frameworks"]
    filter_horizontal = ["editors"]
    inlines = [PartnershipInline, WorkingPrincipleInline, SocialLinkInline, AnnualReportInline]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind", "publication"]}),
        (_("Contact"), {"fields": ["country", "city", "website", "email"]}),
        (_("Logo"), {"fields": ["logo", "logo_alt"]}),
        (_("Profile"), {"fields": ["summary", "mission", "vision", "approach", "frameworks"]}),
        (
            _("Registration"),
            {
                "fields": [
                    "anbi_rsin",
                    "cbf_recognised",
                    "cbf_recognised_since",
                    "kvk_number",
                    "be_enterprise_number",
                    "iati_identifier",
                ]
            },
        ),
        (
            _("Safeguarding and complaints"),
            {"fields": ["safeguarding_policy", "complaints_url", "complaints_email"]},
        ),
        (_("Open data (IATI)"), {"fields": list(IATI_DEFAULT_FIELDS)}),
        (_("Portal"), {"fields": ["is_portal_network", "editors"]}),
    ]

    def scope_queryset(self, request, queryset):
        return queryset.filter(pk__in=Organisation.objects.edited_by(request.user).values("pk"))

    def autocomplete_queryset(self, request, queryset):
        # Partners and participants may be any organisation, but another's draft is not
        # for their eyes; a body the editor adds is selected by the add pop-up itself.
        return queryset.pickable_by(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if is_restricted(request):
            # Who edits an organisation and what it is on the portal is the secretariat's
            # call; outside bodies an editor adds still need a kind. Charity marks are
            # claims the secretariat verifies, so only network editors set them.
            fields += [
                "is_portal_network",
                "editors",
                "publication",
                "open_data_licence",
                *CHARITY_MARKS,
            ]
            if obj is not None:
                fields.append("kind")
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.is_portal_network:
            # Its licence covers everything the portal publishes, so only its own form has it.
            fieldsets = [
                (name, {**options, "fields": [*options["fields"], "open_data_licence"]})
                if name == _("Open data (IATI)")
                else (name, options)
                for name, options in fieldsets
            ]
        if not is_restricted(request):
            return fieldsets
        # There is no field for notes to the secretariat: say whom to ask instead.
        return [
            (name, {**options, "description": CHARITY_MARKS_HELP})
            if set(CHARITY_MARKS) & set(flatten(options["fields"]))
            else (name, options)
            for name, options in fieldsets
        ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "editors":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class NetworkAdmin(PortalProxyAdmin, OrganisationAdmin):
    noun_gender = NEUTER  # het netwerk
    list_display = ["name", "short_name", "country", "publication", "is_portal_network"]
    list_filter = ["publication", ("country", CountryFilter), "is_portal_network"]
    inlines = [MembershipInline, PillarInline, GoalInline]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "publication", "is_portal_network"]}),
        (_("Contact"), {"fields": ["country", "city", "website", "email"]}),
        (_("Logo"), {"fields": ["logo", "logo_alt"]}),
        (_("Profile"), {"fields": ["summary", "mission", "vision", "approach", "frameworks"]}),
        (_("Open data (IATI)"), {"fields": ["iati_identifier", *IATI_DEFAULT_FIELDS]}),
        (_("Portal"), {"fields": ["editors"]}),
    ]

    def save_model(self, request, obj, form, change):
        obj.kind = OrganisationKind.NETWORK
        # Saved as the concrete model: django-simple-history listens to Organisation's
        # signals only, and a save through the proxy would leave no history.
        obj.__class__ = Organisation
        try:
            super().save_model(request, obj, form, change)
        finally:
            obj.__class__ = Network

    # A network's history is its organisation's (same row, same history table).
    def history_view(self, request, object_id, extra_context=None):
        self.get_object(request, object_id)
        return HttpResponseRedirect(
            reverse("admin:organisations_organisation_history", args=[object_id])
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self.get_object(request, object_id)
        return HttpResponseRedirect(
            reverse("admin:organisations_organisation_simple_history", args=[object_id, version_id])
        )


# --- what belongs to one organisation ------------------------------------------------------


class OrganisationPartMixin:
    """Rows owned by one organisation through their `organisation` foreign key."""

    scoped = True

    def scope_queryset(self, request, queryset):
        return queryset.filter(
            organisation__in=Organisation.objects.edited_by(request.user).values("pk")
        )

    def owner_querysets(self, request):
        return {"organisation": Organisation.objects.edited_by(request.user)}


class PartnershipAdmin(OrganisationPartMixin, PortalAdmin):
    list_display = ["organisation", "partner", "level", "kind", "period_display", "is_ongoing"]
    list_filter = ["level", "kind", "is_ongoing", ("organisation__country", CountryFilter)]
    search_fields = [
        "organisation__name_nl",
        "organisation__name_en",
        "partner__name_nl",
        "partner__name_en",
        "description_nl",
    ]
    autocomplete_fields = ["organisation", "partner"]
    list_select_related = ["organisation", "partner"]

    @admin.display(description=_("period"))
    def period_display(self, obj):
        return obj.period_display


class WorkingPrincipleAdmin(OrganisationPartMixin, PortalAdmin):
    noun_gender = NEUTER  # het werkprincipe
    list_display = ["title", "organisation", "position"]
    list_filter = [("organisation__country", CountryFilter)]
    search_fields = ["title_nl", "title_en", "organisation__name_nl"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]


class SocialLinkAdmin(OrganisationPartMixin, PortalPlainAdmin):
    list_display = ["organisation", "platform", "url"]
    list_filter = ["platform"]
    search_fields = ["url", "organisation__name_nl", "organisation__name_en"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]


# --- the secretariat's reference data ------------------------------------------------------


class FrameworkAdmin(PortalTranslationAdmin):
    noun_gender = NEUTER  # het leidend kader
    list_display = ["title", "short_name", "year"]
    search_fields = ["title_nl", "title_en", "short_name_nl", "short_name_en"]


class MembershipAdmin(PortalHistoryAdmin):
    noun_gender = NEUTER  # het lidmaatschap
    list_display = ["member", "network", "role", "role_since", "year_joined", "year_left"]
    fields = ["network", "member", "role", "role_since", "year_joined", "year_left"]
    list_filter = [
        "role",
        ("network", RelatedOnlyFieldListFilter),
        ("member__country", CountryFilter),
    ]
    search_fields = ["member__name_nl", "member__name_en", "network__name_nl"]
    autocomplete_fields = ["network", "member"]
    list_select_related = ["network", "member"]


class PillarAdmin(PortalAdmin):
    list_display = ["title", "network", "position"]
    list_filter = [("network", RelatedOnlyFieldListFilter)]
    search_fields = ["title_nl", "title_en"]
    autocomplete_fields = ["network"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "network":
            kwargs["queryset"] = Organisation.objects.networks()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class GoalAdmin(PortalAdmin):
    noun_gender = NEUTER  # het doel
    list_display = ["title", "network", "pillar", "position"]
    list_filter = [("network", RelatedOnlyFieldListFilter)]
    search_fields = ["title_nl", "title_en"]
    autocomplete_fields = ["network", "pillar"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "network":
            kwargs["queryset"] = Organisation.objects.networks()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


admin.site.register(Organisation, OrganisationAdmin)
admin.site.register(Network, NetworkAdmin)
admin.site.register(Partnership, PartnershipAdmin)
admin.site.register(WorkingPrinciple, WorkingPrincipleAdmin)
admin.site.register(SocialLink, SocialLinkAdmin)
admin.site.register(Framework, FrameworkAdmin)
admin.site.register(Membership, MembershipAdmin)
admin.site.register(Pillar, PillarAdmin)
admin.site.register(Goal, GoalAdmin)
