"""Draws cpcportal/root_files/favicon.ico, the portal's mark as browsers and feed readers ask for it
at /favicon.ico, from the same shapes as static/img/favicon.svg (keep the two alike).

    .venv/bin/python -m tools.favicon

Pillow draws it four times larger and scales it down, for smooth edges; the file holds
16, 32 and 48 pixel versions.
"""

from pathlib import Path

from PIL import Image, ImageDraw

BLUE, YELLOW, WHITE = "#1c5d87", "#f4b942", "#ffffff"
VIEWBOX, SCALE = 36, 16  # the SVG's 36 units, drawn at 576 px
TARGET = Path(__file__).resolve().parent.parent / "cpcportal" / "root_files" / "favicon.ico"


def _circle(draw, cx, cy, r, fill):
    draw.ellipse([(cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE], fill)


def _smile(steps=48):
    """The SVG path "M7 28c2-6 6-9 10-9s8 3 10 9" as points: two cubic Béziers, the
    second's first control point the mirror of the first's last."""
    curves = [((7, 28), (9, 22), (13, 19), (17, 19)), ((17, 19), (21, 19), (25, 22), (27, 28))]
    points = []
    for p0, p1, p2, p3 in curves:
        for step in range(steps + 1):
            t = step / steps
            a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
            x = a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0]
            y = a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]
            points.append((x * SCALE, y * SCALE))
    return points


def draw() -> Image.Image:
    size = VIEWBOX * SCALE
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    _circle(pen, 18, 18, 17, BLUE)
    _circle(pen, 13, 13, 4, YELLOW)
    _circle(pen, 23, 15, 3, WHITE)
    smile = _smile()
    pen.line(smile, fill=WHITE, width=3 * SCALE, joint="curve")
    for end in (smile[0], smile[-1]):  # stroke-linecap="round"
        x, y = end[0] / SCALE, end[1] / SCALE
        _circle(pen, x, y, 1.5, WHITE)
    return image


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    draw().save(TARGET, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    print(f"{TARGET}: {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
