"""The admin's start page is made of sections that apps add from their `AppConfig.ready()`
(waiting for review, recent changes, missing translations, an editor's own items), so that
the admin site, which sits below them, imports none of them.

A section builder takes the request and returns a `Section`, or None when it has nothing
for this user. It must evaluate its queries itself (lists, not querysets): the start page's
template triggers none.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    title: str
    template: str  # rendered with `section` in its context: `{{ section.context.rows }}`
    context: dict = field(default_factory=dict)
    order: int = 100  # lower comes first


SectionBuilder = Callable[[object], Section | None]

_builders: list[SectionBuilder] = []


def add_section(builder: SectionBuilder) -> SectionBuilder:
    if builder not in _builders:
        _builders.append(builder)
    return builder


def sections_for(request) -> list[Section]:
    sections = [section for build in _builders if (section := build(request)) is not None]
    return sorted(sections, key=lambda section: section.order)
