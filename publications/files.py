"""A publication's PDF: checked by its content, kept outside the public media folder under
a random name, and the picture of its first page (pypdfium2, no system program).

pypdfium2 wraps one PDFium library that is not safe to call from two threads at once:
the calls below hold a lock.
"""

import io
import os
import threading
import uuid

import pypdfium2
import pypdfium2.raw as pdfium_c
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"
THUMBNAIL_WIDTH = 300
THUMBNAIL_MAX_HEIGHT = 600  # a strip of a page a kilometre long is not drawn a kilometre high
_pdfium = threading.Lock()


@deconstructible(path="publications.files.PublicationFileStorage")
class PublicationFileStorage(FileSystemStorage):
    """settings.PUBLICATION_FILES_ROOT, read when used (tests point it elsewhere), and no
    URL: the files are served by the download view only, never by their name."""

    @property
    def base_location(self):
        return os.fspath(settings.PUBLICATION_FILES_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Publication files have no address of their own: use the download view.")


def random_pdf_name(instance, filename: str) -> str:
    """The name on disk says nothing of the upload's name (which may be anything)."""
    return f"{uuid.uuid4().hex}.pdf"


def random_thumbnail_name(instance, filename: str) -> str:
    return f"images/publications/{uuid.uuid4().hex}.webp"


def _read(upload) -> bytes:
    position = upload.tell() if hasattr(upload, "tell") else None
    try:
        upload.seek(0)
        return upload.read()
    finally:
        if position is not None:
            upload.seek(position)


def validate_pdf_upload(upload) -> None:
    """A PDF by its content (its signature, and PDFium can open it), not encrypted, not too
    large. A file already stored was checked when it came."""
    if not upload or getattr(upload, "_committed", False):
        return
    size = getattr(upload, "size", None)
    limit = settings.PUBLICATION_MAX_BYTES
    if size is not None and size > limit:
        raise ValidationError(
            _("The file is %(size)s; at most %(max)s is allowed."),
            code="file_too_large",
            params={"size": filesizeformat(size), "max": filesizeformat(limit)},
        )
    data = _read(upload)
    if not data.startswith(PDF_MAGIC):
        raise ValidationError(
            _("This file is not a PDF. Upload a PDF file, or give a link instead."),
            code="not_a_pdf",
        )
    with _pdfium:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as error:
            if "password" in str(error).lower():
                raise _encrypted() from None
            raise ValidationError(
                _("This PDF is damaged and cannot be opened. Save it again and upload the copy."),
                code="damaged_pdf",
            ) from None
        try:
            encrypted = pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) != -1
            pages = len(document)
        finally:
            document.close()
    if encrypted:
        raise _encrypted()
    if pages == 0:
        raise ValidationError(_("This PDF has no pages."), code="empty_pdf")


def _encrypted() -> ValidationError:
    return ValidationError(
        _("This PDF is protected with a password or encryption. Upload a copy without it."),
        code="encrypted_pdf",
    )


def first_page_thumbnail(upload) -> ContentFile | None:
    """The first page as a WebP image THUMBNAIL_WIDTH wide, or None when PDFium cannot draw
    it (the publication simply has no picture then)."""
    data = _read(upload)
    try:
        with _pdfium:
            document = pypdfium2.PdfDocument(data)
            try:
                page = document[0]
                width, height = page.get_size()
                scale = min(THUMBNAIL_WIDTH / width, THUMBNAIL_MAX_HEIGHT / height)
                image = page.render(scale=scale, draw_annots=False).to_pil()
                page.close()
            finally:
                document.close()
        output = io.BytesIO()
        image.convert("RGB").save(output, format="WEBP", quality=80)
    except (pypdfium2.PdfiumError, OSError, ValueError, ZeroDivisionError, IndexError):
        return None
    return ContentFile(output.getvalue(), name="thumbnail.webp")
