"""Writes cpcportal/data/world.json, the country shapes of the world map (issue #16), from
Natural Earth's 1:110m countries (public domain, naturalearthdata.com), as the GeoPandas
0.14.4 wheel ships them (geopandas/datasets/naturalearth_lowres). Run once by hand; the
output is committed and the site never reads a shapefile:

    pip download --no-deps -d /tmp/ne geopandas==0.14.4 pyshp==3.1.6
    (cd /tmp/ne && unzip -q geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/*' \\
        && unzip -q pyshp-3.1.6-py3-none-any.whl -d pyshp)
    PYTHONPATH=/tmp/ne/pyshp python -m tools.worldmap \
        /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

Each country becomes one SVG path in an equirectangular projection (x = longitude, y = minus
latitude, in degrees, one decimal), simplified (Douglas-Peucker, 0.4 degrees) and
without Antarctica; a few kilobytes per continent.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

TOLERANCE = 0.4  # degrees: about a pixel of a map 900 pixels wide
SMALLEST_RING = 0.3  # square degrees: islands smaller than this are left out (not the last)
OUT = Path(__file__).resolve().parent.parent / "cpcportal" / "data" / "world.json"
# Natural Earth leaves these without an ISO code; the portal knows Kosovo as XK.
NAMED = {"Kosovo": "XK"}


def simplified_ring(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A closed ring in two halves, split at the point farthest from its start: a closed
    line has no chord for Douglas-Peucker to measure against."""
    x0, y0 = ring[0]
    split = max(range(len(ring)), key=lambda i: (ring[i][0] - x0) ** 2 + (ring[i][1] - y0) ** 2)
    if split in (0, len(ring) - 1):
        return ring
    return simplified(ring[: split + 1])[:-1] + simplified(ring[split:])


def simplified(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Douglas-Peucker, iteratively (rings have up to a few hundred points)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5 or 1e-12
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > TOLERANCE:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def area(points) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(points))) / 2


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        coordinates = [f"{x:.1f} {-y:.1f}".replace(".0 ", " ").replace(".0", "") for x, y in ring]
        parts.append("M" + "L".join(coordinates) + "Z")
    return "".join(parts)


def main(source: str) -> int:
    import shapefile  # pyshp, only here (see the docstring)
    from django_countries import countries

    reader = shapefile.Reader(source)
    shapes = {}
    for record, shape in zip(reader.records(), reader.shapes(), strict=True):
        if record["continent"] == "Antarctica":
            continue
        code = NAMED.get(record["name"]) or countries.alpha2(record["iso_a3"])
        if not code:
            continue
        starts = [*shape.parts, len(shape.points)]
        rings = [shape.points[a:b] for a, b in itertools.pairwise(starts)]
        rings.sort(key=area, reverse=True)
        kept = [rings[0]] + [ring for ring in rings[1:] if area(ring) >= SMALLEST_RING]
        shapes[code] = path([simplified_ring(ring) for ring in kept])
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(dict(sorted(shapes.items())), separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(shapes)} countries, {OUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    import django
    from django.conf import settings

    settings.configure(USE_I18N=False)
    django.setup()
    sys.exit(main(sys.argv[1]))
