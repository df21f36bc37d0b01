"""Text in Pillow's own scalable font, accents included.

`ImageFont.load_default(size=…)` needs no system font (CI runs on a bare Debian), but it
has ASCII and little more: no "ë" in "België", no en dash. So each letter is split into its
base and its accents (Unicode NFD); the base is drawn in the font and the common accents
(diaeresis, acute, grave, circumflex, tilde, ring, caron, cedilla) are drawn as shapes
over or under it. Characters with neither a glyph nor a base letter get a plain stand-in
("–" → "-", "ø" → "o").
"""

import functools
import unicodedata

from PIL import ImageFont

MARKS = {
    "\u0300": "grave",
    "\u0301": "acute",
    "\u0302": "circumflex",
    "\u0303": "tilde",
    "\u0308": "diaeresis",
    "\u030a": "ring",
    "\u030c": "caron",
    "\u0327": "cedilla",
}
STAND_INS = {
    "–": "-",
    "—": "-",
    "‑": "-",
    "‐": "-",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ı": "i",
    "€": "EUR",
    "×": "x",
    "\u00a0": " ",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "„": '"',
}


@functools.lru_cache(maxsize=16)
def font(size: int):
    return ImageFont.load_default(size=size)


@functools.lru_cache(maxsize=4096)
def has_glyph(size: int, char: str) -> bool:
    face = font(size)
    missing = face.getmask("\ue000")  # a private-use point: the font's "no glyph" box
    mask = face.getmask(char)
    return not (mask.size == missing.size and bytes(mask) == bytes(missing))


def plan(text: str, size: int) -> tuple[str, list[tuple[int, str]]]:
    """What to draw: the text in letters the font has, and the accents to add, each as
    (index of its letter in that text, name)."""
    drawn, accents = [], []
    for char in unicodedata.normalize("NFC", text):
        if char in STAND_INS and not has_glyph(size, char):
            drawn.append(STAND_INS[char])
            continue
        if has_glyph(size, char) or char.isspace():
            drawn.append(char)
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        if has_glyph(size, base):
            position = len("".join(drawn))
            drawn.append(base)
            accents += [(position, MARKS[mark]) for mark in marks if mark in MARKS]
        else:
            folded = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            drawn.append(folded or "?")
    return "".join(drawn), accents


def length(text: str, size: int) -> float:
    drawn, _accents = plan(text, size)
    return font(size).getlength(drawn)


def write(pen, xy, text: str, size: int, fill, *, bold: bool = False) -> None:
    """Draw the text at xy (its top left, as ImageDraw.text), accents included."""
    face = font(size)
    drawn, accents = plan(text, size)
    stroke = {"stroke_width": max(1, size // 40), "stroke_fill": fill} if bold else {}
    pen.text(xy, drawn, font=face, fill=fill, **stroke)
    x, y = xy
    for index, name in accents:
        left = x + face.getlength(drawn[:index])
        width = face.getlength(drawn[index])
        top, bottom = face.getbbox(drawn[index])[1], face.getbbox(drawn[index])[3]
        _accent(pen, name, left + width / 2, y + top, y + bottom, size, fill)


def _accent(pen, name: str, centre: float, top: float, bottom: float, size: int, fill):
    s, line = size, max(2, round(size * 0.07))
    above = top - s * 0.06
    if name == "diaeresis":
        r = s * 0.05
        for dx in (-0.13 * s, 0.13 * s):
            cy = above - r
            pen.ellipse((centre + dx - r, cy - r, centre + dx + r, cy + r), fill=fill)
    elif name in ("acute", "grave"):
        lean = 1 if name == "acute" else -1
        pen.line(
            (centre - lean * 0.07 * s, above, centre + lean * 0.09 * s, above - 0.16 * s),
            fill=fill,
            width=line,
        )
    elif name in ("circumflex", "caron"):
        tip, ends = (above - 0.16 * s, above) if name == "circumflex" else (above, above - 0.16 * s)
        pen.line(
            (centre - 0.12 * s, ends, centre, tip, centre + 0.12 * s, ends),
            fill=fill,
            width=line,
            joint="curve",
        )
    elif name == "tilde":
        w, h = 0.13 * s, 0.05 * s
        points = (
            centre - w,
            above - h,
            centre - w / 2,
            above - 2 * h,
            centre + w / 2,
            above - h,
            centre + w,
            above - 2 * h,
        )
        pen.line(points, fill=fill, width=line, joint="curve")
    elif name == "ring":
        r = s * 0.08
        pen.ellipse((centre - r, above - 2 * r, centre + r, above), outline=fill, width=line)
    elif name == "cedilla":
        pen.line(
            (
                centre,
                bottom,
                centre + 0.05 * s,
                bottom + 0.1 * s,
                centre - 0.05 * s,
                bottom + 0.18 * s,
            ),
            fill=fill,
            width=line,
        )
