import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(size=(1600, 900), image_format="JPEG", mode="RGB", color="steelblue", **save):
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, image_format, **save)
    return buffer.getvalue()


def upload(name="photo.jpg", **kwargs) -> SimpleUploadedFile:
    image_format = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP"}[name.rsplit(".", 1)[1]]
    kwargs.setdefault("image_format", image_format)
    content_type = f"image/{'jpeg' if image_format == 'JPEG' else image_format.lower()}"
    return SimpleUploadedFile(name, image_bytes(**kwargs), content_type=content_type)


@pytest.fixture
def media(settings):
    """The test's media folder (tests/conftest.py points MEDIA_ROOT at a fresh one)."""
    from pathlib import Path

    return Path(settings.MEDIA_ROOT)
