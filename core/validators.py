"""Checks on uploaded files (what a browser can show safely, and not too large) and on
registration numbers (RSIN, KvK, Belgian enterprise number) by their check digits."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_IMAGE_BYTES = 2 * 1024 * 1024
# No SVG: it can carry script. No GIF/TIFF/BMP: not needed for logos and photos.
ALLOWED_IMAGE_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "WEBP": "WebP"}
MAX_IMAGE_PIXELS = 40_000_000  # refuses decompression bombs long before memory runs out


def validate_image_upload(upload) -> None:
    """Open the file with Pillow: its content decides, not its name or declared type."""
    if upload is None:
        return
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is %(size)s; at most %(max)s is allowed."),
            code="file_too_large",
            params={"size": filesizeformat(size), "max": filesizeformat(MAX_IMAGE_BYTES)},
        )
    position = upload.tell() if hasattr(upload, "tell") else None
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not an image we can use. Upload a PNG, JPEG or WebP image."),
            code="invalid_image",
        ) from None
    finally:
        if position is not None:
            upload.seek(position)
    if image_format not in ALLOWED_IMAGE_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted. Upload a PNG, JPEG or WebP image."),
            code="invalid_image_format",
            params={"format": image_format or _("This kind of")},
        )
    if width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(
            _("The image is %(width)s×%(height)s pixels; make it smaller."),
            code="image_too_large",
            params={"width": width, "height": height},
        )


# --- registration numbers ---------------------------------------------------------------
# RSIN and BSN share the "elfproef": the digits weighted 9..2 and the last one -1 add up to a
# multiple of 11. KvK numbers have no published check digit (the Chamber of Commerce hands
# them out as serial numbers), so only their form can be checked. The Belgian enterprise
# number ends in 97 minus the first eight digits modulo 97.

RSIN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def rsin_check_digit(first_eight: str) -> int | None:
    """The ninth digit that makes `first_eight` a valid RSIN, or None when there is none."""
    check = sum(w * int(d) for w, d in zip(RSIN_WEIGHTS, first_eight, strict=False)) % 11
    return None if check == 10 else check


def validate_rsin(value: str) -> None:
    if not (len(value) == 9 and value.isascii() and value.isdigit()):
        raise ValidationError(_("An RSIN has nine digits."), code="invalid_rsin_format")
    if value == "0" * 9 or sum(w * int(d) for w, d in zip(RSIN_WEIGHTS, value, strict=True)) % 11:
        raise ValidationError(
            _("This is not a valid RSIN: its check digit does not match."), code="invalid_rsin"
        )


def validate_kvk_number(value: str) -> None:
    if not (len(value) == 8 and value.isascii() and value.isdigit()):
        raise ValidationError(_("A KvK number has eight digits."), code="invalid_kvk_number")


BE_ENTERPRISE_NUMBER = re.compile(r"^[01]\d{3}\.\d{3}\.\d{3}$")


def validate_be_enterprise_number(value: str) -> None:
    if not BE_ENTERPRISE_NUMBER.match(value):
        raise ValidationError(_("Write it as 0123.456.789."), code="invalid_be_format")
    digits = value.replace(".", "")
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        raise ValidationError(
            _("This is not a valid Belgian enterprise number: its check digits do not match."),
            code="invalid_be_enterprise_number",
        )


def check_image_described(instance, field: str = "image") -> None:
    """Without a description a photo says nothing to a screen reader: `<field>` needs its
    `<field>_alt` in one language at least (the other falls back to it, and the checklists
    name the gap)."""
    described = any(
        (getattr(instance, f"{field}_alt_{code}", "") or "").strip()
        for code, _name in settings.LANGUAGES
    )
    if getattr(instance, field) and not described:
        raise ValidationError(
            {
                f"{field}_alt_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}": _(
                    "Describe the image for people who cannot see it: what does it show?"
                )
            },
            code="image_without_description",
        )
