"""The pieces of `make bench` that need no benchmark database: baseline view, parsing, report."""

import pytest
from django.test import override_settings

from tests.factories import OrganisationFactory
from tools.bench import longtail as longtail_urls
from tools.bench import measure, report
from tools.bench.load import parse_script, parse_wrk, summary

WRK_OUTPUT = """\
Running 10s test @ http://127.0.0.1:40000/nl/projects/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    67.30ms   20.10ms 472.00ms   90.00%
    Req/Sec   114.00     20.00   150.00     70.00%
  Latency Distribution
     50%   67.30ms
     75%   80.00ms
     90%  100.00ms
     99%    1.20s
  2276 requests in 10.01s, 40.00MB read
  Socket errors: connect 0, read 0, write 0, timeout 2
  Non-2xx or 3xx responses: 3
Requests/sec:    227.45
Transfer/sec:      4.00MB
"""


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tools.bench.urls")
def test_minimal_view_is_one_query(client, django_assert_num_queries):
    OrganisationFactory(name_nl="Kinderstem")
    with django_assert_num_queries(1):
        response = client.get("/bench/minimal/")
    assert response.status_code == 200
    assert b"Kinderstem" in response.content


def test_minimal_view_is_not_on_the_public_site(client, db):
    assert client.get("/bench/minimal/").status_code == 404


def test_wrk_output_is_read():
    assert parse_wrk(WRK_OUTPUT) == {
        "rps": 227.45,
        "requests": 2276,
        "p50_ms": 67.3,
        "p99_ms": 1200.0,
        "errors": 5,
    }


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 201)]
    assert measure.percentile(values, 0.95) == 190.0
    assert measure.percentile([5.0], 0.95) == 5.0


def page(key, label, queries, median=5.0, p95=9.0, has_target=True, status=200):
    timing = {"requests": 200, "median_ms": median, "p95_ms": p95, "stopped_early": False}
    return {
        "key": key,
        "label": label,
        "url": f"/nl/{key}/",
        "has_target": has_target,
        "status": status,
        "queries": queries,
        "sql_ms": 3.0,
        "slowest_sql_ms": 2.0,
        "bytes": 2048,
        "timing": {"deployed": timing, "off": timing},
    }


def files(peak_growth_mib=3.5, status=200):
    return [
        {"key": "iati_all", "label": "IATI: every public activity", "url": "/iati/activities.xml",
         "status": status, "bytes": 90_000_000, "seconds": 40.0, "queries": 400,
         "peak_growth_mib": peak_growth_mib},
        {"key": "csv_projects", "label": "CSV: every public project", "url": "/x.csv",
         "status": 200, "bytes": 9_000_000, "seconds": 4.0, "queries": 41,
         "peak_growth_mib": 0.0},
    ]  # fmt: skip


def data(bench_pages, demo_pages, listing_rps=200.0, bench_files=None):
    endpoint = {"p50_ms": 5.0, "p99_ms": 9.0, "errors": 0, "requests": 1000, "url": "/"}
    return {
        "machine": {
            "date": "2026-11-22 12:00 UTC",
            "commit": "abc1234",
            "uncommitted_changes": False,
            "cores": 2,
            "cpu": "AMD EPYC",
            "memory_gib": 23.5,
            "load_average": [1, 1, 1],
            "load_average_before": [1, 1, 1],
            "system": "Linux",
            "python": "3.11",
            "django": "5.2",
            "postgresql": "15",
            "gunicorn": "27",
            "wrk": "wrk 4.1.0",
            "run_seconds": 400,
        },
        "demo": {
            "pages": demo_pages,
            "files": files(),
            "counts": {"project": 24},
            "cache_backends": {},
        },
        "bench": {
            "pages": bench_pages,
            "files": bench_files or files(),
            "counts": {"project": 20000},
            "cache_backends": {"default": "DatabaseCache"},
        },
        "load": {
            "rounds": 2,
            "workers": 2,
            "threads": 2,
            "connections": 16,
            "duration": 10,
            "endpoints": [
                {**endpoint, "key": "project_list", "label": "Project listing", "rps": listing_rps},
                {**endpoint, "key": "minimal", "label": "Minimal", "rps": 250.0},
                {**endpoint, "key": "static", "label": "Static", "rps": 1000.0},
            ],
        },
        "settings": {"requests": 200, "budget": 8.0},
    }


