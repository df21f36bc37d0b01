"""Publications in the admin: network editors keep them all; an organisation's editors only
those of their organisations, and each of theirs names at least one of them."""

from django import forms
from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import PortalTranslationAdmin, PublicationActionsMixin, is_restricted
from organisations.models import Organisation
from projects.admin import country_choices
from projects.models import Participation
from publications.models import Publication


class PublicationAdminForm(forms.ModelForm):
    countries = forms.TypedMultipleChoiceField(
        label=_("countries"),
        choices=country_choices,
        required=False,
        widget=FilteredSelectMultiple(_("countries"), is_stacked=False),
    )
    # Set per request by PublicationAdmin.get_form; None means any organisation will do.
    own_organisations = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        projects = self.fields.get("projects")
        if projects is not None and self.instance.pk:
            # An editor offered only their organisations' projects still keeps the links
            # another organisation made: saving the form must not drop them.
            linked = self.instance.projects.values("pk")
            offered = projects.queryset.values("pk")
            projects.queryset = projects.queryset.model.objects.filter(
                Q(pk__in=offered) | Q(pk__in=linked)
            )

    def clean_organisations(self):
        chosen = self.cleaned_data["organisations"]
        own = self.own_organisations
        if own is not None and not own.filter(pk__in=[o.pk for o in chosen]).exists():
            raise ValidationError(
                _("Name at least one organisation you edit."), code="foreign_publication"
            )
        return chosen


class PublicationAdmin(PublicationActionsMixin, PortalTranslationAdmin):
    scoped = True
    form = PublicationAdminForm
    list_display = ["title", "kind", "published_on", "language", "publication", "updated_at"]
    list_filter = [
        "publication",
        "kind",
        "language",
        ("organisations", RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title_nl", "title_en", "slug", "summary_nl"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ("title_nl",)}
    autocomplete_fields = ["organisations", "projects", "themes"]
    readonly_fields = ["thumbnail_preview"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "publication"]}),
        (_("About it"), {"fields": ["summary", "published_on", "language"]}),
        (
            _("The document"),
            {
                "fields": ["file", "url", "thumbnail_preview"],
                "description": _("Upload a PDF or give a link: one of the two."),
            },
        ),
        (_("Who and what"), {"fields": ["organisations", "projects", "themes", "countries"]}),
    ]

    def scope_queryset(self, request, queryset):
        own = Organisation.objects.edited_by(request.user).values("pk")
        linked = Publication.organisations.through.objects.filter(organisation__in=own)
        return queryset.filter(pk__in=linked.values("publication_id"))

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.own_organisations = (
            Organisation.objects.edited_by(request.user) if is_restricted(request) else None
        )
        return form

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "projects" and is_restricted(request):
            # The projects their organisations take part in, not anyone else's.
            own = Organisation.objects.edited_by(request.user)
            taking_part = Participation.objects.filter(organisation__in=own)
            kwargs["queryset"] = db_field.related_model.objects.filter(
                pk__in=taking_part.values("project_id")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("picture of the first page"))
    def thumbnail_preview(self, obj):
        if obj is None or not obj.thumbnail:
            return "–"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="">',
            obj.thumbnail.url,
            obj.thumbnail_width,
            obj.thumbnail_height,
        )


admin.site.register(Publication, PublicationAdmin)
