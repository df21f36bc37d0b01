"""Small PDFs made in the test with pypdfium2, and things that only look like one."""

import io

import pypdfium2
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def pdf_bytes(pages: int = 1) -> bytes:
    document = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)  # A4 in points
    output = io.BytesIO()
    document.save(output)
    document.close()
    return output.getvalue()


def png_bytes() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(output, format="PNG")
    return output.getvalue()


def upload(data: bytes, name: str = "report.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


@pytest.fixture
def valid_pdf() -> bytes:
    return pdf_bytes()


# The admin's logged-in clients and form helpers.
from tests.admin.conftest import (  # noqa: E402, F401
    editor_client_for,
    network_editor_client,
    two_organisations,
)
