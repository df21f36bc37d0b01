"""docs/performance.md, the parts of issue #15: the long tail of distinct URLs, the cold pass
after a save, the growth between sizes, the compressed listing, and the hand-written design.

Every function takes the figures run.py collected; a part a run did not measure (figures of
an older run, one size only) is reported as not measured, never as met.
"""

from __future__ import annotations

from tools import localdb
from tools.bench.report_format import NONE, code, mark, ms, size, table
from tools.bench.report_sizes import GROWTH_LIMIT, KINDS, growth_in_turns, ratio, thousands

UNCACHED_MEDIAN_MS = 20
UNCACHED_P95_MS = 50
DISTINCT_SHARE_OF_MINIMAL = 0.04
MAX_QUERIES = 10
COMPRESSED_LIMIT = 12 * 1024
DESIGN = localdb.BASE_DIR / "tools" / "bench" / "design.md"


def verdicts(data: dict) -> list[tuple[str, str, bool | None]]:
    sizes = data.get("sizes") or [
        {"projects": data["bench"]["counts"].get("project"), **data["bench"]}
    ]
    first, larger = sizes[0], sizes[1:]
    tail = first.get("longtail") or {}
    load = data["load"]
    n = thousands(first["projects"] or 0)
    out = []

    timings = {kind: tail[kind]["timing"] for kind in KINDS if kind in tail}
    out.append(
        (
            f"Uncached at {n} projects, a different URL each time: project listing, filtered "
            f"listing and search each at most {UNCACHED_MEDIAN_MS} ms median and "
            f"{UNCACHED_P95_MS} ms p95 server time",
            "; ".join(
                f"{kind} {ms(t['median_ms'])} / {ms(t['p95_ms'])}" for kind, t in timings.items()
            )
            or "not measured",
            all(
                t["median_ms"] <= UNCACHED_MEDIAN_MS and t["p95_ms"] <= UNCACHED_P95_MS
                for t in timings.values()
            )
            if len(timings) == len(KINDS)
            else None,
        )
    )

    minimal = next((e["rps"] for e in load["endpoints"] if e["key"] == "minimal"), 0) or None
    distinct = {run["key"]: run for run in load.get("distinct", [])}
    shares = {kind: distinct[kind]["ok_rps"] / minimal for kind in KINDS if kind in distinct}
    out.append(
        (
            f"A different URL on every request: at least {DISTINCT_SHARE_OF_MINIMAL:g} × the "
            "minimal view's requests/s (each kind, answered pages only)",
            "; ".join(f"{kind} {share:.3f} ×" for kind, share in shares.items()) or "not measured",
            all(share >= DISTINCT_SHARE_OF_MINIMAL for share in shares.values())
            if minimal and len(shares) == len(KINDS)
            else None,
        )
    )

    demo_queries = {page["key"]: page["queries"] for page in data["demo"]["pages"]}
    if larger:
        biggest = larger[-1]
        grown = {kind: growth_in_turns(data, len(sizes) - 1, kind) for kind in KINDS}
        out.append(
            (
                f"At {thousands(biggest['projects'])} projects: listing, filtered listing and "
                f"search at most {GROWTH_LIMIT:g} × their median time at {n} (uncached, "
                "distinct URLs, both sizes timed in turns)",
                "; ".join(f"{kind} {ratio(g, 1)}" for kind, g in grown.items()),
                all(g is not None and g <= GROWTH_LIMIT for g in grown.values()),
            )
        )
        worst = max(biggest["pages"], key=lambda page: page["queries"])
        differ = [p["label"] for p in biggest["pages"] if p["queries"] != demo_queries[p["key"]]]
        out.append(
            (
                f"At {thousands(biggest['projects'])} projects: at most {MAX_QUERIES} queries on "
                "every page, the same number as at the demo size",
                f"most: {worst['queries']} ({worst['label']})"
                + ("; all equal" if not differ else "; differ: " + ", ".join(differ)),
                worst["queries"] <= MAX_QUERIES and not differ,
            )
        )
    else:
        for text in (
            f"At 100,000 projects: listing, filtered listing and search at most "
            f"{GROWTH_LIMIT:g} × their time at {n}",
            f"At 100,000 projects: at most {MAX_QUERIES} queries, the same as at the demo size",
        ):
            out.append((text, "one size only (`--sizes 20000,100000` measures it)", None))

    compression = load.get("compression")
    if compression:
        encoding = compression["content_encoding"] or "not compressed"
        out.append(
            (
                f"Listing HTML at most {COMPRESSED_LIMIT // 1024} KiB as sent to a browser "
                "that accepts Brotli and gzip",
                f"{size(compression['bytes'])} ({encoding})",
                bool(compression["content_encoding"]) and compression["bytes"] <= COMPRESSED_LIMIT,
            )
        )
    else:
        out.append((f"Listing HTML at most {COMPRESSED_LIMIT // 1024} KiB compressed", "", None))
    return out


def design_section() -> list[str]:
    """tools/bench/design.md, written by hand, as it is."""
    if not DESIGN.is_file():
        return []
    return ["## Why the listing is built this way", "", DESIGN.read_text().strip(), ""]


