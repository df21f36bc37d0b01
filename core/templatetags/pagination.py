"""`{% pagination page_obj querystring %}`: the links to a list's other pages.

Built here rather than by an included template: with its loop over the page range and a
condition and a translation per link, the template took nearly a millisecond of every
listing, search and filter page (docs/performance.md); this takes a few hundredths.
The markup is Bootstrap's pagination, as the template had it.
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def pagination(page_obj, querystring: str = "") -> str:
    """`page_obj` from Paginator.get_page(); `querystring`: the list's other GET parameters,
    without page, already URL-encoded. Nothing when the list fits on one page."""
    paginator = getattr(page_obj, "paginator", None)
    if paginator is None or paginator.num_pages <= 1:
        return ""
    prefix = f"?{escape(querystring)}&amp;page=" if querystring else "?page="
    # Out of the f-strings: makemessages (xgettext) does not look inside them.
    page_word = escape(gettext("Page"))
    previous_word, next_word = escape(gettext("Previous")), escape(gettext("Next"))
    pages_word = escape(gettext("Pages"))
    items = []
    if page_obj.has_previous():
        items.append(
            f'<li class="page-item"><a class="page-link" '
            f'href="{prefix}{page_obj.previous_page_number()}" rel="prev">'
            f"{previous_word}</a></li>"
        )
    for number in paginator.get_elided_page_range(page_obj.number):
        if number == paginator.ELLIPSIS:
            items.append(
                '<li class="page-item disabled">'
                '<span class="page-link" aria-hidden="true">…</span></li>'
            )
        elif number == page_obj.number:
            items.append(
                '<li class="page-item active"><span class="page-link" aria-current="page">'
                f'<span class="visually-hidden">{page_word} </span>{number}</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{prefix}{number}">'
                f'<span class="visually-hidden">{page_word} </span>{number}</a></li>'
            )
    if page_obj.has_next():
        items.append(
            f'<li class="page-item"><a class="page-link" '
            f'href="{prefix}{page_obj.next_page_number()}" rel="next">'
            f"{next_word}</a></li>"
        )
    return mark_safe(  # noqa: S308 (every value is a number, a gettext escaped or escaped)
        f'<nav class="pagination-nav" aria-label="{pages_word}">\n'
        '  <ul class="pagination flex-wrap">\n    ' + "\n    ".join(items) + "\n  </ul>\n</nav>"
    )
