"""Checks on uploaded files: what a browser can show safely, and not too large."""

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
