"""SQL queries and server time per public page type, in this process, against one database.

    DJANGO_SETTINGS_MODULE=tools.bench.settings DATABASE_URL=… \\
        python -m tools.bench.measure --out result.json [--queries-only]
    … python -m tools.bench.measure --explain "/nl/projects/?q=geweld"

Requests go through Django's WSGI handler (as gunicorn calls it) with a prepared environ;
no network, no test client. `run.py` starts this once per database and reads the JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field

from tools.bench.pages import PAGE_TYPES, page_urls

DUMMY_CACHE = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


@dataclass
class Timing:
    requests: int
    median_ms: float
    p95_ms: float
    stopped_early: bool  # the time budget ran out before the number of requests asked for


@dataclass
class PageResult:
    key: str
    label: str
    url: str
    has_target: bool
    status: int = 0
    queries: int = 0
    sql_ms: float = 0.0  # the database's time in that request, all queries together
    slowest_sql_ms: float = 0.0
    bytes: int = 0
    timing: dict[str, Timing] = field(default_factory=dict)


def environ(url: str) -> dict:
    """A GET request as gunicorn would hand it to the application."""
    path, _, query = url.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        # As a browser sends it: the API (JSON only) answers 406 to a request without */*.
        "HTTP_ACCEPT": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "HTTP_ACCEPT_LANGUAGE": "nl,en;q=0.8",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def get(handler, url: str) -> tuple[int, int]:
    """(status, body length) of a GET through the WSGI handler, the body read to the end."""
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    response = handler(environ(url), start_response)
    try:
        length = sum(len(chunk) for chunk in response)
    finally:
        response.close()  # request_finished: connections are kept or closed as configured
    return int(statuses[0].split()[0]), length


def capture(handler, url: str) -> tuple[int, int, list[dict]]:
    """(status, bytes, [{"sql", "time"}]) of one request, after one warm-up request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    get(handler, url)  # the process's one-time costs (templates, translations) stay out
    with CaptureQueriesContext(connection) as queries:
        status, length = get(handler, url)
    return status, length, queries.captured_queries


def count_queries(result: PageResult, handler) -> None:
    result.status, result.bytes, queries = capture(handler, result.url)
    times = [float(query["time"]) * 1000 for query in queries]
    result.queries = len(queries)
    result.sql_ms = round(sum(times), 1)
    result.slowest_sql_ms = round(max(times, default=0.0), 1)


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return sorted_values[max(0, math.ceil(share * len(sorted_values)) - 1)]


def time_page(handler, url: str, requests: int, budget: float, warm_up: int = 5) -> Timing:
    """Server time of `requests` GETs after a warm-up, or fewer when `budget` seconds pass."""
    warm_until = time.monotonic() + budget / 4
    for _ in range(warm_up):
        get(handler, url)
        if time.monotonic() > warm_until:
            break
    samples = []
    deadline = time.monotonic() + budget
    while len(samples) < requests and time.monotonic() < deadline:
        started = time.perf_counter()
        get(handler, url)
        samples.append(time.perf_counter() - started)
    samples.sort()
    return Timing(
        requests=len(samples),
        median_ms=round(statistics.median(samples) * 1000, 2),
        p95_ms=round(percentile(samples, 0.95) * 1000, 2),
        stopped_early=len(samples) < requests,
    )


def cache_backends() -> dict[str, str]:
    from django.conf import settings

    return {alias: conf["BACKEND"].rsplit(".", 1)[-1] for alias, conf in settings.CACHES.items()}


def caches_off():
    from django.conf import settings
    from django.test.utils import override_settings

    return override_settings(CACHES=dict.fromkeys(settings.CACHES, DUMMY_CACHE))


