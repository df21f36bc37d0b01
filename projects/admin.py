from django import forms
from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.admin import (
    PlainTabularInline,
    PortalAdmin,
    PortalTabularInline,
    PortalTranslationAdmin,
    PublicationActionsMixin,
    is_restricted,
)
from core.admin_messages import NEUTER
from organisations.models import Organisation
from projects.models import (
    Participation,
    ParticipationRole,
    Project,
    ProjectStatus,
    ProjectTheme,
    ReachFigure,
    TargetGroup,
    Theme,
)


def country_choices():
    # Called per form, so the names follow the active language.
    return [(country.code, country.name) for country in countries]


def led_projects(request):
    """The projects led by the organisations this user edits."""
    return Project.objects.led_by(Organisation.objects.edited_by(request.user))


class ProjectAdminForm(forms.ModelForm):
    # The model field is an array of codes; staff pick names from a searchable list.
    countries = forms.TypedMultipleChoiceField(
        label=_("countries"),
        choices=country_choices,
        required=False,
        widget=FilteredSelectMultiple(_("countries"), is_stacked=False),
    )


class LeadParticipationFormSet(BaseInlineFormSet):
    """A project has exactly one lead applicant; for a restricted user, one of theirs."""

    # Set per request by ParticipationInline.get_formset; None means any organisation.
    lead_organisations = None

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        leads = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data
            and not self._should_delete_form(form)
            and form.cleaned_data.get("role") == ParticipationRole.LEAD
        ]
        if len(leads) != 1:
            raise ValidationError(
                _("A project needs exactly one lead applicant (penvoerder)."), code="one_lead"
            )
        lead = leads[0]["organisation"]
        if (
            self.lead_organisations is not None
            and not self.lead_organisations.filter(pk=lead.pk).exists()
        ):
            raise ValidationError(
                _("The lead applicant must be an organisation you edit."), code="foreign_lead"
            )


class ParticipationInline(PortalTabularInline):
    model = Participation
    formset = LeadParticipationFormSet
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "role", "description", "position"]
    extra = 1

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.lead_organisations = (
            Organisation.objects.edited_by(request.user) if is_restricted(request) else None
        )
        return formset


class ProjectThemeInline(PlainTabularInline):
    model = ProjectTheme
    autocomplete_fields = ["theme"]


class ReachFigureInline(PortalTabularInline):
    model = ReachFigure
    fields = ["value", "label", "position"]


class ProjectStatusFilter(admin.SimpleListFilter):
    """The status follows from the dates, so it is filtered on the SQL annotation."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return ProjectStatus.choices

    def queryset(self, request, queryset):
        if self.value() not in ProjectStatus.values:
            return queryset
        if "current_status" not in queryset.query.annotations:
            queryset = queryset.with_status()
        return queryset.filter(current_status=self.value())


class ProjectCountryFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        used = set()
        for codes in model_admin.get_queryset(request).values_list("countries", flat=True):
            used.update(codes)
        return sorted(((code, countries.name(code)) for code in used), key=lambda c: str(c[1]))

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(countries__contains=[self.value()])
        return queryset


class ProjectScopeMixin:
    """Rows that belong to a project: a restricted user's are those of projects their
    organisations lead."""

    scoped = True

    def scope_queryset(self, request, queryset):
        return queryset.filter(project__in=led_projects(request).values("pk"))

    def owner_querysets(self, request):
        return {"project": led_projects(request)}


# Inlines of apps above projects (fundings, budgets, transactions, results), which this
# module cannot name: each adds its own from its admin module with add_project_inline().
_higher_inlines: list = []


def add_project_inline(inline) -> None:
    if inline not in _higher_inlines:
        _higher_inlines.append(inline)


class ProjectAdmin(PublicationActionsMixin, PortalAdmin):
    noun_gender = NEUTER  # het project
    scoped = True
    form = ProjectAdminForm
    list_display = [
        "title",
        "kind",
        "lead",
        "status_display",
        "period_display",
        "publication",
        "updated_at",
    ]
    list_filter = [
        ProjectStatusFilter,
        "publication",
        "kind",
        ProjectCountryFilter,
        ("themes", RelatedOnlyFieldListFilter),
    ]
    search_fields = [
        "title_nl",
        "title_en",
        "slug",
        "summary_nl",
        "participations__organisation__name_nl",
        "participations__organisation__name_en",
    ]
    prepopulated_fields = {"slug": ("title_nl",)}
    autocomplete_fields = ["target_groups"]
    # Apps above projects add theirs with add_project_inline().
    inlines = [ParticipationInline, ProjectThemeInline, ReachFigureInline]

    def get_inlines(self, request, obj):
        return [*super().get_inlines(request, obj), *_higher_inlines]

    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "publication"]}),
        (_("Text and image"), {"fields": ["summary", "description", "image", "image_alt"]}),
        (
            _("When and where"),
            {
                "fields": [
                    ("start", "start_precision"),
                    ("end", "end_precision"),
                    "is_ongoing",
                    "manual_status",
                    "countries",
                ]
            },
        ),
        (_("More"), {"fields": ["target_groups", "website", "iati_identifier"]}),
    ]

    def scope_queryset(self, request, queryset):
        return queryset.filter(pk__in=led_projects(request).values("pk"))

    def get_queryset(self, request):
        leads = Participation.objects.filter(role=ParticipationRole.LEAD).select_related(
            "organisation"
        )
        return (
            super()
            .get_queryset(request)
            .with_status()
            .prefetch_related(Prefetch("participations", queryset=leads, to_attr="leads"))
        )

    @admin.display(description=_("lead applicant"))
    def lead(self, obj):
        leads = getattr(obj, "leads", None)
        return leads[0].organisation if leads else "–"

    @admin.display(description=_("status"), ordering="current_status")
    def status_display(self, obj):
        status = getattr(obj, "current_status", None) or obj.status
        return ProjectStatus(status).label

    @admin.display(description=_("period"), ordering="start")
    def period_display(self, obj):
        return obj.period_display


class ThemeAdmin(PortalAdmin):
    noun_gender = NEUTER  # het thema
    list_display = ["name", "slug", "dac_code", "position"]
    search_fields = ["name_nl", "name_en", "slug", "dac_code"]
    prepopulated_fields = {"slug": ("name_nl",)}

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            # "Project theme: Trafficking" says nothing; name the projects that use it.
            projects = Project.objects.filter(themes__in=objs).distinct()
            protected = [
                format_html("{}: {}", capfirst(Project._meta.verbose_name), project)
                for project in projects
            ]
        return deleted, counts, perms_needed, protected


class TargetGroupAdmin(PortalTranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name_nl", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_nl",)}


class ReachFigureAdmin(ProjectScopeMixin, PortalAdmin):
    noun_gender = NEUTER  # het bereikcijfer
    list_display = ["value", "label", "project", "position"]
    list_filter = [("project", RelatedOnlyFieldListFilter)]
    search_fields = ["label_nl", "label_en", "project__title_nl", "project__title_en"]
    autocomplete_fields = ["project"]
    list_select_related = ["project"]


admin.site.register(Project, ProjectAdmin)
admin.site.register(Theme, ThemeAdmin)
admin.site.register(TargetGroup, TargetGroupAdmin)
admin.site.register(ReachFigure, ReachFigureAdmin)