def test_report_of_an_older_run_says_what_it_did_not_measure():
    """Figures from before issue #15 (no long tail, one size): those targets not met."""
    pages = [page("project_list", "Project listing", 5), page("home", "Home", 8)]
    text = report.render(data(pages, pages))
    assert "**8 of 13 targets met, 5 not measured in this run.**" in text
    assert "| IATI: every public activity | 90,000 kB / 90.0 MB | 40.0 s | 400 / 400 |" in text
    assert "| Project listing | 200.0 | 0.80 | 0.200 |" in text
    assert "✘" not in text


def test_report_names_what_missed():
    bench = [
        page("project_list", "Project listing", 12, median=45.0),
        page("home", "Home", 8, has_target=False, median=500.0),
    ]
    demo = [page("project_list", "Project listing", 11), page("home", "Home", 8)]
    text = report.render(data(bench, demo, listing_rps=100.0, bench_files=files(200.0)))
    assert "**3 of 13 targets met, 5 not measured in this run.**" in text
    assert "| +200.0 MiB for 90 MB | ✘ |" in text
    assert "most: 12 (Project listing)" in text
    assert "differ: Project listing" in text
    assert "1 of 1 pages" not in text and "missed: Project listing" in text
    assert "| Project listing at least 0.5 × the minimal view's requests/s | 0.40 × | ✘ |" in text


# --- issue #15: the long tail, the cold pass, two sizes, the compressed listing ------------


def distinct_run(key, ok_rps, sent=500):
    return {"key": key, "urls": 6000, "rps": ok_rps, "ok_rps": ok_rps, "requests": sent,
            "p50_ms": 40.0, "p99_ms": 90.0, "errors": 0, "rate_limited": 0,
            "statuses": {"200": sent}, "sent": sent, "rounds": [ok_rps]}  # fmt: skip


def longtail(median=12.0, p95=30.0):
    timing = {"requests": 200, "median_ms": median, "p95_ms": p95, "stopped_early": False,
              "statuses": {"200": 200}, "found": {"some": 190, "none": 10}}  # fmt: skip
    return {
        kind: {
            "urls": 6000,
            "list": f"urls-{kind}.txt",
            "timing": timing,
            "timing_off": {**timing, "median_ms": 40.0, "p95_ms": 60.0},
            "examples": ["/nl/x/"],
        }
        for kind in ("listing", "filtered", "search")
    }


def in_turns(first=12.0, larger=15.0):
    """The long tail timed again in turns (paired.py): a timing per kind and size."""

    def timing(median):
        return {"requests": 200, "median_ms": median, "p95_ms": 2 * median,
                "statuses": {"200": 200}}  # fmt: skip

    return {kind: [timing(first), timing(larger)] for kind in ("listing", "filtered", "search")}


