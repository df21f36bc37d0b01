"""docs/performance.md, the growth between sizes (issue #15): each size's databases, the
queries and server time per page at each size, and the long tail timed in turns."""

from __future__ import annotations

from tools.bench.report_format import NONE, code, duration, ms, table

GROWTH_LIMIT = 1.5
# The kinds of longtail.py and the single-URL pages they correspond to.
KINDS = {
    "listing": ("Project listing", "project_list"),
    "filtered": ("Filtered listing", "project_filtered"),
    "search": ("Search", "project_search"),
}


def thousands(number: int) -> str:
    return f"{number:,}"


def ratio(later: float | None, first: float | None) -> str:
    return f"{later / first:.2f} ×" if later and first else NONE


def growth(first: dict, other: dict, kind: str) -> float | None:
    """How much a kind's median server time (distinct URLs, uncached) grew between sizes,
    each measured in its own pass, minutes apart."""
    a = (first.get("longtail") or {}).get(kind)
    b = (other.get("longtail") or {}).get(kind)
    if not a or not b:
        return None
    return b["timing"]["median_ms"] / a["timing"]["median_ms"]


def growth_in_turns(data: dict, index: int, kind: str) -> float | None:
    """The same growth from the pass in turns (paired.py): the first size and size `index`
    timed block by block, alternately, on the same machine at the same time."""
    timings = (data.get("in_turns") or {}).get(kind) or []
    if len(timings) <= index or not timings[0]["median_ms"] or not timings[index]["median_ms"]:
        return None
    return timings[index]["median_ms"] / timings[0]["median_ms"]


def sizes_section(data: dict) -> list[str]:
    sizes = data.get("sizes") or []
    if not sizes:
        return []
    out = [
        "## Sizes",
        "",
        "Each size is a database of its own, generated with the same seed and the same "
        "proportions (`Scale.for_projects` in `tools/bench/generate.py`: organisations, donors, "
        "fundings and partnerships grow with the projects; budgets, transactions and results "
        "follow the projects). *Generation* is `manage.py bench_data` with `VACUUM ANALYZE`.",
        "",
        *table(
            ["projects", "database", "generation", "organisations", "donors", "fundings"],
            [
                [
                    thousands(s["projects"]),
                    code(s["database"]),
                    duration(s["generate_seconds"]),
                    thousands(s["counts"]["organisation"]),
                    thousands(s["counts"]["donor"]),
                    thousands(s["counts"]["funding"]),
                ]
                for s in sizes
            ],
            "rlrrrr",
        ),
        "",
    ]
    if len(sizes) < 2:
        return out
    first, others = sizes[0], sizes[1:]
    demo = {page["key"]: page["queries"] for page in data["demo"]["pages"]}
    by_key = [{page["key"]: page for page in s["pages"]} for s in sizes]
    header = [
        "page",
        "queries (demo / " + " / ".join(thousands(s["projects"]) for s in sizes) + ")",
    ]
    for s in others:
        header += [
            f"uncached median, {thousands(first['projects'])} → {thousands(s['projects'])}",
            "growth",
            "as deployed, growth",
        ]
    rows = []
    for page in first["pages"]:
        key = page["key"]
        row = [
            page["label"],
            " / ".join(str(q) for q in [demo[key], *(pages[key]["queries"] for pages in by_key)]),
        ]
        for pages in by_key[1:]:
            a, b = page["timing"]["off"], pages[key]["timing"]["off"]
            c, d = page["timing"]["deployed"], pages[key]["timing"]["deployed"]
            row += [
                f"{ms(a['median_ms'])} → {ms(b['median_ms'])}",
                ratio(b["median_ms"], a["median_ms"]),
                ratio(d["median_ms"], c["median_ms"]),
            ]
        rows.append(row)
    for kind, (label, _key) in KINDS.items():
        row = [f"{label}, distinct URLs", ""]
        for s in others:
            a = (first.get("longtail") or {}).get(kind, {}).get("timing")
            b = (s.get("longtail") or {}).get(kind, {}).get("timing")
            row += [
                f"{ms(a and a['median_ms'])} → {ms(b and b['median_ms'])}",
                ratio(growth(first, s, kind), 1),
                NONE,
            ]
        rows.append(row)
    out += [
        "How each page's server time grows with the data: the median at each size, in process "
        "as in *Server time* above (uncached: `DummyCache`; as deployed: the page cache, which "
        "a repeated URL hits), and their ratio. A page whose cost follows what it shows, not "
        f"the data, stays near 1 ×; the target for the listings and search is at most "
        f"{GROWTH_LIMIT:g} ×. The queries must be equal at every size.",
        "",
        *table(header, rows, "l" + "r" * (len(header) - 1)),
        "",
        *in_turns_table(data, sizes),
    ]
    return out


def in_turns_table(data: dict, sizes: list[dict]) -> list[str]:
    """The long tail timed again with one process per size, block by block in turns: the
    growth the target is judged on."""
    in_turns = data.get("in_turns") or {}
    if not in_turns:
        return ["The long tail was not timed in turns (a run before paired.py).", ""]
    header = ["distinct URLs, in turns"]
    header += [f"median / p95 at {thousands(s['projects'])}" for s in sizes]
    header += [f"growth to {thousands(s['projects'])}" for s in sizes[1:]]
    rows = []
    for kind, (label, _key) in KINDS.items():
        timings = in_turns.get(kind) or []
        row = [label]
        row += [f"{ms(t['median_ms'])} / {ms(t['p95_ms'])}" for t in timings]
        row += [ratio(growth_in_turns(data, i, kind), 1) for i in range(1, len(timings))]
        rows.append(row)
    return [
        "The same distinct URLs timed again, one process per size, ten at a time in turns "
        "(`tools/bench/paired.py`): this machine's speed drifts between the passes above, "
        "minutes apart, and both sizes of a turn meet the same machine. The growth target is "
        "judged on these.",
        "",
        *table(header, rows, "l" + "r" * (len(header) - 1)),
        "",
    ]
