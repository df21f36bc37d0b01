"""The growth between sizes, measured side by side: one process per size, each sent its own
distinct URLs a block at a time, in turn.

run.py builds and measures the sizes one after the other, minutes apart, and this machine's
speed drifts by up to a quarter from one minute to the next. Two runs of the same code put
the search's growth to 100,000 projects at 1.19 and at 1.60 ×: the 100,000 figure was the
same in both, the 20,000 one was not. Timed in alternation, every block of one size has a
block of the other beside it on the same machine, so the ratio is the data's alone.

    python -m tools.bench.paired --serve    # a worker: DATABASE_URL selects the size

A worker reads a JSON line with URLs from stdin and answers with one line: their server
times as deployed (a URL it has not seen misses its page cache, as in measure.py).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import Counter

BLOCK = 10  # URLs per turn: a turn takes a fraction of a second, shorter than a drift
ANSWER = "paired:"  # the worker's answers, told apart from anything else it prints


def serve() -> int:
    """The worker's loop: a line of URLs in, a line of timings out, until stdin closes."""
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    from tools.bench.longtail import get_body

    handler = WSGIHandler()
    for line in sys.stdin:
        urls = json.loads(line)
        samples, statuses = [], Counter()
        for url in urls:
            started = time.perf_counter()
            status, _body = get_body(handler, url)
            samples.append(time.perf_counter() - started)
            statuses[str(status)] += 1
        print(ANSWER + json.dumps({"samples": samples, "statuses": statuses}), flush=True)
    return 0


class Worker:
    def __init__(self, env: dict, cwd: str):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tools.bench.paired", "--serve"],
            env=env,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def send(self, urls: list[str]) -> dict:
        self.process.stdin.write(json.dumps(urls) + "\n")
        self.process.stdin.flush()
        for line in self.process.stdout:
            if line.startswith(ANSWER):
                return json.loads(line.removeprefix(ANSWER))
        raise RuntimeError(f"the worker stopped (exit status {self.process.wait()})")

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


def in_turns(workers: list[Worker], lists: list[list[str]], requests: int) -> list[dict]:
    """Each worker's timings over the first `requests` URLs of its list, block by block;
    who goes first alternates, so that neither size always follows the other."""
    samples = [[] for _ in workers]
    statuses = [Counter() for _ in workers]
    for worker, urls in zip(workers, lists, strict=True):
        worker.send(urls[-3:])  # warm-up: the process's first requests, untimed
    for turn, start in enumerate(range(0, requests, BLOCK)):
        order = list(range(len(workers)))
        if turn % 2:
            order.reverse()
        for i in order:
            block = lists[i][start : min(start + BLOCK, requests)]
            if block:
                answer = workers[i].send(block)
                samples[i] += answer["samples"]
                statuses[i].update(answer["statuses"])
    return [timing(s, c) for s, c in zip(samples, statuses, strict=True)]


def timing(samples: list[float], statuses: Counter) -> dict:
    from tools.bench.measure import percentile

    samples = sorted(samples)
    return {
        "requests": len(samples),
        "median_ms": round(statistics.median(samples) * 1000, 2) if samples else None,
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2) if samples else None,
        "statuses": dict(sorted(statuses.items())),
    }


def measure(envs: list[dict], lists: list[dict[str, list[str]]], requests: int, cwd) -> dict:
    """Per kind of longtail.py, each size's timing measured in turns with the others':
    {kind: [timing at the first size, timing at the next, …]}."""
    workers = [Worker(env, str(cwd)) for env in envs]
    try:
        return {
            kind: in_turns(workers, [urls[kind] for urls in lists], requests) for kind in lists[0]
        }
    finally:
        for worker in workers:
            worker.close()


def read_lists(size: dict) -> dict[str, list[str]]:
    """The URL lists a size's long tail wrote (longtail.write_lists), by kind."""
    from pathlib import Path

    return {
        kind: Path(part["list"]).read_text().split()
        for kind, part in (size.get("longtail") or {}).items()
    }


if __name__ == "__main__":
    if sys.argv[1:] != ["--serve"]:
        sys.exit(__doc__)
    sys.exit(serve())