def issue_15(figures, *, larger_median=15.0, larger_queries=5, distinct_rps=20.0, encoding="br"):
    """The figures of a run at 20,000 and 100,000 projects, every part of issue #15 measured."""
    bench = figures["bench"]
    bench["longtail"] = longtail()
    larger_pages = [
        {**p, "queries": larger_queries if p["key"] == "project_list" else p["queries"]}
        for p in bench["pages"]
    ]
    counts = {"organisation": 500, "donor": 1000, "funding": 50000, "project": 20000}
    figures["sizes"] = [
        {"projects": 20000, "database": "cpcportal_bench", "generate_seconds": 80, **bench,
         "counts": counts},
        {"projects": 100000, "database": "cpcportal_bench_100k", "generate_seconds": 420,
         "seconds": 300,
         "pages": larger_pages, "longtail": longtail(median=larger_median), "files": [],
         "counts": {**counts, "project": 100000}},
    ]  # fmt: skip
    figures["in_turns"] = in_turns(larger=larger_median)
    load = figures["load"]
    load["distinct"] = [distinct_run(k, distinct_rps) for k in ("listing", "filtered", "search")]
    load["compression"] = {"url": "/nl/projects/", "status": 200, "content_encoding": encoding,
                           "bytes": 9000, "uncompressed_bytes": 48000}  # fmt: skip
    load["cold"] = {"passes": 3, "repeats": 3, "pages": {"project_list": {
        "first_ms": 310.0, "first_max_ms": 330.0, "later_ms": 4.0, "statuses": [200]}}}  # fmt: skip
    return figures


def test_report_of_two_sizes_with_every_target_met():
    pages = [page("project_list", "Project listing", 5), page("home", "Home", 8)]
    text = report.render(issue_15(data(pages, pages)))
    assert "**13 of 13 targets met.**" in text
    # The run time is a target for the default size: the other sizes' part taken out.
    assert "without the other sizes' databases and measurements 1 min 40 s | ✔ |" in text
    assert "✘" not in text
    assert "listing 1.25 ×; filtered 1.25 ×; search 1.25 ×" in text
    assert "| Project listing, distinct URLs |  | 12.0 ms → 15.0 ms | 1.25 × |" in text
    assert "| Project listing | 310 ms | 330 ms | 4.0 ms | 77.50 × | 200 |" in text
    assert "| `cpcportal_bench_100k` | 7 min 00 s |" in text
    # Judged as deployed (a new URL misses the page cache); the caches-off cost beside it.
    assert (
        "| Search | 6,000 | 200 | 12.0 ms | 30.0 ms | 40.0 ms / 60.0 ms | 200: 200 | 95 % |" in text
    )
    # Beside the page's own uncached time: the same page over distinct URLs.
    assert "| 5.0 ms | 9.0 ms | 5.0 ms | 9.0 ms | 12.0 ms / 30.0 ms | 2 KiB |" in text


def test_report_names_what_the_long_tail_missed():
    pages = [page("project_list", "Project listing", 5), page("home", "Home", 8)]
    figures = issue_15(
        data(pages, pages), larger_median=30.0, larger_queries=6, distinct_rps=5.0, encoding=""
    )
    text = report.render(figures)
    assert "**9 of 13 targets met.**" in text
    assert "listing 2.50 ×" in text  # the growth between the sizes
    assert "differ: Project listing" in text
    assert "listing 0.020 ×; filtered 0.020 ×; search 0.020 ×" in text
    assert "| 9 KiB (not compressed) | ✘ |" in text


def test_growth_is_judged_on_the_sizes_timed_in_turns():
    """Passes minutes apart met a faster or slower machine; the pass in turns did not."""
    pages = [page("project_list", "Project listing", 5), page("home", "Home", 8)]
    figures = issue_15(data(pages, pages), larger_median=19.2)  # 1.60 × in the passes apart
    figures["in_turns"] = in_turns(first=16.0, larger=20.8)  # 1.30 × in turns
    text = report.render(figures)
    assert "listing 1.30 ×; filtered 1.30 ×; search 1.30 ×" in text
    assert "**13 of 13 targets met.**" in text
    assert "| Search, distinct URLs |  | 12.0 ms → 19.2 ms | 1.60 × |" in text  # still shown
    assert "| Search | 16.0 ms / 32.0 ms | 20.8 ms / 41.6 ms | 1.30 × |" in text

    figures["in_turns"]["search"][1]["median_ms"] = 25.6
    text = report.render(figures)
    assert "search 1.60 ×" in text and "**12 of 13 targets met.**" in text

    del figures["in_turns"]  # a run before paired.py: not measured, never met
    text = report.render(figures)
    assert "The long tail was not timed in turns" in text
    assert "**12 of 13 targets met.**" in text


