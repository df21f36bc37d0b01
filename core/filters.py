"""The public listings' filter forms (organisations, publications, news): Bootstrap's
classes on the widgets, the search box a search field, and an unknown choice explained
without repeating the value from the URL (however long it is)."""

import django_filters
from django.utils.translation import gettext_lazy as _

SEARCH = "q"


class ListingFilterSet(django_filters.FilterSet):
    @property
    def form(self):
        form = super().form
        for name, field in form.fields.items():
            if field.widget.is_hidden:
                continue
            field.widget.attrs["class"] = "form-control" if name == SEARCH else "form-select"
            field.error_messages["invalid_choice"] = _(
                "This choice is not available, so it is not applied."
            )
        if SEARCH in form.fields:
            form.fields[SEARCH].widget.input_type = "search"
            form.fields[SEARCH].widget.attrs["maxlength"] = 200
        return form

    @property
    def searching(self) -> bool:
        """Whether a search was typed: the results are then ordered by how well they match."""
        form = self.form
        return bool(form.is_valid() and form.cleaned_data.get(SEARCH, "").strip())
