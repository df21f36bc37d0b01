"""`{% project_card project %}`: a project in a list (the listing, the home page, a country,
organisation or donor page), from projects.selectors.project_cards().

Built here rather than by an included template: twenty cards through Django's template
engine took about 8 ms of every listing page (some 800 nodes), this a fraction of that.
Every value is escaped with html.escape, as the template's autoescape does (Django's own
escape() wraps the same function in lazy-string machinery that costs more than the
escaping). The markup is the card's whole template; keep it that small.
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

register = template.Library()

CARD = (
    '<article class="card project-card h-100">\n'
    '  <div class="card-body">\n'
    '    <p class="project-card__kind text-body-secondary small mb-1">{kind} · {status}</p>\n'
    '    <h{level} class="card-title h5">'
    '<a href="{url}" class="stretched-link">{title}</a></h{level}>\n'
    "{summary}"
    '    <dl class="project-card__facts small mb-0">{facts}</dl>\n'
    "  </div>\n"
    "</article>"
)
FACT = "<div><dt>{}</dt><dd>{}</dd></div>"


@register.simple_tag
def project_card(project, heading_level: int = 3):
    """The card; heading_level fits the page's outline."""
    facts = []
    period = project.period_display
    if period:
        facts.append((gettext("Period"), period))
    if project.countries:
        facts.append((gettext("Countries"), ", ".join(map(str, project.country_names))))
    lead = getattr(project, "lead_name", "")
    if lead:
        facts.append((gettext("Lead"), lead))
    themes = [_name(theme) for theme in getattr(project, "theme_list", None) or []]
    if themes:
        facts.append((gettext("Themes"), ", ".join(themes)))
    summary = ""
    if project.summary:
        words = Truncator(project.summary).words(40, truncate=" …")  # as |truncatewords:40
        summary = f'    <p class="card-text">{_e(words)}</p>\n'
    return mark_safe(  # noqa: S308 (every value escaped)
        CARD.format(
            kind=_e(project.get_kind_display()),
            status=_e(project.get_status_display()),
            level=int(heading_level),
            url=_e(project.get_absolute_url()),
            title=_e(project.title),
            summary=summary,
            facts="".join(FACT.format(_e(term), _e(value)) for term, value in facts),
        )
    )


def _e(value) -> str:
    return escape(str(value))


def _name(theme) -> str:
    """A theme from theme_names() (a dict) or from a prefetch (a Theme)."""
    return theme["name"] if isinstance(theme, dict) else theme.name
