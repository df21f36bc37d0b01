"""The `<picture>` of an image field's file: WebP renditions with a fallback, `srcset` and
`sizes`, the intrinsic width and height (no layout shift), lazy loading unless asked
otherwise. Used by the `{% picture %}` tag and by tags written in Python (cards).

It reads only the field file and its row's size fields (images.renditions): no query. The
first page that shows a source in a process checks that its renditions are on disk and
makes the missing ones; when that fails the original is shown, so an image never breaks a
page.
"""

import functools
import logging
from html import escape

from django.core.files.storage import default_storage
from PIL import Image

from images import renditions

logger = logging.getLogger(__name__)


def parse_widths(widths) -> tuple[int, ...]:
    if not widths:
        return ()
    if isinstance(widths, str):
        widths = widths.replace(",", " ").split()
    return tuple(sorted({int(width) for width in widths if int(width) > 0}))


def source_size(fieldfile) -> tuple[int, int] | None:
    """The shown size of the source: from its row's size fields when the model registered
    the field, else read from the file once per process."""
    registration = renditions.registration_for(fieldfile)
    if registration is not None:
        width = getattr(fieldfile.instance, registration.width_attr, None)
        height = getattr(fieldfile.instance, registration.height_attr, None)
        return (width, height) if width and height else None
    return _size_from_file(str(getattr(fieldfile.storage, "location", "")), fieldfile.name)


@functools.lru_cache(maxsize=2048)
def _size_from_file(_location: str, name: str) -> tuple[int, int] | None:
    try:
        with default_storage.open(name, "rb") as handle, Image.open(handle) as image:
            return renditions.oriented_size(image)
    except Exception:
        logger.warning("Cannot read the size of image %s", name, exc_info=True)
        return None


def _attributes(pairs) -> str:
    return "".join(f' {name}="{escape(str(value))}"' for name, value in pairs if value is not None)


def picture_html(
    fieldfile,
    *,
    alt: str = "",
    sizes: str = "100vw",
    widths=None,
    loading: str = "lazy",
    css_class: str = "",
) -> str:
    """The markup, escaped; "" when there is no file. `loading="eager"` is for the one image
    at the top of a page: fetched at once, with high priority."""
    if not fieldfile or not getattr(fieldfile, "name", ""):
        return ""
    registration = renditions.registration_for(fieldfile)
    wanted = parse_widths(widths) or (
        registration.widths if registration else renditions.DEFAULT_WIDTHS
    )
    eager = loading == "eager"
    common = [
        ("alt", alt or ""),
        ("loading", "eager" if eager else "lazy"),
        ("decoding", "async"),
        ("fetchpriority", "high" if eager else None),
        ("class", css_class or None),
    ]
    name, storage = fieldfile.name, fieldfile.storage
    size = source_size(fieldfile)
    made = size is not None and renditions.ensure(name, wanted, source_width=size[0])
    if not made:
        # The original as it is: still with its size when known.
        width, height = size or (None, None)
        return (
            "<img"
            + _attributes([("src", fieldfile.url), ("width", width), ("height", height), *common])
            + ">"
        )
    source_width, source_height = size
    chosen = renditions.widths_for(source_width, wanted)

    def srcset(image_format: str) -> str:
        return ", ".join(
            f"{storage.url(renditions.rendition_name(name, width, image_format))} {width}w"
            for width in chosen
        )

    fallback = renditions.fallback_format(name)
    largest = chosen[-1]
    image = [
        ("src", storage.url(renditions.rendition_name(name, largest, fallback))),
        ("srcset", srcset(fallback)),
        ("sizes", sizes),
        ("width", largest),
        ("height", renditions.scaled_height(source_width, source_height, largest)),
        *common,
    ]
    webp = [
        ("type", renditions.MIME[renditions.WEBP]),
        ("srcset", srcset(renditions.WEBP)),
        ("sizes", sizes),
    ]
    return f"<picture><source{_attributes(webp)}><img{_attributes(image)}></picture>"
