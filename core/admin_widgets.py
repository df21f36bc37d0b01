"""What Django's admin widgets leave out for screen readers and the HTML checker.

- A tabular inline names its fields only in the column heads, which label no input: each
  field, and each row's "Delete?" box, gets its label as `aria-label`, so that a screen
  reader says what a cell asks for (axe's label rule).
- An optional autocomplete box renders its "none" as an empty <option>, which HTML does
  not allow (the Nu checker): it gets a label.

The parts these widgets draw in the browser are named by static/js/admin-a11y.js.
"""

from django.contrib.admin.widgets import AutocompleteSelect, RelatedFieldWidgetWrapper
from django.utils.text import capfirst

BLANK_OPTION_TEMPLATE = "core/widgets/select_option.html"


def _inner(widget):
    return widget.widget if isinstance(widget, RelatedFieldWidgetWrapper) else widget


class NamedBlankChoiceMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(_inner(formfield.widget), AutocompleteSelect):
            _inner(formfield.widget).option_template_name = BLANK_OPTION_TEMPLATE
        return formfield


class LabelledDeleteBoxMixin:
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            field = form.fields["DELETE"]
            field.widget.attrs.setdefault("aria-label", capfirst(field.label))


class LabelledCellsMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and not formfield.widget.is_hidden:
            formfield.widget.attrs.setdefault("aria-label", capfirst(formfield.label))
        return formfield

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (LabelledDeleteBoxMixin, formset), {})
