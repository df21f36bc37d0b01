"""The world map of the home page and the countries index: every country drawn on the server
as SVG from the shapes shipped in cpcportal/data/world.json (Natural Earth, public domain;
tools/worldmap.py made it), shaded by its number of public projects, each shaded country a
link to its page. No tiles, no script, no request to anyone else.

The map repeats what the table or list beside it says, so assistive technology skips it
(aria-hidden) and its links are out of the tab order: a keyboard reaches each country once,
in the table.
"""

from __future__ import annotations

import functools
import json
import math
from html import escape
from pathlib import Path

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext

from projects.models import country_name

SHAPES = Path(__file__).resolve().parent / "data" / "world.json"
STEPS = 5  # shades, from one project to the most
# Longitude -170 to 190 (Fiji's far side), latitude 84 down to -58 (Antarctica left out).
VIEW_BOX = "-170 -84 360 142"


@functools.cache
def shapes() -> dict[str, str]:
    return json.loads(SHAPES.read_text())


def shade(count: int, most: int) -> int:
    """1 to STEPS on a logarithmic scale: one project shows, and a hundred do not drown ten."""
    if most <= 1:
        return STEPS
    return max(1, math.ceil(STEPS * math.log(count + 1) / math.log(most + 1)))


def world_map(projects_per_country: dict[str, int]) -> SafeString:
    """The SVG, for the page's language."""
    most = max(projects_per_country.values(), default=0)
    parts = []
    for code, path in shapes().items():
        count = projects_per_country.get(code, 0)
        if not count:
            parts.append(f'<path class="land" d="{path}"/>')
            continue
        label = ngettext("%(name)s: %(count)s project", "%(name)s: %(count)s projects", count)
        label %= {"name": country_name(code), "count": count}
        url = reverse("country", kwargs={"code": code.lower()})
        parts.append(
            f'<a xlink:href="{escape(url)}" tabindex="-1"><path class="shade-{shade(count, most)}"'
            f' d="{path}"><title>{escape(label)}</title></path></a>'
        )
    svg = (
        f'<svg class="world-map" viewBox="{VIEW_BOX}" xmlns="http://www.w3.org/2000/svg"'
        ' xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" focusable="false">'
        + "".join(parts)
        + "</svg>"
    )
    return mark_safe(svg)  # noqa: S308 (the shapes are ours; names and URLs escaped above)
