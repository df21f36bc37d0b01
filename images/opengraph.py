"""Open Graph images: the 1200 × 630 PNG that social media show beside a shared link.

`draw(title, subtitle, photo=None)` makes one: the photo cover-cropped with the title on a
band, or, without a photo, the title large on the portal's colours with a few shapes.
`cached_png(...)` keeps each drawing in MEDIA under a name made of what it shows, so it is
drawn once; `response(...)` serves it with long cache headers, an ETag and Last-Modified.
A page type adds one URL and a small view (projects and organisations do;
campaigns can the same way).

The font is Pillow's own scalable one (`ImageFont.load_default(size=…)`, Pillow ≥ 10.1 with
FreeType), so no system font is needed: CI runs on a bare Debian.
"""

import hashlib
import logging
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from PIL import Image, ImageDraw, ImageOps

from images import lettering

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
# The portal's colours (static/css/portal.css: --portal-primary, -primary-dark, -accent,
# -soft): white text on the dark blue is 10:1, the sun yellow on it 6:1.
PRIMARY = (28, 93, 135)
DARK = (21, 71, 103)
ACCENT = (244, 185, 66)
SOFT = (243, 247, 249)
WHITE = (255, 255, 255)
# Part of every cached name: a change to the drawing makes every image again.
DRAWING_VERSION = "1"
ROOT = "opengraph"
BROWSER_SECONDS = 24 * 60 * 60  # a day: a changed title reaches a browser by the next day
SHARED_SECONDS = 7 * 24 * 60 * 60  # social media crawlers and proxies


def wrap(text: str, size: int, width: int, max_lines: int) -> list[str] | None:
    """The text in lines no wider than `width`; None when it needs more than `max_lines`."""
    lines: list[str] = []
    for word in text.split():
        if lines and lettering.length(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
        if len(lines) > max_lines:
            return None
    return lines


def fit(text: str, width: int, sizes=(68, 58, 50, 44), max_lines: int = 4):
    """The largest size at which the title fits; at the smallest, cut with an ellipsis."""
    for size in sizes:
        lines = wrap(text, size, width, max_lines)
        if lines is not None and all(lettering.length(line, size) <= width for line in lines):
            return size, lines
    size = sizes[-1]
    lines = wrap(text, size, width, 10_000) or [""]
    kept = lines[:max_lines]
    last = kept[-1]
    while last and lettering.length(f"{last} …", size) > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = f"{last} …"
    return size, kept


def _shapes(canvas: Image.Image) -> None:
    """Abstract shapes in the portal's colours, on the right where the text is not."""
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.ellipse((860, -200, 1400, 340), fill=(*PRIMARY, 255))
    draw.ellipse((1010, 380, 1290, 660), fill=(*ACCENT, 255))
    draw.ellipse((930, 300, 1050, 420), fill=(*SOFT, 60))
    draw.rectangle((0, 0, 18, HEIGHT), fill=(*ACCENT, 255))
    canvas.alpha_composite(layer)


def _cover(photo) -> Image.Image:
    with Image.open(photo) as opened:
        opened.load()
        image = ImageOps.exif_transpose(opened).convert("RGB")
    return ImageOps.fit(image, (WIDTH, HEIGHT), Image.LANCZOS).convert("RGBA")


def draw(title: str, subtitle: str = "", photo=None, *, site_name: str = "") -> bytes:
    """The PNG's bytes. `photo` is a file (open, binary) or a path; when it cannot be read
    the image is drawn as if there were none."""
    canvas = None  # the photo, when there is one
    if photo is not None:
        try:
            canvas = _cover(photo)
        except Exception:
            logger.warning("Cannot use the photo for an Open Graph image", exc_info=True)
    text_width = WIDTH - 2 * MARGIN
    drawn = canvas is None
    if drawn:
        canvas = Image.new("RGBA", (WIDTH, HEIGHT), (*DARK, 255))
        _shapes(canvas)
        size, lines = fit(title, text_width - 200)
        line_height = round(size * 1.25)
        top = max(MARGIN + 50, (HEIGHT - line_height * len(lines)) // 2 - 10)
    else:
        size, lines = fit(title, text_width, sizes=(56, 48, 42), max_lines=3)
        line_height = round(size * 1.25)
        band = line_height * len(lines) + (110 if subtitle else 70)
        layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
        ImageDraw.Draw(layer).rectangle((0, HEIGHT - band, WIDTH, HEIGHT), fill=(*DARK, 230))
        canvas.alpha_composite(layer)
        top = HEIGHT - band + 30
    pen = ImageDraw.Draw(canvas)
    for number, line in enumerate(lines):
        lettering.write(pen, (MARGIN, top + number * line_height), line, size, WHITE, bold=True)
    if subtitle:
        below = top + line_height * len(lines) + 10
        lettering.write(pen, (MARGIN, below), subtitle, 30, ACCENT)
    if site_name and drawn:
        # On top of a drawn image only: on a photo it would hide what the photo shows.
        lettering.write(pen, (MARGIN, MARGIN - 24), site_name, 30, SOFT)
    buffer = BytesIO()
    canvas.convert("RGB").save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# --- kept once in MEDIA, served with cache headers ------------------------------------------


def digest(*parts) -> str:
    text = "\x1f".join(str(part) for part in (DRAWING_VERSION, *parts))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def cached_name(kind: str, key: str, language: str, tag: str) -> str:
    return f"{ROOT}/{kind}/{key}/{language}-{tag}.png"


def cached_png(name: str, build, *, storage=None) -> bytes:
    """The stored PNG of this name, or `build()` stored under it; the object's older
    drawings in the same language (another name in its folder) go."""
    storage = storage or default_storage
    try:
        with storage.open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        pass
    png = build()
    folder, _slash, own = name.rpartition("/")
    language = own.split("-", 1)[0]
    try:
        _dirs, files = storage.listdir(folder)
    except FileNotFoundError:
        files = []
    for other in files:
        if other != own and other.startswith(f"{language}-"):
            storage.delete(f"{folder}/{other}")
    if not storage.exists(name):  # two requests at once: the first one's file stays
        storage.save(name, ContentFile(png))
    return png


def response(request, *, kind, key, title, subtitle="", photo=None, updated_at=None, site_name=""):
    """The Open Graph image of one object as an HTTP response: 304 when the client's copy
    is current, else the PNG (drawn now if it is not kept yet). `photo` is a field file
    (or None); `key` names the object in the stored name (its slug)."""
    from django.http import HttpResponse
    from django.utils.translation import get_language

    language = get_language() or ""
    photo_name = getattr(photo, "name", "") or ""
    tag = digest(kind, key, language, title, subtitle, site_name, photo_name, updated_at)
    etag = f'"{tag}"'
    last_modified = int(updated_at.timestamp()) if updated_at else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is None:

        def build() -> bytes:
            if not photo_name:
                return draw(title, subtitle, site_name=site_name)
            try:
                with photo.storage.open(photo_name, "rb") as handle:
                    return draw(title, subtitle, handle, site_name=site_name)
            except OSError:
                logger.warning("Photo %s missing for an Open Graph image", photo_name)
                return draw(title, subtitle, site_name=site_name)

        answer = HttpResponse(
            cached_png(cached_name(kind, key, language, tag), build), content_type="image/png"
        )
    else:
        answer = not_modified
    answer["ETag"] = etag
    if last_modified is not None:
        answer["Last-Modified"] = http_date(last_modified)
    patch_cache_control(answer, public=True, max_age=BROWSER_SECONDS, s_maxage=SHARED_SECONDS)
    return answer
