"""Both languages side by side in the admin's forms, and which language an item lacks in its
lists.

modeltranslation puts `name_nl` and `name_en` one under the other, labelled "name [nl]",
and flattens any row they were in; its tabs would need jQuery UI from a CDN, which the
Content-Security-Policy forbids. Here each translated field's Dutch and English become one
row (Django's admin draws a tuple of fields as one line), Dutch first, labelled with the
language's own name, and `admin-translations.css` gives the two halves the width of the row,
one under the other on a narrow screen. The rule for what counts as missing is
`core.translation_status`'s.
"""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from core import checklist, translation_status
from core.translation_status import LANGUAGES, MISSING_LABELS

FIELDSET_CLASS = "translation-pairs"


def pair_translations(lines, model) -> list:
    """["name_nl", "name_en", "slug"] -> [("name_nl", "name_en"), "slug"]: each translated
    field's languages on one line, where its first language stood. Other lines are kept."""
    original = {
        f"{name}_{language}": name
        for name in translation_status.translated_fields(model)
        for language in LANGUAGES
    }
    present = {line for line in lines if isinstance(line, str)}
    paired, placed = [], set()
    for line in lines:
        name = original.get(line) if isinstance(line, str) else None
        if name is None:
            paired.append(line)
            continue
        if name in placed:
            continue
        placed.add(name)
        languages = tuple(f"{name}_{code}" for code in LANGUAGES if f"{name}_{code}" in present)
        paired.append(languages if len(languages) > 1 else languages[0])
    return paired


class LanguageLabelsMixin:
    """Labels a translated field "Name (Nederlands)", "Name (English)": the language in its
    own name, so that it reads the same in a Dutch and an English admin."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        original = getattr(db_field, "translated_field", None)
        if field is not None and original is not None:
            language = get_language_info(db_field.language)["name_local"]
            field.label = f"{capfirst(original.verbose_name)} ({language})"
        return field


class SideBySideTranslationsMixin(LanguageLabelsMixin):
    """For a TranslationAdmin or a translated stacked inline: Dutch and English on one line."""

    class Media:
        css = {"all": ["css/admin-translations.css"]}

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not translation_status.translated_fields(self.model):
            return fieldsets
        result = []
        for name, options in fieldsets:
            lines = pair_translations(options.get("fields", ()), self.model)
            classes = list(options.get("classes", ()))
            if any(isinstance(line, tuple) and line[0] in _localised(self.model) for line in lines):
                classes.append(FIELDSET_CLASS)
            # A copy: modeltranslation already rewrites the class's own fieldsets in place.
            result.append((name, {**options, "fields": lines, "classes": classes}))
        # An inline is given its parent: the note is the item's own form's.
        own = obj is not None and obj._meta.concrete_model is self.model._meta.concrete_model
        if own and result and (note := _missing_note(obj)):
            name, options = result[0]
            description = options.get("description")
            note = format_html("{}<br>{}", description, note) if description else note
            result[0] = (name, {**options, "description": note})
        return result


def _localised(model) -> set[str]:
    return {
        f"{name}_{language}"
        for name in translation_status.translated_fields(model)
        for language in LANGUAGES
    }


def _missing_note(obj):
    """ "English missing: summary, description." on top of an item's form."""
    missing = translation_status.missing_fields(obj)
    if not missing:
        return ""
    opts = obj._meta.concrete_model._meta
    return format_html_join(
        mark_safe("<br>"),
        '<strong class="translation-missing">{}:</strong> {}',
        (
            (
                MISSING_LABELS[language],
                ", ".join(str(opts.get_field(name).verbose_name) for name in names),
            )
            for language, names in missing.items()
        ),
    )


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation missing")
    parameter_name = "translation_missing"

    def lookups(self, request, model_admin):
        return [(language, MISSING_LABELS[language]) for language in ("en", "nl")]

    def queryset(self, request, queryset):
        if self.value() not in LANGUAGES:
            return queryset
        return queryset.filter(translation_status.missing_q(queryset.model, self.value()))


class TranslationStatusMixin:
    """A "Translations" column and a "translation missing" filter on the changelist, from
    each row's own columns: no query per row."""

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if translation_status.translated_fields(self.model):
            columns.append("translation_status")
        return columns

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if translation_status.translated_fields(self.model):
            filters.append(MissingTranslationFilter)
        if checklist.checklist_for(self.model) is not None:
            filters.append(checklist.LacksFilter)
        return filters

    @admin.display(description=_("Translations"))
    def translation_status(self, obj):
        missing = translation_status.missing_languages(obj)
        if not missing:
            return format_html('<span class="translation-complete">{}</span>', _("Complete"))
        return format_html_join(
            " ",
            '<span class="translation-missing">{}</span>',
            ((MISSING_LABELS[language],) for language in missing),
        )


class PortalTranslationsMixin(TranslationStatusMixin, SideBySideTranslationsMixin):
    """What every translated model admin gets: side by side, the column and the filter."""
