"""Results in the admin, three pages deep because Django's admin has no nested inlines:
the project form lists its results, each with a link to the result's page; that page edits
the result's indicators, each with a link to the indicator's page; that page edits its
periods (target and actual), each with a link to the period's page with its breakdowns.
Breadcrumbs lead back up to the project.

Organisation editors edit the results of the projects their organisations lead; the rest
answers 404 (`core.admin.ScopedAdminMixin`)."""

from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.admin import PortalAdmin, PortalStackedInline, PortalTabularInline
from projects.admin import ProjectScopeMixin, add_project_inline, led_projects
from results.models import Disaggregation, Indicator, IndicatorPeriod, Result


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def link_to_page(obj, text):
    """A link from an inline row to the row's own page, where what lies below it is edited."""
    if obj is None or obj.pk is None:
        return _("Save first; then this link leads on.")
    return format_html('<a href="{}">{}</a>', change_url(obj), text)


class ResultInline(PortalStackedInline):
    model = Result
    fields = [
        ("result_type", "position"),
        "title",
        "description",
        "aggregation_status",
        "indicators_link",
    ]
    readonly_fields = ["indicators_link"]

    @admin.display(description=_("indicators and figures"))
    def indicators_link(self, obj):
        return link_to_page(obj, _("Indicators and figures"))


class IndicatorInline(PortalStackedInline):
    model = Indicator
    fields = [
        ("measure", "ascending", "aggregation_status", "position"),
        "title",
        "description",
        ("baseline_year", "baseline_value"),
        "baseline_comment",
        "periods_link",
    ]
    readonly_fields = ["periods_link"]

    @admin.display(description=_("periods"))
    def periods_link(self, obj):
        return link_to_page(obj, _("Targets and actual values per period"))


class IndicatorPeriodInline(PortalTabularInline):
    model = IndicatorPeriod
    fields = [
        "period_start",
        "period_end",
        "target_value",
        "target_comment",
        "actual_value",
        "actual_comment",
        "breakdowns_link",
    ]
    readonly_fields = ["breakdowns_link"]

    @admin.display(description=_("breakdowns"))
    def breakdowns_link(self, obj):
        return link_to_page(obj, _("Breakdowns"))


class DisaggregationInline(PortalTabularInline):
    model = Disaggregation
    fields = ["dimension_name", "dimension_value", "target_value", "actual_value"]


class TrailMixin:
    """Breadcrumbs from the project down to this page, instead of Django's app and list."""

    change_form_template = "admin/results/change_form.html"

    def parents(self, obj) -> list:
        return []

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        parents = self.parents(obj) if obj is not None else []
        context["results_trail"] = [
            (capfirst(parent._meta.verbose_name), parent, change_url(parent)) for parent in parents
        ]
        return super().render_change_form(request, context, add, change, form_url, obj)


class ResultAdmin(TrailMixin, ProjectScopeMixin, PortalAdmin):
    list_display = ["title", "result_type", "project", "position"]
    list_filter = ["result_type", ("project", RelatedOnlyFieldListFilter)]
    search_fields = ["title_nl", "title_en", "project__title_nl", "project__title_en"]
    autocomplete_fields = ["project"]
    list_select_related = ["project"]
    inlines = [IndicatorInline]
    fields = ["project", ("result_type", "position"), "title", "description", "aggregation_status"]

    def parents(self, obj):
        return [obj.project]


class IndicatorAdmin(TrailMixin, PortalAdmin):
    scoped = True
    list_display = ["title", "measure", "result", "project"]
    list_filter = ["measure", "ascending"]
    search_fields = ["title_nl", "title_en", "result__title_nl", "result__project__title_nl"]
    list_select_related = ["result__project"]
    autocomplete_fields = ["result"]
    inlines = [IndicatorPeriodInline]
    fields = [
        "result",
        ("measure", "ascending", "aggregation_status", "position"),
        "title",
        "description",
        ("baseline_year", "baseline_value"),
        "baseline_comment",
    ]

    def scope_queryset(self, request, queryset):
        return queryset.filter(result__project__in=led_projects(request).values("pk"))

    def owner_querysets(self, request):
        return {"result": Result.objects.filter(project__in=led_projects(request).values("pk"))}

    @admin.display(description=_("project"), ordering="result__project")
    def project(self, obj):
        return obj.result.project

    def parents(self, obj):
        return [obj.result.project, obj.result]


class IndicatorPeriodAdmin(TrailMixin, PortalAdmin):
    scoped = True
    list_display = ["__str__", "indicator", "target_value", "actual_value"]
    search_fields = ["indicator__title_nl", "indicator__title_en"]
    list_select_related = ["indicator"]
    autocomplete_fields = ["indicator"]
    inlines = [DisaggregationInline]
    fields = [
        "indicator",
        ("period_start", "period_end"),
        ("target_value", "actual_value"),
        "target_comment",
        "actual_comment",
    ]

    def scope_queryset(self, request, queryset):
        return queryset.filter(indicator__result__project__in=led_projects(request).values("pk"))

    def owner_querysets(self, request):
        return {
            "indicator": Indicator.objects.filter(
                result__project__in=led_projects(request).values("pk")
            )
        }

    def parents(self, obj):
        return [obj.indicator.result.project, obj.indicator.result, obj.indicator]


admin.site.register(Result, ResultAdmin)
admin.site.register(Indicator, IndicatorAdmin)
admin.site.register(IndicatorPeriod, IndicatorPeriodAdmin)

add_project_inline(ResultInline)  # projects/admin.py cannot name results
