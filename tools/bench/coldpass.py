"""What a visitor meets right after an editor saves, and what the listing weighs on the wire.

cold_pass(): with gunicorn running as in the load test (production settings: the page cache
is the DatabaseCache the workers share), one public project is saved through the ORM in a
separate process, as an editor's save would be (`python -m tools.bench.coldpass`): the
content generation moves on, every cached page is out of date, and the data has changed.
Then every measured page is requested a few times in turn over HTTP: the first request
builds the page, the later ones come from the cache again. Several passes, a save before
each.

compressed_size(): what the server sends for the listing when the client accepts Brotli
and gzip: Content-Encoding and the body's size on the wire.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tools import localdb

PASSES = 3
# An address of its own (TEST-NET-1, through X-Forwarded-For as the production settings read
# it): the load test has used up 127.0.0.1's API rate limit for the minute.
VISITOR = {"X-Forwarded-For": "192.0.2.15"}
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes, float]:
    """(status, headers, raw body, seconds) of a GET; the body is not decoded."""
    request = urllib.request.Request(  # noqa: S310 (the loopback gunicorn)
        url, headers={"Accept": ACCEPT, "Accept-Language": "nl", **(headers or {})}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
            body = response.read()
            status, answer = response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        body, status, answer = error.read(), error.code, dict(error.headers)
    return status, answer, body, time.perf_counter() - started


def save_a_project(env: dict) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.bench.coldpass"], env=env, cwd=localdb.BASE_DIR
    )
    if result.returncode != 0:
        raise RuntimeError(f"saving a project failed (exit status {result.returncode})")


def cold_pass(env: dict, base: str, pages: dict, workers: int) -> dict:
    """Per page: the first request after a save (median over the passes) and the requests
    after it (median), in milliseconds, client side (HTTP on the loopback)."""
    repeats = workers + 1  # the first builds the page; the others find it in the cache
    first = {key: [] for key in pages}
    later = {key: [] for key in pages}
    statuses = {key: set() for key in pages}
    for _pass in range(PASSES):
        save_a_project(env)
        for key, page in pages.items():
            for repeat in range(repeats):
                status, _headers, _body, seconds = fetch(base + page["url"], VISITOR)
                statuses[key].add(status)
                (first if repeat == 0 else later)[key].append(seconds * 1000)
    return {
        "passes": PASSES,
        "repeats": repeats,
        "pages": {
            key: {
                "first_ms": round(statistics.median(first[key]), 1),
                "first_max_ms": round(max(first[key]), 1),
                "later_ms": round(statistics.median(later[key]), 1),
                "statuses": sorted(statuses[key]),
            }
            for key in pages
        },
    }


def compressed_size(base: str, path: str) -> dict:
    """The listing as a browser that accepts Brotli and gzip gets it (the second request,
    so that a page compressed once into the cache is what is measured)."""
    fetch(base + path, {"Accept-Encoding": "br, gzip"})
    status, headers, body, _seconds = fetch(base + path, {"Accept-Encoding": "br, gzip"})
    _status, _headers, plain, _seconds = fetch(base + path, {"Accept-Encoding": "identity"})
    lower = {name.lower(): value for name, value in headers.items()}
    return {
        "url": path,
        "status": status,
        "content_encoding": lower.get("content-encoding", ""),
        "bytes": len(body),
        "uncompressed_bytes": len(plain),
    }


def main() -> int:
    """Save the public project with the lowest id, its summary changed, as an editor would."""
    import django

    django.setup()
    from django.db import transaction

    from projects.models import Project

    with transaction.atomic():
        project = Project.objects.public().order_by("pk").select_for_update().first()
        marker = " Bijgewerkt."
        if project.summary_nl.endswith(marker):
            project.summary_nl = project.summary_nl.removesuffix(marker)
        else:
            project.summary_nl += marker
        project.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
