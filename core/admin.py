"""Shared admin pieces: who sees which rows, publish/unpublish actions, translated history.

Network editors and superusers see and edit everything. Everyone else (organisation
editors) is "restricted": an admin that says how its rows belong to organisations
(`scope_queryset`) shows such a user only the rows of the organisations they edit, and an
object outside that part answers 404 or 403 on its change, delete, history and revert pages
and 403 in a bulk action; never the redirect to the admin index Django gives for a missing
object.
"""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from modeltranslation.translator import translator
from simple_history.admin import SimpleHistoryAdmin

from core.admin_messages import ArticleMessagesMixin
from core.admin_translations import (
    LanguageLabelsMixin,
    PortalTranslationsMixin,
    SideBySideTranslationsMixin,
)
from core.admin_widgets import LabelledCellsMixin, NamedBlankChoiceMixin
from core.history_admin import ReadableHistoryMixin
from core.models import Publication
from core.roles import is_network_editor


def is_restricted(request) -> bool:
    """True for a user who may only work on the organisations they edit."""
    if not hasattr(request, "_portal_restricted"):
        request._portal_restricted = not is_network_editor(request.user)
    return request._portal_restricted


def is_autocomplete(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "autocomplete"


class HttpsLinksMixin:
    """Addresses typed without a scheme get https://, as Django 6 will do."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ScopedAdminMixin(ArticleMessagesMixin, NamedBlankChoiceMixin, HttpsLinksMixin):
    """Limits a restricted user to their organisations' rows, with 404/403 for the rest."""

    # Set on admins whose rows belong to organisations; the others are shared reference
    # data (themes, donors) governed by model permissions alone.
    scoped = False

    def scope_queryset(self, request, queryset):
        return queryset.none()

    def autocomplete_queryset(self, request, queryset):
        """What a restricted user may pick in another form's autocomplete field: by
        default the rows they may edit."""
        return self.scope_queryset(request, queryset)

    def owner_querysets(self, request) -> dict:
        """Foreign keys that say whose a row is: field name -> the choices a restricted
        user has. These are plain selects for them, so nobody else's are offered."""
        return {}

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not self.scoped or not is_restricted(request):
            return queryset
        if is_autocomplete(request):
            return self.autocomplete_queryset(request, queryset)
        return self.scope_queryset(request, queryset)

    def in_scope(self, request, obj) -> bool:
        if obj is None or not self.scoped or not is_restricted(request):
            return True
        # By primary key, so historical versions and half-built objects are judged by the
        # row in the database, not by what they claim.
        if obj.pk is None:
            return False
        base = self.model._default_manager.filter(pk=obj.pk)
        return self.scope_queryset(request, base).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            # Outside the user's part or gone: the same answer, so existence is not told.
            raise Http404(_("No such item, or not one you can edit."))
        return obj

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if selected:
            try:
                wanted = {self.opts.pk.to_python(value) for value in selected}
            except ValidationError:
                raise PermissionDenied from None
            visible = set(
                self.get_queryset(request).filter(pk__in=wanted).values_list("pk", flat=True)
            )
            if wanted - visible:
                # Django would quietly drop the others; a forged selection is refused whole.
                raise PermissionDenied
        return super().response_action(request, queryset)

    def history_view(self, request, object_id, extra_context=None):
        # simple_history answers 403 for a row that is gone or someone else's, but 404 for
        # one that never was: the same 404 for all, so that nobody can probe which exist.
        if self.scoped and is_restricted(request):
            self.get_object(request, unquote(object_id))  # Http404 outside the user's part
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple_history's revert form saves on POST with only a view check.
        if request.method == "POST":
            obj = self.get_object(request, object_id)
            if not self.has_change_permission(request, obj):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_autocomplete_fields(self, request):
        fields = list(super().get_autocomplete_fields(request))
        if is_restricted(request):
            owners = self.owner_querysets(request)
            fields = [name for name in fields if name not in owners]
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if is_restricted(request):
            owners = self.owner_querysets(request)
            if db_field.name in owners:
                kwargs["queryset"] = owners[db_field.name]
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# Builders of the note an organisation editor reads in place of the publication field
# (`build(obj) -> str`, safe HTML): an app above the domain apps (reviews) says there
# whether the item waits for review and how to submit it, without core knowing that app.
_publication_notes: list = []


def add_publication_note(build):
    if build not in _publication_notes:
        _publication_notes.append(build)
    return build


# Called as `added(request, obj)` after a restricted user added a publishable item (reviews
# sends what they cannot change afterwards, a donor or an outside body, to review at once).
_on_added: list = []


def on_added(callback):
    if callback not in _on_added:
        _on_added.append(callback)
    return callback


# Called as `published(request, obj)` after a network editor published an item from its
# form or with the publish action, not through review (reviews approves what waited).
_on_published: list = []


def on_published(callback):
    if callback not in _on_published:
        _on_published.append(callback)
    return callback


def _swap_field(fields, old: str, new: str):
    return [
        _swap_field(name, old, new)
        if isinstance(name, list | tuple)
        else (new if name == old else name)
        for name in fields
    ]


class PublicationActionsMixin:
    """Publish and unpublish in bulk, one save per item so history and the log see it.

    Only network editors publish: for everyone else the publication field is read-only
    (a crafted `publication` in a POST is not a form field and is ignored), the actions
    are not offered, and a new item stays a draft until the secretariat approves it.
    """

    actions = ["publish", "unpublish"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if is_restricted(request):
            fields += [name for name in ("publication", "publication_note") if name not in fields]
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not is_restricted(request):
            return fieldsets
        return [
            (
                name,
                {
                    **options,
                    "fields": _swap_field(options["fields"], "publication", "publication_note"),
                },
            )
            for name, options in fieldsets
        ]

    def save_related(self, request, form, formsets, change):
        # After the inlines: whose an item is may depend on them (a project's lead).
        super().save_related(request, form, formsets, change)
        if not change and is_restricted(request):
            for callback in _on_added:
                callback(request, form.instance)
        if "publication" in form.changed_data:
            self._tell_published(request, form.instance)

    def _tell_published(self, request, obj):
        if obj.publication == Publication.PUBLISHED and not is_restricted(request):
            for callback in _on_published:
                callback(request, obj)

    @admin.display(description=_("publication"))
    def publication_note(self, obj):
        state = Publication(obj.publication).label if obj is not None else Publication.DRAFT.label
        notes = [note for build in _publication_notes if (note := build(obj))]
        return format_html("{}{}", state, format_html_join("", " {}", ((note,) for note in notes)))

    def has_publish_permission(self, request):
        return self.has_change_permission(request) and "publication" not in (
            self.get_readonly_fields(request)
        )

    @admin.action(description=_("Publish the selected items"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_publication(request, queryset, Publication.PUBLISHED)

    @admin.action(
        description=_("Unpublish the selected items (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        self._set_publication(request, queryset, Publication.DRAFT)

    def _set_publication(self, request, queryset, publication):
        changed = 0
        for obj in queryset.exclude(publication=publication):
            if not self.has_change_permission(request, obj):
                raise PermissionDenied
            obj.publication = publication
            obj.save(update_fields=["publication", "updated_at"])
            self.log_change(request, obj, [{"changed": {"fields": ["publication"]}}])
            self._tell_published(request, obj)
            changed += 1
        if publication == Publication.PUBLISHED:
            message = ngettext(
                "%(count)d item was published.", "%(count)d items were published.", changed
            )
        else:
            message = ngettext(
                "%(count)d item was set back to draft.",
                "%(count)d items were set back to draft.",
                changed,
            )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)


class PortalAdmin(
    PortalTranslationsMixin,
    ScopedAdminMixin,
    ReadableHistoryMixin,
    SimpleHistoryAdmin,
    TranslationAdmin,
):
    """Translated fields side by side (not tabbed: tabs need jQuery UI from a CDN, which the
    Content-Security-Policy forbids), a "Translations" column and filter, and a History page
    that reads, with who changed what."""


class PortalHistoryAdmin(ScopedAdminMixin, ReadableHistoryMixin, SimpleHistoryAdmin):
    """For models with history but without translated fields."""


class PortalTranslationAdmin(PortalTranslationsMixin, ScopedAdminMixin, TranslationAdmin):
    """For models with translated fields whose changes are not tracked."""


class PortalPlainAdmin(ScopedAdminMixin, admin.ModelAdmin):
    """For models with neither."""


class PortalProxyAdmin(PortalAdmin):
    """For a proxy model: modeltranslation knows only the concrete model's fields."""

    def __init__(self, model, admin_site):
        # TranslationAdmin's own __init__ looks the proxy up and fails; do its work with
        # the concrete model's options (same columns).
        admin.ModelAdmin.__init__(self, model, admin_site)
        self.trans_opts = translator.get_options_for_model(model._meta.concrete_model)
        self._patch_prepopulated_fields()
        self._patch_list_editable()


class PortalTabularInline(
    LanguageLabelsMixin,
    LabelledCellsMixin,
    NamedBlankChoiceMixin,
    HttpsLinksMixin,
    TranslationTabularInline,
):
    """A table's languages are neighbouring columns already; they get the languages' names."""

    extra = 0


class PortalStackedInline(
    SideBySideTranslationsMixin, NamedBlankChoiceMixin, HttpsLinksMixin, TranslationStackedInline
):
    extra = 0


class PlainTabularInline(
    LabelledCellsMixin, NamedBlankChoiceMixin, HttpsLinksMixin, admin.TabularInline
):
    extra = 0
