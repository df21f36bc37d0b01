"""`{% project_card project %}`: a project in a list (the listing, the home page, a country,
organisation or donor page), from projects.selectors.project_cards().

Built here rather than by an included template: twenty cards through Django's template
engine took about 8 ms of every listing page (some 800 nodes), this a fraction of that.
Every value is escaped with html.escape, as the template's autoescape does (Django's own
escape() wraps the same function in lazy-string machinery that costs more than the
escaping). The markup is the card's whole template; keep it that small.
"""

import functools
from html import escape
from types import SimpleNamespace

from django import template
from django.urls import get_script_prefix, reverse
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext

from core.localised import name_order
from core.models import Period, today
from projects.countries import country_name_in
from projects.models import ProjectKind, ProjectStatus

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
def project_card_items(projects, item_class: str = ""):
    """`<li>`s of project cards, one per project: the listing's twenty in one tag, without
    a template loop and a tag call per card."""
    opening = f'<li class="{escape(item_class)}">' if item_class else "<li>"
    words, day = _card_words(get_language() or "", get_script_prefix()), today()
    return mark_safe(  # noqa: S308 (_card escapes every value)
        "\n".join(f"{opening}{_card(project, words, day, 3)}</li>" for project in projects)
    )


@register.simple_tag
def project_card(project, heading_level: int = 3):
    """The card; heading_level fits the page's outline."""
    words = _card_words(get_language() or "", get_script_prefix())
    return mark_safe(_card(project, words, today(), heading_level))  # noqa: S308 (escaped)


def _card(project, words: dict, day, heading_level: int) -> str:
    # The language's columns read directly, as modeltranslation would with its fallback
    # to Dutch: its descriptors look the language up again for every field of every card.
    language, terms = words["language"], words["terms"]
    facts = []
    period = _period(
        language,
        project.start,
        project.start_precision,
        project.end,
        project.end_precision,
        project.is_ongoing,
    )
    if period:
        facts.append((terms["period"], period))
    if project.countries:
        names = sorted(
            (country_name_in(language, code) for code in project.countries), key=name_order
        )
        facts.append((terms["countries"], ", ".join(names)))
    lead = getattr(project, "lead_name", "")
    if lead:
        facts.append((terms["lead"], lead))
    themes = [_name(theme) for theme in getattr(project, "theme_list", None) or []]
    if themes:
        facts.append((terms["themes"], ", ".join(themes)))
    summary = ""
    text = _translated(project, "summary", language)
    if text:
        text = Truncator(text).words(40, truncate=" …")  # as |truncatewords:40
        summary = f'    <p class="card-text">{_e(text)}</p>\n'
    return CARD.format(
        kind=words["kinds"].get(project.kind) or _e(project.kind),
        status=words["statuses"][project.status_on(day)],
        level=int(heading_level),
        url=_e(words["url"].replace(SLUG, project.slug)),
        title=_e(_translated(project, "title", language)),
        summary=summary,
        facts="".join(FACT.format(term, _e(value)) for term, value in facts),
    )


def _translated(project, field: str, language: str) -> str:
    return getattr(project, f"{field}_{language}", None) or getattr(project, f"{field}_nl")


# What is the same on every card of a language, looked up and escaped once per process:
# Django's translation lookups (through thread-local state) were most of a card's cost.
SLUG = "__slug__"


@functools.lru_cache(maxsize=16)
def _card_words(language: str, script_prefix: str) -> dict:
    return {
        "language": language,
        "terms": {
            "period": _e(gettext("Period")),
            "countries": _e(gettext("Countries")),
            "lead": _e(gettext("Lead")),
            "themes": _e(gettext("Themes")),
        },
        "kinds": {value: _e(label) for value, label in ProjectKind.choices},
        "statuses": {value: _e(label) for value, label in ProjectStatus.choices},
        "url": reverse("projects:detail", kwargs={"slug": SLUG}),
    }


@functools.lru_cache(maxsize=4096)
def _period(language, start, start_precision, end, end_precision, is_ongoing) -> str:
    """Period.period_display for these values (formatting dates is slow; cards repeat)."""
    values = SimpleNamespace(
        start=start,
        start_precision=start_precision,
        end=end,
        end_precision=end_precision,
        is_ongoing=is_ongoing,
    )
    return Period.period_display.fget(values)


def _e(value) -> str:
    return escape(str(value))


def _name(theme) -> str:
    """A theme from theme_names() (a dict) or from a prefetch (a Theme)."""
    return theme["name"] if isinstance(theme, dict) else theme.name
