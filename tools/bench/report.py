"""docs/performance.md from the figures `run.py` collected: figures and targets side by side.

`python -m tools.bench.report` writes it again from the last run's var/bench/figures.json
(after a change to this file, without measuring again).
"""

from __future__ import annotations

from tools.bench import report_sizes, report_tail
from tools.bench.files import file_section, file_verdicts
from tools.bench.report_format import NONE, code, duration, mark, ms, size, sql_ms, table

MAX_QUERIES = 10
MEDIAN_TARGET_MS = 30
P95_TARGET_MS = 60
LISTING_SHARE_OF_MINIMAL = 0.5
RUN_TARGET_SECONDS = 15 * 60


def time_ok(timing: dict) -> bool:
    return timing["median_ms"] < MEDIAN_TARGET_MS and timing["p95_ms"] < P95_TARGET_MS


def render(data: dict) -> str:
    machine, demo, bench, load = data["machine"], data["demo"], data["bench"], data["load"]
    demo_pages = {page["key"]: page for page in demo["pages"]}
    pages = bench["pages"]
    endpoints = {endpoint["key"]: endpoint for endpoint in load["endpoints"]}
    minimal = endpoints["minimal"]["rps"] or float("nan")
    static = endpoints["static"]["rps"] or float("nan")

    # --- the verdicts ------------------------------------------------------------------
    worst = max(pages, key=lambda page: page["queries"])
    demo_worst = max(demo["pages"], key=lambda page: page["queries"])
    queries_ok = worst["queries"] <= MAX_QUERIES and demo_worst["queries"] <= MAX_QUERIES
    differ = [p["label"] for p in pages if p["queries"] != demo_pages[p["key"]]["queries"]]
    not_ok = [p["label"] for p in [*pages, *demo["pages"]] if p["status"] != 200]
    timed = [page for page in pages if page["has_target"]]
    slow = [page["label"] for page in timed if not time_ok(page["timing"]["deployed"])]
    listing_share = endpoints["project_list"]["rps"] / minimal
    run_seconds = machine["run_seconds"]
    sizes = data.get("sizes") or [bench]
    first_size_seconds = run_seconds
    if len(sizes) > 1:  # the other sizes' parts taken out (older runs did not time them)
        others = [other.get("seconds") for other in sizes[1:]]
        first_size_seconds = None if None in others else run_seconds - sum(others)
    verdicts = [
        (
            f"At most {MAX_QUERIES} SQL queries on every page (both sizes)",
            f"most: {max(worst['queries'], demo_worst['queries'])} ({worst['label']})",
            queries_ok,
        ),
        (
            "The same number of queries at the demo and at the benchmark size",
            "all equal" if not differ else "differ: " + ", ".join(differ),
            not differ,
        ),
        (
            "Every measured page answers 200",
            "all 200" if not not_ok else "not 200: " + ", ".join(sorted(set(not_ok))),
            not not_ok,
        ),
        (
            f"Server time below {MEDIAN_TARGET_MS} ms median and {P95_TARGET_MS} ms p95 "
            "(listings, filtered listing, search, detail pages; cache as deployed)",
            f"{len(timed) - len(slow)} of {len(timed)} pages"
            + (f"; missed: {', '.join(slow)}" if slow else ""),
            not slow,
        ),
        (
            f"Project listing at least {LISTING_SHARE_OF_MINIMAL:g} × the minimal view's "
            "requests/s",
            f"{listing_share:.2f} ×",
            listing_share >= LISTING_SHARE_OF_MINIMAL,
        ),
        (
            "`make bench` under 15 minutes (the default size)",
            f"this run: {duration(run_seconds)} (without installing the virtualenv)"
            + (
                "; without the other sizes' databases and measurements "
                + (duration(first_size_seconds) if first_size_seconds else "(not timed)")
                if len(sizes) > 1
                else ""
            ),
            first_size_seconds < RUN_TARGET_SECONDS if first_size_seconds is not None else None,
        ),
    ]
    verdicts += file_verdicts(demo["files"], bench["files"])
    verdicts += report_tail.verdicts(data)
    met = sum(ok is True for _target, _result, ok in verdicts)
    unmeasured = sum(ok is None for _target, _result, ok in verdicts)

    out = [
        "# Performance",
        "",
        "Written by `make bench` (`tools/bench/`, issues #7 and #15); do not edit by hand, run it "
        "again. The absolute figures belong to the machine below and to whatever else ran on "
        "it: compare pages with each other and with the two baselines, not with another "
        "machine's milliseconds.",
        "",
        f"**{machine['date']}**, commit `{machine['commit']}`"
        + (" with uncommitted changes" if machine["uncommitted_changes"] else "")
        + f". **{met} of {len(verdicts)} targets met"
        + (f", {unmeasured} not measured in this run" if unmeasured else "")
        + ".**",
        "",
        "## Targets",
        "",
        *table(
            ["target", "result", "met"],
            [[target, result, mark(ok)] for target, result, ok in verdicts],
            "llc",
        ),
        "",
        *report_tail.design_section(),
        "## The machine",
        "",
        *table(
            ["", ""],
            [
                ["CPU", f"{machine['cores']} cores, {machine['cpu']}"],
                ["memory", f"{machine['memory_gib']} GiB"],
                [
                    "load average (1, 5, 15 min) before the run / after",
                    f"{', '.join(map(str, machine['load_average_before']))} / "
                    f"{', '.join(map(str, machine['load_average']))}",
                ],
                ["system", machine["system"]],
                [
                    "software",
                    f"Python {machine['python']}, Django {machine['django']}, "
                    f"PostgreSQL {machine['postgresql']}, gunicorn {machine['gunicorn']}, "
                    f"{machine['wrk']}",
                ],
                ["this run", duration(run_seconds)],
            ],
            "ll",
        ),
        "",
        "Everything ran on this one machine: PostgreSQL, the application and the load "
        "generator share its cores.",
        "",
        "## The data",
        "",
        "The demo size is `manage.py load_demo`; the benchmark size is `manage.py bench_data` "
        "(generated, the same on every run: `tools/bench/generate.py`), then `VACUUM "
        "ANALYZE`. Both are databases of their own (`cpcportal_bench_demo`, `cpcportal_bench`), "
        "made again on every run.",
        "",
        *table(
            ["rows", "demo", "benchmark"],
            [[name, demo["counts"][name], count] for name, count in bench["counts"].items()],
        ),
        "",
        "## SQL queries per request",
        "",
        "One GET after a warm-up request, every cache off (`DummyCache`), in Dutch. Detail "
        "pages show the biggest of their kind at each size: the organisation, donor and "
        "country with the most public projects, the project with the most participants and "
        "funders. *SQL time* is the database's share of that one request at the benchmark "
        "size (all queries / the slowest).",
        "",
        *table(
            [
                "page",
                "demo",
                "benchmark",
                f"≤ {MAX_QUERIES} and equal",
                "SQL time (all / slowest)",
                "URL at the benchmark size",
            ],
            [
                [
                    page["label"],
                    demo_pages[page["key"]]["queries"],
                    page["queries"],
                    mark(
                        page["queries"] == demo_pages[page["key"]]["queries"]
                        and page["queries"] <= MAX_QUERIES
                    ),
                    f"{sql_ms(page['sql_ms'])} / {sql_ms(page['slowest_sql_ms'])}",
                    code(page["url"]) + ("" if page["status"] == 200 else f" ({page['status']})"),
                ]
                for page in pages
            ],
            "lrrcrl",
        ),
        "",
        "A page with more queries at the benchmark size than at the demo size does work per "
        "row somewhere (N+1). One with fewer at the demo size usually has an empty list "
        "there: Django runs no prefetch query for an empty list.",
        "",
        "## Server time",
        "",
        f"At the benchmark size, in one process through Django's WSGI handler (what gunicorn "
        f"calls; no network), warm: after a warm-up, up to {data['settings']['requests']} "
        f"requests per page, one after another, or as many as fit in "
        f"{data['settings']['budget']:g} s (fewer are marked *n*). *As deployed*: the cache "
        f"of the production settings ({cache_text(bench['cache_backends'])}); *no cache*: "
        f"`DummyCache`, the raw cost of the page. Target: below {MEDIAN_TARGET_MS} ms median "
        f"and {P95_TARGET_MS} ms p95 for listings, the filtered listing, search and detail "
        "pages, as deployed. *No cache, distinct URLs*: the same page over thousands of "
        "different URLs, each once (the long tail, below); the target there is at most "
        f"{report_tail.UNCACHED_MEDIAN_MS} ms median and {report_tail.UNCACHED_P95_MS} ms p95.",
        "",
        *table(
            [
                "page",
                "requests",
                "median",
                "p95",
                "median, no cache",
                "p95, no cache",
                "no cache, distinct URLs (median / p95)",
                "response",
                "target",
            ],
            [timing_row(page, bench.get("longtail")) for page in pages],
            "lrrrrrrrc",
        ),
        "",
        *report_sizes.sizes_section(data),
        *file_section(demo["files"], bench["files"], table, code),
        "## Throughput under load",
        "",
        f"gunicorn with the production settings (`tools.bench.settings` adds only the "
        f"baseline view), {load['workers']} workers, on 127.0.0.1; wrk in a second process, "
        f"{load['threads']} threads, {load['connections']} connections, {load['duration']} s "
        f"per endpoint after a warm-up, in {load['rounds']} rounds of every endpoint in turn "
        "(requests/s is their mean), all in the same run. "
        "Baselines: a minimal Django view rendering a small template from one query "
        "(`/bench/minimal/`, not part of the public site), and a static file served by "
        "whitenoise. Each endpoint is one URL, so a page the portal caches comes from the "
        "cache after the first request, as a popular page would. Target: the project listing "
        f"at least {LISTING_SHARE_OF_MINIMAL:g} × the minimal view. *Requests/s* counts the "
        "answers that carry the page (2xx); answers 429 of the API's rate limit are counted "
        "apart from the errors. The API allows an address 120 requests a minute as deployed "
        "(`API_RATE_LIMIT`) and wrk sends every request from one address, so whenever the API "
        "answers more than two a second most answers are 429 (the thousands of errors this "
        "row used to show): the *one client* row measures that limit more than the API. The "
        "*many clients* row sends each "
        "request with another X-Forwarded-For address, as the reverse proxy in front of many "
        "visitors does (the production settings read the client's address from it), and so "
        "measures the API itself with its limit still on.",
        "",
        *table(
            [
                "endpoint",
                "requests/s",
                "× minimal view",
                "× static file",
                "latency p50 / p99",
                "errors",
                "429 (rate limit)",
                "requests/s per round",
                "target",
            ],
            [
                [
                    endpoint["label"],
                    f"{endpoint.get('ok_rps', endpoint['rps']):.1f}",
                    f"{endpoint.get('ok_rps', endpoint['rps']) / minimal:.2f}",
                    f"{endpoint.get('ok_rps', endpoint['rps']) / static:.3f}",
                    f"{ms(endpoint['p50_ms'])} / {ms(endpoint['p99_ms'])}",
                    endpoint["errors"],
                    endpoint.get("rate_limited", NONE),
                    " / ".join(f"{rps:.0f}" for rps in endpoint.get("rounds", [])),
                    mark(endpoint["rps"] / minimal >= LISTING_SHARE_OF_MINIMAL)
                    if endpoint["key"] == "project_list"
                    else NONE,
                ]
                for endpoint in load["endpoints"]
            ],
            "lrrrrrrrc",
        ),
        "",
        *report_tail.longtail_section(data),
        *report_tail.cold_section(data),
        *report_tail.compression_section(data),
        "## Running it",
        "",
        "`make bench` (needs `wrk`: `apt-get install wrk`) at the benchmark size; "
        '`make bench BENCH_ARGS="--sizes 20000,100000"` at both sizes in one run (the load '
        "test, the long tail under load and the cold pass at the first); "
        '`BENCH_ARGS="--projects 2000 --duration 4"` for a quick run while developing. The '
        "databases stay until the next run, so a page's queries can be examined with EXPLAIN "
        "ANALYZE afterwards, and the long tail's URLs are in `var/bench/urls-*.txt`:",
        "",
        "```sh",
        '.venv/bin/python -m tools.bench.run --explain "/nl/projects/"',
        "```",
        "",
    ]
    return "\n".join(out)


