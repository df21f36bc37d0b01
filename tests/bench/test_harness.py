"""The pieces of `make bench` that need no benchmark database: baseline view, parsing, report."""

import pytest
from django.test import override_settings

from tests.factories import OrganisationFactory
from tools.bench import measure, report
from tools.bench.load import parse_wrk

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


def test_report_with_every_target_met():
    pages = [page("project_list", "Project listing", 5), page("home", "Home", 8)]
    text = report.render(data(pages, pages))
    assert "**8 of 8 targets met.**" in text
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
    assert "**3 of 8 targets met.**" in text
    assert "| +200.0 MiB for 90 MB | ✘ |" in text
    assert "most: 12 (Project listing)" in text
    assert "differ: Project listing" in text
    assert "1 of 1 pages" not in text and "missed: Project listing" in text
    assert "| Project listing at least 0.5 × the minimal view's requests/s | 0.40 × | ✘ |" in text
