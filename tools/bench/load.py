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
SCRIPT = Path(__file__).with_name("distinct.lua")
# The API as many visitors behind the reverse proxy reach it: the production settings take
# the client's address from X-Forwarded-For (CLIENT_IP_HEADER), so each address has its own
# rate limit. More addresses than the run sends requests at the limit's rate.
API_CLIENTS = 50_000


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


def wrk(url: str, duration: int, paths: str = "", clients: int = 0) -> dict:
    """One wrk run with distinct.lua: the answers counted by status; `paths`, a file of
    paths to send one after another; `clients`, that many X-Forwarded-For addresses."""
    command = [
        "wrk",
        f"--threads={LOAD_THREADS}",
        f"--connections={LOAD_CONNECTIONS}",
        f"--duration={duration}s",
        "--timeout=30s",
        "--latency",
        f"--script={SCRIPT}",
        url,
        "--",
        paths,
        str(LOAD_THREADS),
        str(clients),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed: {result.stderr.strip() or result.stdout.strip()}")
    return {**parse_wrk(result.stdout), **parse_script(result.stdout)}


def parse_script(output: str) -> dict:
    """distinct.lua's lines: answers by status, and how many paths were sent."""
    statuses = {code: int(n) for code, n in re.findall(r"^status (\d+): (\d+)$", output, re.M)}
    sent = re.search(r"^paths sent: (\d+)$", output, re.MULTILINE)
    return {
        "statuses": dict(sorted(statuses.items())),
        "rate_limited": statuses.get("429", 0),
        "sent": int(sent.group(1)) if sent else 0,
    }


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


def load_test(env: dict, pages: dict, duration: int, work_dir: Path, longtail=None) -> dict:
    """Requests per second and latency of every endpoint, from gunicorn under wrk.

    `pages` are measure.py's page results by key (their URLs at the benchmark size);
    `work_dir` holds the collected static files and receives gunicorn's log; `longtail`,
    measure.py's long tail (the files of distinct URLs per kind), or None. Then, on the
    same gunicorn: the listing's compressed size, and the cold pass after a save.
    """
    from tools.bench.coldpass import cold_pass, compressed_size

    manifest = json.loads((work_dir / "static" / "staticfiles.json").read_text())
    static_file = "/static/" + manifest["paths"]["css/portal.css"]
    api = pages["api_projects"]["url"]
    endpoints = [
        ("home", "Home", pages["home"]["url"], 0),
        ("project_list", "Project listing", pages["project_list"]["url"], 0),
        ("project_filtered", "Filtered listing", pages["project_filtered"]["url"], 0),
        ("project_search", "Search", pages["project_search"]["url"], 0),
        ("project_detail", "Project page", pages["project_detail"]["url"], 0),
        ("api_projects", "API: projects, one client (rate limit as deployed)", api, 0),
        ("api_clients", "API: projects, many clients", api, API_CLIENTS),
        ("minimal", "Baseline: minimal Django view", "/bench/minimal/", 0),
        ("static", "Baseline: static file (whitenoise)", static_file, 0),
    ]  # fmt: skip
    workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)
    # Rounds, each endpoint in turn: whatever else the machine does meanwhile weighs on all
    # endpoints alike, so the ratios to the baselines hold even when the absolutes drift.
    rounds = LOAD_ROUNDS if duration >= 2 * LOAD_ROUNDS else 1
    totals = {key: [] for key, _label, _path, _clients in endpoints}
    distinct = []
    with gunicorn(env, workers, work_dir / "gunicorn.log") as base:
        for _key, _label, path, clients in endpoints:
            wrk(base + path, 2, clients=clients)  # warm every worker (and its caches)
        for _round in range(rounds):
            for key, _label, path, clients in endpoints:
                totals[key].append(wrk(base + path, duration // rounds, clients=clients))
        # The long tail in one run per kind: a second round would send the same URLs again.
        for kind, measured in (longtail or {}).items():
            run = wrk(base + "/", duration, paths=measured["list"])
            distinct.append({"key": kind, "urls": measured["urls"], **summary([run])})
        compression = compressed_size(base, pages["project_list"]["url"])
        cold = cold_pass(env, base, pages, workers)
    results = []
    for key, label, path, clients in endpoints:
        results.append({"key": key, "label": label, "url": path, **summary(totals[key])})
        results[-1]["clients"] = clients or 1
    return {
        "rounds": rounds,
        "workers": workers,
        "threads": LOAD_THREADS,
        "connections": LOAD_CONNECTIONS,
        "duration": duration,
        "endpoints": results,
        "distinct": distinct,
        "compression": compression,
        "cold": cold,
    }


def summary(runs: list[dict]) -> dict:
    """The rounds of one endpoint together; 429 (the rate limit) apart from the errors."""
    statuses: dict[str, int] = {}
    for run in runs:
        for code, n in run.get("statuses", {}).items():
            statuses[code] = statuses.get(code, 0) + n
    rate_limited = statuses.get("429", 0)
    requests = sum(run["requests"] for run in runs)
    rps = sum(run["rps"] for run in runs) / len(runs)
    return {
        "rps": round(rps, 1),
        # Requests/s of the answers that carried the page (2xx and 3xx).
        "ok_rps": round(rps * (1 - (sum(run["errors"] for run in runs) / requests)), 1)
        if requests
        else 0.0,
        "requests": requests,
        # Latency percentiles of the rounds do not add up: the worst round's.
        "p50_ms": max((run["p50_ms"] or 0 for run in runs), default=None),
        "p99_ms": max((run["p99_ms"] or 0 for run in runs), default=None),
        "errors": sum(run["errors"] for run in runs) - rate_limited,
        "rate_limited": rate_limited,
        "statuses": statuses,
        "sent": sum(run.get("sent", 0) for run in runs),
        "rounds": [run["rps"] for run in runs],
    }
