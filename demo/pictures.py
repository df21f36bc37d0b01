"""The demo projects' and news items' pictures: abstract compositions drawn here with Pillow in the
portal's colours, never copies of the real organisations' photos or logos.

Each is drawn from its project's slug (the same picture on every run) into
`images/projects/demo/<slug>.jpg` in MEDIA, only when it is not there yet, and comes with
a description in Dutch and English that says what it shows. Two projects in three get one;
the others keep the drawn Open Graph image of a project without a photo, so the demo shows
both.
"""

import hashlib
import random
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw

SIZE = (1280, 800)
FOLDER = "images/projects/demo"
# static/css/portal.css: primary, dark, accent (sun), soft; and a lighter blue of the map.
COLOURS = {
    "blue": (28, 93, 135),
    "dark blue": (21, 71, 103),
    "yellow": (244, 185, 66),
    "light blue": (134, 178, 208),
}
DUTCH = {
    "blue": "blauwe",
    "dark blue": "donkerblauwe",
    "yellow": "gele",
    "light blue": "lichtblauwe",
}
NUMBERS_NL = {2: "twee", 3: "drie", 4: "vier", 5: "vijf"}
NUMBERS_EN = {2: "two", 3: "three", 4: "four", 5: "five"}


def has_picture(slug: str) -> bool:
    """Two projects in three, chosen by the slug so that it stays the same."""
    return hashlib.sha256(slug.encode()).digest()[0] % 3 != 0


def draw(slug: str) -> tuple[bytes, tuple[str, str]]:
    """The JPEG's bytes and its description (Dutch, English)."""
    rng = random.Random(slug)  # noqa: S311 (a drawing, the same for a slug on every run)
    background = rng.choice(["soft", "dark blue"])
    canvas = Image.new(
        "RGB", SIZE, (243, 247, 249) if background == "soft" else COLOURS["dark blue"]
    )
    pen = ImageDraw.Draw(canvas, "RGBA")
    circles = rng.randint(2, 5)
    main = rng.choice(["blue", "yellow", "light blue"])
    # Slanting bands across the lower half.
    for band in range(3):
        top = 450 + band * 110 + rng.randint(-30, 30)
        colour = COLOURS["light blue"] if band % 2 == 0 else COLOURS["blue"]
        pen.polygon(
            [(0, top), (SIZE[0], top - rng.randint(60, 180)), (SIZE[0], SIZE[1]), (0, SIZE[1])],
            fill=(*colour, 150),
        )
    # The first is the largest: the description names its colour.
    radii = sorted((rng.randint(70, 220) for _ in range(circles)), reverse=True)
    for number, radius in enumerate(radii):
        x, y = rng.randint(120, SIZE[0] - 120), rng.randint(100, 420)
        colour = COLOURS[main] if number == 0 else COLOURS[rng.choice(list(COLOURS))]
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 210))
    buffer = BytesIO()
    canvas.save(buffer, "JPEG", quality=85)
    where_nl = "een lichte" if background == "soft" else "een donkerblauwe"
    where_en = "a light" if background == "soft" else "a dark blue"
    description = (
        f"Abstracte tekening: {NUMBERS_NL[circles]} cirkels, de grootste "
        f"{DUTCH[main]}, boven schuine banen op {where_nl} achtergrond.",
        f"Abstract drawing: {NUMBERS_EN[circles]} circles, the largest {main}, above "
        f"slanting bands on {where_en} background.",
    )
    return buffer.getvalue(), description


def picture_for(slug: str, folder: str = FOLDER) -> dict:
    """The image field values (name and description) of the project (or, with another
    folder, the news item) with this slug, the file written when it is missing; none for
    one without a picture."""
    if not has_picture(slug):
        return {"image": "", "image_alt": ("", "")}
    content, description = draw(slug)
    name = f"{folder}/{slug}.jpg"
    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(content))
        if saved != name:
            raise RuntimeError(f"demo picture stored as {saved}, not {name}")
    return {"image": name, "image_alt": description}
