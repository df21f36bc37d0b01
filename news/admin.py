"""News in the admin: network editors keep it all and write the network's own news; an
organisation's editors write only their organisations' items, which wait for review like
their projects (core.admin.PublicationActionsMixin, the reviews app)."""

from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import PortalTranslationAdmin, PublicationActionsMixin, is_restricted
from news.models import NewsItem
from organisations.models import Organisation
from projects.models import Participation


class NetworkNewsFilter(admin.SimpleListFilter):
    title = _("from")
    parameter_name = "from"

    def lookups(self, request, model_admin):
        return [("network", _("The network")), ("organisations", _("Organisations"))]

    def queryset(self, request, queryset):
        if self.value() == "network":
            return queryset.filter(organisation__isnull=True)
        if self.value() == "organisations":
            return queryset.filter(organisation__isnull=False)
        return queryset


class NewsItemAdmin(PublicationActionsMixin, PortalTranslationAdmin):
    scoped = True
    list_display = ["title", "published_on", "organisation", "project", "publication"]
    list_filter = [
        "publication",
        NetworkNewsFilter,
        ("organisation", RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["organisation", "project"]
    search_fields = ["title_nl", "title_en", "slug", "summary_nl"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ("title_nl",)}
    autocomplete_fields = ["organisation", "project"]
    readonly_fields = ["image_preview"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "published_on", "publication"]}),
        (_("Whose news"), {"fields": ["organisation", "project"]}),
        (_("Text"), {"fields": ["summary", "body"]}),
        (_("Photo"), {"fields": ["image", "image_preview", "image_alt"]}),
    ]

    def scope_queryset(self, request, queryset):
        return queryset.filter(organisation__in=Organisation.objects.edited_by(request.user))

    def owner_querysets(self, request):
        return {"organisation": Organisation.objects.edited_by(request.user)}

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if is_restricted(request) and "organisation" in form.base_fields:
            # Only the secretariat writes the network's own news.
            form.base_fields["organisation"].required = True
        return form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "project" and is_restricted(request):
            # The projects their organisations take part in, not anyone else's.
            own = Organisation.objects.edited_by(request.user)
            taking_part = Participation.objects.filter(organisation__in=own)
            kwargs["queryset"] = db_field.related_model.objects.filter(
                pk__in=taking_part.values("project_id")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_autocomplete_fields(self, request):
        fields = super().get_autocomplete_fields(request)
        if is_restricted(request):
            # A short list of their own projects: a select, not a search of everyone's.
            fields = [name for name in fields if name != "project"]
        return fields

    @admin.display(description=_("photo as shown"))
    def image_preview(self, obj):
        if obj is None or not obj.image:
            return "–"
        # Sized by attributes: the CSP allows no inline style.
        width = min(320, obj.image_width or 320)
        height = round(width * (obj.image_height or 0) / (obj.image_width or 1)) or None
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="">', obj.image.url, width, height or ""
        )


admin.site.register(NewsItem, NewsItemAdmin)
