"""The load test of `make bench`: gunicorn on 127.0.0.1 and wrk from a second process.

Every page type of the issue beside two baselines, a minimal Django view and a static file
from whitenoise, in rounds (run.py calls load_test with the benchmark database's settings).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tools import devctl, localdb

LOAD_THREADS = 2
LOAD_CONNECTIONS = 16
LOAD_ROUNDS = 2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer /healthz within a minute")


@contextmanager
def gunicorn(env: dict, workers: int, log: Path):
    port = free_port()
    env = {**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "cpcportal.wsgi:application"],
            cwd=localdb.BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base, process)
            yield base
        finally:
            devctl.stop_process(process, timeout=20)


def wrk(url: str, duration: int) -> dict:
    command = [
        "wrk",
        f"--threads={LOAD_THREADS}",
        f"--connections={LOAD_CONNECTIONS}",
        f"--duration={duration}s",
        "--timeout=30s",
        "--latency",
        url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed: {result.stderr.strip() or result.stdout.strip()}")
    return parse_wrk(result.stdout)


def parse_wrk(output: str) -> dict:
    """Requests per second, median and p99 latency (ms), errors, from wrk's text output."""

    def milliseconds(text: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.MULTILINE))
    errors = sum(
        int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|timeout):?\s*(\d+)", output)
    )
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "requests": int(total.group(1)) if total else 0,
        "p50_ms": milliseconds(latency["50"]) if "50" in latency else None,
        "p99_ms": milliseconds(latency["99"]) if "99" in latency else None,
        "errors": errors,
    }


def load_test(env: dict, pages: dict, duration: int, work_dir: Path) -> dict:
    """Requests per second and latency of every endpoint, from gunicorn under wrk.

    `pages` are measure.py's page results by key (their URLs at the benchmark size);
    `work_dir` holds the collected static files and receives gunicorn's log.
    """
    manifest = json.loads((work_dir / "static" / "staticfiles.json").read_text())
    static_file = "/static/" + manifest["paths"]["css/portal.css"]
    endpoints = [
        ("home", "Home", pages["home"]["url"]),
        ("project_list", "Project listing", pages["project_list"]["url"]),
        ("project_filtered", "Filtered listing", pages["project_filtered"]["url"]),
        ("project_search", "Search", pages["project_search"]["url"]),
        ("project_detail", "Project page", pages["project_detail"]["url"]),
        ("api_projects", "API: projects", pages["api_projects"]["url"]),
        ("minimal", "Baseline: minimal Django view", "/bench/minimal/"),
        ("static", "Baseline: static file (whitenoise)", static_file),
    ]  # fmt: skip
    workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)
    # Rounds, each endpoint in turn: whatever else the machine does meanwhile weighs on all
    # endpoints alike, so the ratios to the baselines hold even when the absolutes drift.
    rounds = LOAD_ROUNDS if duration >= 2 * LOAD_ROUNDS else 1
    totals = {key: [] for key, _label, _path in endpoints}
    with gunicorn(env, workers, work_dir / "gunicorn.log") as base:
        for _key, _label, path in endpoints:
            wrk(base + path, 2)  # warm every worker (and its caches)
        for _round in range(rounds):
            for key, _label, path in endpoints:
                totals[key].append(wrk(base + path, duration // rounds))
    results = []
    for key, label, path in endpoints:
        runs = totals[key]
        measured = {
            "rps": round(sum(run["rps"] for run in runs) / len(runs), 1),
            "requests": sum(run["requests"] for run in runs),
            # Latency percentiles of the rounds do not add up: the worst round's.
            "p50_ms": max((run["p50_ms"] or 0 for run in runs), default=None),
            "p99_ms": max((run["p99_ms"] or 0 for run in runs), default=None),
            "errors": sum(run["errors"] for run in runs),
            "rounds": [run["rps"] for run in runs],
        }
        results.append({"key": key, "label": label, "url": path, **measured})
    return {
        "rounds": rounds,
        "workers": workers,
        "threads": LOAD_THREADS,
        "connections": LOAD_CONNECTIONS,
        "duration": duration,
        "endpoints": results,
    }
