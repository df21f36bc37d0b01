"""News test helpers: the admin's logged-in clients, and a small photo."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.admin.conftest import (  # noqa: F401
    editor_client_for,
    network_editor_client,
    two_organisations,
)


def photo(name: str = "photo.jpg", size=(60, 40)) -> SimpleUploadedFile:
    output = io.BytesIO()
    Image.new("RGB", size, "teal").save(output, format="JPEG")
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/jpeg")
