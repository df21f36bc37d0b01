"""CSV files that open safely in a spreadsheet program: UTF-8 with a byte-order mark (so
that Excel reads the accents), every text cell neutralised so that it cannot become a
formula, streamed row by row so that a long file never sits in memory whole."""

import csv
from collections.abc import Iterable

from django.http import StreamingHttpResponse

BYTE_ORDER_MARK = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    # A name like "=HYPERLINK(…)" must not become a formula in a spreadsheet.
    return f"'{value}" if value[:1] in FORMULA_STARTS else value


def safe_row(row: Iterable) -> list:
    """A row's cells as the CSV writer gets them: texts neutralised, None as empty."""
    return [
        "" if cell is None else spreadsheet_safe(cell) if isinstance(cell, str) else cell
        for cell in row
    ]


class _Line:
    """A file-like object whose write() returns what it was given (Django's recipe for
    streaming CSV): the writer formats one row, the response sends it."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: list[str], rows: Iterable[Iterable]):
    """The byte-order mark and the header, then one CSV line per row, made safe."""
    writer = csv.writer(_Line())
    yield BYTE_ORDER_MARK + writer.writerow(header)
    for row in rows:
        yield writer.writerow(safe_row(row))


def streaming_csv(filename: str, header: list[str], rows: Iterable[Iterable]):
    """A download of these rows as `filename`, streamed."""
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
