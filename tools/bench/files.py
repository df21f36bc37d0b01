"""The open-data files (the full IATI file, the projects' CSV): one request each, streamed
to the end, with its time, size, queries and the growth of the process's peak memory.

Measured first in measure.py's process, before any page, so that the growth of the peak
resident set (`ru_maxrss`) is what streaming the file took and not what a page left
behind. A file that is built whole in memory shows here as growth in proportion to its
size; a streamed one stays near flat between the demo and the benchmark size.
"""

from __future__ import annotations

import resource
import time

# (key, label, URL); the query target of the pages does not apply: a streamed file reads
# its rows in chunks, a few queries per chunk.
FILES = [
    ("iati_all", "IATI: every public activity", "/iati/activities.xml"),
    ("csv_projects", "CSV: every public project", "/nl/open-data/projects.csv"),
]


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def measure_files(handler, get, progress) -> list[dict]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    results = []
    for key, label, url in FILES:
        before = peak_kib()
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            status, length = get(handler, url)
        seconds = time.perf_counter() - started
        result = {
            "key": key,
            "label": label,
            "url": url,
            "status": status,
            "bytes": length,
            "seconds": round(seconds, 2),
            "queries": len(queries),
            "peak_growth_mib": round((peak_kib() - before) / 1024, 1),
        }
        results.append(result)
        progress(
            f"{label}: {status}, {length / 1e6:.1f} MB in {seconds:.1f} s, "
            f"{len(queries)} queries, peak memory +{result['peak_growth_mib']} MiB"
        )
    return results


# The IATI file streams: its peak memory may not grow with the number of activities. The
# bound is generous for one process's buffers and a chunk of prefetched rows.
PEAK_GROWTH_BOUND_MIB = 64


def file_verdicts(demo_files: list[dict], bench_files: list[dict]) -> list[tuple[str, str, bool]]:
    bench = {item["key"]: item for item in bench_files}
    iati = bench["iati_all"]
    not_ok = [item["label"] for item in [*demo_files, *bench_files] if item["status"] != 200]
    return [
        (
            f"The full IATI file streams in bounded memory: peak growth at most "
            f"{PEAK_GROWTH_BOUND_MIB} MiB at the benchmark size",
            f"+{iati['peak_growth_mib']} MiB for {iati['bytes'] / 1e6:.0f} MB",
            iati["status"] == 200 and iati["peak_growth_mib"] <= PEAK_GROWTH_BOUND_MIB,
        ),
        (
            "Every open-data file answers 200",
            "all 200" if not not_ok else "not 200: " + ", ".join(sorted(set(not_ok))),
            not not_ok,
        ),
    ]


def file_section(demo_files: list[dict], bench_files: list[dict], table, code) -> list[str]:
    demo = {item["key"]: item for item in demo_files}
    return [
        "## Open-data files",
        "",
        "One request each, caches off, read to the end through the WSGI handler, first in the "
        "process (`tools/bench/files.py`). *Peak memory* is how much the process's peak "
        "resident set grew while the file was written: a file built whole in memory grows it "
        "in proportion to its size, a streamed one does not. Queries grow with the rows: the "
        "file reads them in chunks.",
        "",
        *table(
            ["file", "size (demo / benchmark)", "time", "queries", "peak memory", "URL"],
            [
                [
                    item["label"],
                    f"{demo[item['key']]['bytes'] / 1e3:,.0f} kB / {item['bytes'] / 1e6:,.1f} MB",
                    f"{item['seconds']:.1f} s",
                    f"{demo[item['key']]['queries']} / {item['queries']}",
                    f"+{demo[item['key']]['peak_growth_mib']} / +{item['peak_growth_mib']} MiB",
                    code(item["url"]) + ("" if item["status"] == 200 else f" ({item['status']})"),
                ]
                for item in bench_files
            ],
            "lrrrrl",
        ),
        "",
    ]