def measure(
    queries_only: bool, requests: int, budget: float, progress, with_files=True, distinct=None
) -> dict:
    """`distinct`: (how many URLs per kind, where to write their lists, a label for the
    files) for the long tail (longtail.py), or None."""
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    from tools.bench.files import measure_files
    from tools.bench.generate import counts

    handler = WSGIHandler()
    urls = page_urls()
    results = [PageResult(key, label, urls[key], target) for key, label, target in PAGE_TYPES]
    get(handler, urls["minimal"])  # the process's one-time costs stay out of the files'
    with caches_off():
        files = measure_files(handler, get, progress) if with_files else []  # first: files.py
        for result in results:
            count_queries(result, handler)
            progress(f"{result.label}: {result.status}, {result.queries} queries")
    deployed = cache_backends()
    if not queries_only:
        for result in results:
            result.timing["deployed"] = time_page(handler, result.url, requests, budget)
            with caches_off():
                result.timing["off"] = time_page(handler, result.url, requests, budget)
            progress(
                f"{result.label}: median {result.timing['deployed'].median_ms} ms "
                f"(no cache {result.timing['off'].median_ms} ms)"
            )
    longtail = long_tail(handler, requests, budget, progress, *distinct) if distinct else None
    return {
        "pages": [asdict(result) for result in results],
        "files": files,
        "longtail": longtail,
        "cache_backends": deployed,
        "counts": counts(),
    }


def long_tail(handler, requests, budget, progress, count: int, directory: str, label: str):
    """The distinct URLs of longtail.py: their lists written for wrk, and their server time
    in this process with the cache as deployed (a new URL misses the page cache, as the
    issue's own measurement with wrk; the footer's few shared fragments come from the
    cache, as they would) and with every cache off (the raw cost, as the *no cache*
    column)."""
    from pathlib import Path

    from tools.bench import longtail

    started = time.monotonic()
    lists = longtail.distinct_urls(count)
    paths = longtail.write_lists(lists, Path(directory), label)
    progress(f"distinct URLs: {count} per kind in {time.monotonic() - started:.1f} s")
    kinds = {}
    for kind, _label in longtail.KINDS:
        # Each URL once in each pass: the first half of the list as deployed, the second
        # half with the caches off, so that neither pass meets a URL the other cached.
        half = len(lists[kind]) // 2
        timing = longtail.time_distinct(handler, lists[kind][:half], requests, budget)
        with caches_off():
            timing_off = longtail.time_distinct(handler, lists[kind][half:], requests, budget)
        kinds[kind] = {
            "urls": len(lists[kind]),
            "list": paths[kind],
            "timing": timing,
            "timing_off": timing_off,
        }
        kinds[kind]["examples"] = lists[kind][:3]
        progress(
            f"distinct {kind}: median {timing['median_ms']} ms, p95 {timing['p95_ms']} ms "
            f"(caches off {timing_off['median_ms']} / {timing_off['p95_ms']} ms)"
        )
    return kinds


def explain(url: str, slower_than_ms: float) -> None:
    """Print every query of one page (caches off) with EXPLAIN ANALYZE of the slow ones."""
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection

    with caches_off():
        status, length, queries = capture(WSGIHandler(), url)
    print(f"{url}: {status}, {length} bytes, {len(queries)} queries")
    for number, query in enumerate(queries, start=1):
        milliseconds = float(query["time"]) * 1000
        print(f"\n--- query {number}: {milliseconds:.1f} ms\n{query['sql']}")
        if milliseconds >= slower_than_ms and query["sql"].lstrip().upper().startswith(
            ("SELECT", "WITH")
        ):
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
                print("\n".join(row[0] for row in cursor.fetchall()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", help="where to write the JSON result")
    parser.add_argument(
        "--explain",
        metavar="URL",
        help="instead: print the queries of this page, EXPLAIN ANALYZE of the slow ones",
    )
    parser.add_argument("--slower-than", type=float, default=10.0, help="ms, for --explain")
    parser.add_argument("--queries-only", action="store_true")
    parser.add_argument("--no-files", action="store_true", help="skip the open-data files")
    parser.add_argument(
        "--distinct",
        nargs=3,
        metavar=("COUNT", "DIR", "LABEL"),
        help="the long tail: COUNT distinct URLs per kind, their lists written to DIR",
    )
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    parser.add_argument(
        "--budget", type=float, default=8.0, help="seconds at most per page and cache mode"
    )
    args = parser.parse_args(argv)
    if args.explain:
        explain(args.explain, args.slower_than)
        return 0
    if not args.out:
        parser.error("--out or --explain is needed")

    def progress(line):
        print(f"    {line}", flush=True)

    distinct = None
    if args.distinct:
        distinct = (int(args.distinct[0]), args.distinct[1], args.distinct[2])
    result = measure(
        args.queries_only,
        args.requests,
        args.budget,
        progress,
        with_files=not args.no_files,
        distinct=distinct,
    )
    with open(args.out, "w") as handle:
        json.dump(result, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
