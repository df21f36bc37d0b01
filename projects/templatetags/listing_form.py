"""The listing form's selects: `{% facet_selects facets %}` and `{% sort_select … %}`.

Built here rather than by the template's loops: seven facets and the sort order, each with
its label, help text and conditions, took over a millisecond of every listing, search and
filter page in Django's template engine (docs/performance.md). The options themselves come
from Facet.options_html. The markup is the form's; keep it as small.
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

SELECT = (
    '<div class="mb-3">\n'
    '  <label class="form-label" for="id_{name}">{label}</label>\n'
    '  <select class="form-select" name="{name}" id="id_{name}"{described}>\n'
    '    <option value="">{all}</option>\n'
    "    {options}\n"
    "  </select>\n"
    "{help}"
    "</div>"
)
HELP = '  <div id="{name}-help" class="form-text">{text}</div>\n'


@register.simple_tag
def facet_selects(facets) -> str:
    """A labelled select per facet (projects.listing.Facet), with its counted options."""
    everything = escape(gettext("All"))
    shortened = escape(
        gettext("Only those with the most projects; the search box finds any other by name.")
    )
    fields = []
    for facet in facets:
        name = escape(facet.name)
        fields.append(
            SELECT.format(
                name=name,
                label=escape(str(facet.label)),
                described=f' aria-describedby="{name}-help"' if facet.shortened else "",
                all=everything,
                options=facet.options_html,
                help=HELP.format(name=name, text=shortened) if facet.shortened else "",
            )
        )
    return mark_safe("\n".join(fields))  # noqa: S308 (every value escaped)


@register.simple_tag
def sort_select(choices, chosen: str) -> str:
    """The sort order's select, `chosen` selected."""
    options = "".join(
        f'<option value="{escape(value)}"{" selected" if value == chosen else ""}>'
        f"{escape(str(label))}</option>"
        for value, label in choices
    )
    sort_label = escape(gettext("Sort by"))  # out of the f-string, where makemessages finds it
    return mark_safe(  # noqa: S308 (every value escaped)
        '<div class="mb-3">\n'
        f'  <label class="form-label" for="id_sort">{sort_label}</label>\n'
        f'  <select class="form-select" name="sort" id="id_sort">{options}</select>\n'
        "</div>"
    )