def test_the_hand_written_design_goes_in_as_it_is(tmp_path, monkeypatch):
    design = tmp_path / "design.md"
    design.write_text("We chose a narrow table.\n\n| design | ms |\n| --- | ---: |\n| a | 9 |\n")
    monkeypatch.setattr(report.report_tail, "DESIGN", design)
    pages = [page("project_list", "Project listing", 5)]
    text = report.render(data(pages, pages))
    assert "## Why the listing is built this way\n\nWe chose a narrow table.\n\n| design |" in text
    monkeypatch.setattr(report.report_tail, "DESIGN", tmp_path / "missing.md")
    assert "Why the listing" not in report.render(data(pages, pages))


def test_rate_limited_answers_are_counted_apart_from_errors():
    output = WRK_OUTPUT.replace("Non-2xx or 3xx responses: 3", "Non-2xx or 3xx responses: 2000")
    output += "status 200: 276\nstatus 429: 1998\nstatus 500: 2\npaths sent: 2280\n"
    run = {**parse_wrk(output), **parse_script(output)}
    measured = summary([run])
    assert measured["rate_limited"] == 1998
    assert measured["errors"] == 4  # two 500s and two timeouts
    assert measured["ok_rps"] == pytest.approx(227.45 * 274 / 2276, abs=0.1)


def test_distinct_urls_do_not_repeat():
    assert len(set(longtail_urls.listing_urls(2000, 6000))) == 6000
    searches = longtail_urls.search_urls(6000)
    assert len(set(searches)) == 6000
    assert any("q=geweld" in url for url in searches)
    combinations = longtail_urls.filter_combinations(
        [(["KG", "NL"], ["child-protection"], "running", "project", 2024, 2026)], 2026
    )
    assert combinations["country", "KG", "year", 2025] == 1
    filtered = longtail_urls.filtered_urls(combinations, 100)
    assert len(set(filtered)) == 100
    assert "/nl/projects/?country=NL&year=2024" in filtered


def test_a_typo_is_one_slip():
    import random

    rng = random.Random(1)
    for _ in range(50):
        slipped = longtail_urls.typo(rng, "pleegkinderen")
        assert slipped != "pleegkinderen"
        assert abs(len(slipped) - len("pleegkinderen")) <= 1


def test_the_listing_says_what_it_found():
    page = b'<p class="results-count" role="status">\n  1.234 projecten gevonden'
    assert longtail_urls.projects_found(page) == 1234
    assert longtail_urls.projects_found(b'<div class="empty-result">Niets</div>') == 0
    assert longtail_urls.projects_found(b"<p>another listing</p>") is None


def test_sizes_are_timed_in_turns_a_block_at_a_time():
    from tools.bench import paired

    calls = []

    class FakeWorker:
        def __init__(self, name):
            self.name = name

        def send(self, urls):
            calls.append((self.name, list(urls)))
            return {"samples": [0.01] * len(urls), "statuses": {"200": len(urls)}}

    lists = [[f"/a/{i}" for i in range(30)], [f"/b/{i}" for i in range(30)]]
    timings = paired.in_turns([FakeWorker("a"), FakeWorker("b")], lists, requests=25)
    assert calls[:2] == [("a", lists[0][-3:]), ("b", lists[1][-3:])]  # untimed warm-up
    turns = [(name, urls[0], len(urls)) for name, urls in calls[2:]]
    assert turns == [("a", "/a/0", 10), ("b", "/b/0", 10), ("b", "/b/10", 10),
                     ("a", "/a/10", 10), ("a", "/a/20", 5), ("b", "/b/20", 5)]  # fmt: skip
    assert [t["requests"] for t in timings] == [25, 25]
    assert timings[0]["median_ms"] == 10.0 and timings[0]["statuses"] == {"200": 25}