def longtail_section(data: dict) -> list[str]:
    tail = data["bench"].get("longtail") or {}
    load = data["load"]
    distinct = {run["key"]: run for run in load.get("distinct", [])}
    if not tail:
        return []
    minimal = next((e["rps"] for e in load["endpoints"] if e["key"] == "minimal"), 0)
    rows = []
    for kind, (label, _key) in KINDS.items():
        measured = tail.get(kind)
        if not measured:
            continue
        timing, run = measured["timing"], distinct.get(kind)
        statuses = ", ".join(f"{c}: {n}" for c, n in timing["statuses"].items())
        row = [
            label,
            thousands(measured["urls"]),
            f"{timing['requests']}" + (" *n*" if timing["stopped_early"] else ""),
            ms(timing["median_ms"]),
            ms(timing["p95_ms"]),
            _off(measured.get("timing_off")),
            statuses,
            found_share(timing.get("found")),
        ]
        if run:
            repeated = run["sent"] > measured["urls"]
            row += [
                f"{run['ok_rps']:.1f}",
                f"{run['ok_rps'] / minimal:.3f}" if minimal else NONE,
                f"{ms(run['p50_ms'])} / {ms(run['p99_ms'])}",
                run["errors"] + run["rate_limited"],
                thousands(run["sent"]) + (" (repeated)" if repeated else ""),
                mark(run["ok_rps"] / minimal >= DISTINCT_SHARE_OF_MINIMAL) if minimal else NONE,
            ]
        else:
            row += [NONE] * 6
        rows.append(row)
    examples = [f"- {label}: " + ", ".join(code(url) for url in tail[kind]["examples"])
                for kind, (label, _key) in KINDS.items() if kind in tail]  # fmt: skip
    return [
        "## The long tail: a different URL on every request",
        "",
        "What a visitor gets when the page cache cannot help: every request asks for a URL "
        "not asked for before in the run (`tools/bench/longtail.py` draws them from the "
        "database, seeded; `tools/bench/distinct.lua` has wrk send them one after another, "
        "each thread its own share). *Listing*: `?page=N` over all pages, then in the other "
        "sort orders, then with a parameter the page ignores; *filtered*: combinations of "
        "country and year, theme and status and wider ones that the public projects have "
        "(so each shows cards), some on page 2 or 3; *search*: Dutch words of the generated "
        "texts, alone, with a place or in pairs, one in seven with a typo. Examples:",
        "",
        *examples,
        "",
        "*Server time* is in process as above, each URL once, with the cache as deployed: "
        "a new URL misses the page cache (and the page is compressed and stored, as in "
        "production), while the footer's few shared fragments come from the cache "
        f"(target: at most {UNCACHED_MEDIAN_MS} ms median and {UNCACHED_P95_MS} ms p95); "
        "*caches off* is the same on other URLs of the list with every cache off (`DummyCache`, "
        "the raw cost, as the *no cache* column above); "
        "*found projects*: the share of those pages that said they found at least one. "
        f"*Under load* is gunicorn and wrk as in *Throughput* below, {load['duration']} s per "
        "kind in one run; requests/s counts the answered pages (2xx); *sent* is how many URLs "
        "wrk sent, *repeated* if more than the list holds (some then came from the cache). "
        f"Target: at least {DISTINCT_SHARE_OF_MINIMAL:g} × the minimal view.",
        "",
        *table(
            [
                "kind",
                "distinct URLs",
                "requests",
                "server time median",
                "p95",
                "caches off median / p95",
                "answers",
                "found projects",
                "requests/s under load",
                "× minimal view",
                "latency p50 / p99",
                "errors",
                "sent",
                "target",
            ],
            rows,
            "lrrrrrlrrrrrrc",
        ),
        "",
    ]


def _off(timing: dict | None) -> str:
    if not timing:
        return NONE
    return f"{ms(timing['median_ms'])} / {ms(timing['p95_ms'])}"


def found_share(found: dict | None) -> str:
    """How many of the timed pages found projects ("unknown": the page did not say)."""
    if not found:
        return NONE
    told = found.get("some", 0) + found.get("none", 0)
    if not told:
        return "unknown"
    return f"{100 * found.get('some', 0) / told:.0f} %"


def cold_section(data: dict) -> list[str]:
    cold = data["load"].get("cold")
    if not cold:
        return []
    labels = {page["key"]: page["label"] for page in data["bench"]["pages"]}
    rows = [
        [
            labels.get(key, key),
            ms(page["first_ms"]),
            ms(page["first_max_ms"]),
            ms(page["later_ms"]),
            ratio(page["first_ms"], page["later_ms"]),
            ", ".join(str(status) for status in page["statuses"]),
        ]
        for key, page in cold["pages"].items()
    ]
    return [
        "## Right after a save: the cold pass",
        "",
        "With gunicorn running as in the load test (production settings: the page cache is "
        "the DatabaseCache all workers share), a separate process saves one public project "
        "through the ORM, as an editor's save would: the content generation moves on, so "
        "every cached page is out of date. Then each page is requested "
        f"{cold['repeats']} times in turn over HTTP, one request at a time: the first builds "
        "the page, the later ones find it in the cache again. "
        f"{cold['passes']} passes, a save before each; times are the client's, on the loopback.",
        "",
        *table(
            ["page", "first request (median)", "slowest first", "later requests", "×", "status"],
            rows,
            "lrrrrl",
        ),
        "",
    ]


def compression_section(data: dict) -> list[str]:
    found = data["load"].get("compression")
    if not found:
        return []
    encoding = code(found["content_encoding"]) if found["content_encoding"] else "none"
    return [
        "## The listing on the wire",
        "",
        f"{code(found['url'])} requested from gunicorn with `Accept-Encoding: br, gzip` (the "
        f"second request, so a copy compressed into the cache counts): Content-Encoding "
        f"{encoding}, {thousands(found['bytes'])} bytes sent; "
        f"{thousands(found['uncompressed_bytes'])} bytes uncompressed. Target: at most "
        f"{COMPRESSED_LIMIT // 1024} KiB ({thousands(COMPRESSED_LIMIT)} bytes), compressed.",
        "",
    ]
