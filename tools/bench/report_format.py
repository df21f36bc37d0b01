"""How docs/performance.md writes figures, marks and tables (report.py and its sections)."""

from __future__ import annotations

YES, NO, NONE = "✔", "✘", "—"
NOT_MEASURED = "not measured"


def mark(ok: bool | None) -> str:
    """None: the run did not measure it (never counted as met)."""
    return NOT_MEASURED if ok is None else YES if ok else NO


def ms(value: float | None) -> str:
    if value is None:
        return NONE
    return f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms"


def sql_ms(value: float) -> str:
    """Django times queries to the millisecond."""
    return "< 1 ms" if value < 1 else f"{value:.0f} ms"


def size(length: int) -> str:
    return f"{length} B" if length < 1024 else f"{length / 1024:.0f} KiB"


def code(text: str) -> str:
    return f"`{text}`"


def table(header: list[str], rows: list[list], align: str = "") -> list[str]:
    align = align or "l" + "r" * (len(header) - 1)
    rule = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def duration(seconds: int) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes} min {seconds:02d} s"
