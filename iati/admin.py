"""IATI in the project admin: the policy markers inline, the "Ready for IATI" panel on a
project's form and the "IATI" filter on the project list (through the project admin's
hooks, since projects sit below this app)."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.admin import PlainTabularInline
from iati import readiness
from iati.models import ProjectPolicyMarker
from iati.selectors import portal_network
from projects.admin import add_project_inline, add_project_list_filter, add_project_panel


class PolicyMarkerInline(PlainTabularInline):
    model = ProjectPolicyMarker
    fields = ["code", "significance"]
    verbose_name_plural = _("policy markers (IATI)")


def iati_readiness(project) -> str:
    found = readiness.problems(project, portal_network())
    if not found:
        return format_html('<p class="iati-ready">{}</p>', _("Ready for IATI: nothing is missing."))
    return format_html(
        '<ul class="iati-problems">{}</ul>',
        format_html_join("", "<li>{}</li>", ((p,) for p in found)),
    )


iati_readiness.short_description = _("what is missing")


class IatiReadinessFilter(admin.SimpleListFilter):
    title = _("IATI")
    parameter_name = "iati"
    READY = "ready"

    def lookups(self, request, model_admin):
        return [
            (self.READY, _("ready")),
            *(
                (rule.key, _("missing: %(what)s") % {"what": rule.label})
                for rule in readiness.RULES
            ),
        ]

    def queryset(self, request, queryset):
        if self.value() == self.READY:
            return readiness.ready(queryset, portal_network())
        if self.value() in readiness.RULES_BY_KEY:
            return readiness.with_problem(queryset, self.value(), portal_network())
        return queryset


add_project_inline(PolicyMarkerInline)
add_project_panel(_("Ready for IATI"), iati_readiness)
add_project_list_filter(IatiReadinessFilter)
