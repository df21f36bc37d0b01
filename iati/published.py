"""Activity files written ahead by `manage.py write_iati_files`, for portals whose full
file takes longer to write than a request may last: about a minute at 20,000 projects,
against gunicorn's 30-second worker timeout. With IATI_FILES_DIR set and a file written,
the views serve that file (its ETag and time are those of its writing); without either,
they stream the file live, as small portals can.
"""

import hashlib
import os
from pathlib import Path

from django.conf import settings
from django.http import FileResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from iati import selectors

CONTENT_TYPE = "application/xml; charset=utf-8"


def version(kind: str, projects, *owners) -> tuple[str, int, int | None]:
    """(ETag, number of projects, Last-Modified in whole seconds, as HTTP has it) from one
    cheap aggregate: the projects' count and newest change, with the owners' changes."""
    count, newest = selectors.version(projects)
    stamps = [stamp for stamp in [newest, *(o.updated_at for o in owners if o)] if stamp]
    parts = [
        kind,
        str(count),
        *(stamp.isoformat() for stamp in stamps),
        *(str(o.pk) for o in owners if o),
    ]
    etag = '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32] + '"'
    return etag, count, (int(max(stamps).timestamp()) if stamps else None)


def activities_path(organisation=None) -> Path | None:
    """Where the activity file of all projects (or of one reporting organisation) is
    written; None when files are not written ahead. Named by primary key: no identifier
    text ever becomes part of a path."""
    if not settings.IATI_FILES_DIR:
        return None
    name = f"organisation-{organisation.pk}-activities.xml" if organisation else "activities.xml"
    return Path(settings.IATI_FILES_DIR) / name


def _etag_path(path: Path) -> Path:
    return path.with_name(path.name + ".etag")


def written_etag(path: Path) -> str | None:
    try:
        return _etag_path(path).read_text()
    except FileNotFoundError:
        return None


def write(path: Path, chunks, etag: str) -> int:
    """Writes the file beside its final name, then renames it into place, so that a
    reader gets the old file or the new one, never half of one; returns its size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    size = 0
    with partial.open("wb") as handle:
        for chunk in chunks:
            handle.write(chunk)
            size += len(chunk)
    os.replace(partial, path)
    _etag_path(path).write_text(etag)
    return size


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    _etag_path(path).unlink(missing_ok=True)


def serve(request, path: Path | None, filename: str):
    """The written file, answering a conditional GET; None when there is none."""
    etag = written_etag(path) if path else None
    if etag is None or not path.is_file():
        return None
    modified = int(path.stat().st_mtime)
    not_modified = get_conditional_response(request, etag=etag, last_modified=modified)
    if not_modified is not None:
        return not_modified
    response = FileResponse(path.open("rb"), content_type=CONTENT_TYPE)
    return with_file_headers(response, etag, modified, filename)


def with_file_headers(response, etag: str, last_modified: int | None, filename: str):
    """ETag, Last-Modified and the file's name, on a live or a written file alike."""
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