def cache_text(backends: dict) -> str:
    return ", ".join(f"`{alias}`: {backend}" for alias, backend in backends.items())


def timing_row(page: dict, longtail: dict | None) -> list:
    deployed, off = page["timing"]["deployed"], page["timing"]["off"]
    kind = {key: kind for kind, (_label, key) in report_tail.KINDS.items()}.get(page["key"])
    distinct = (longtail or {}).get(kind, {}).get("timing")
    requests = f"{deployed['requests']}" + (" *n*" if deployed["stopped_early"] else "")
    if off["requests"] != deployed["requests"]:
        requests += f" / {off['requests']}" + (" *n*" if off["stopped_early"] else "")
    return [
        page["label"],
        requests,
        ms(deployed["median_ms"]),
        ms(deployed["p95_ms"]),
        ms(off["median_ms"]),
        ms(off["p95_ms"]),
        f"{ms(distinct['median_ms'])} / {ms(distinct['p95_ms'])}" if distinct else NONE,
        size(page["bytes"]),
        mark(time_ok(deployed)) if page["has_target"] else NONE,
    ]


def main() -> None:
    import json

    from tools import localdb

    figures = json.loads((localdb.VAR_DIR / "bench" / "figures.json").read_text())
    (localdb.BASE_DIR / "docs" / "performance.md").write_text(render(figures))


if __name__ == "__main__":
    main()
