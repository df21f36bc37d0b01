"""The machine a `make bench` run measured on, for the report: hardware, versions, commit."""

from __future__ import annotations

import datetime
import os
import platform
import re
import subprocess
from pathlib import Path

from tools import localdb


def machine(server) -> dict:
    """`server`: run.Server, where the benchmark databases live (its PostgreSQL version)."""

    def first(path: str, pattern: str) -> str:
        try:
            match = re.search(pattern, Path(path).read_text(), re.MULTILINE)
        except OSError:
            return ""
        return match.group(1).strip() if match else ""

    memory_kb = first("/proc/meminfo", r"^MemTotal:\s+(\d+)")
    git = ["git", "-C", str(localdb.BASE_DIR)]
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True)
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    import django
    import gunicorn as gunicorn_package

    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "cpu": first("/proc/cpuinfo", r"^model name\s*:\s*(.+)$") or platform.processor(),
        "memory_gib": round(int(memory_kb) / 1024 / 1024, 1) if memory_kb else None,
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "django": django.get_version(),
        "gunicorn": gunicorn_package.__version__,
        "postgresql": server.version(),
        "wrk": (wrk_version.stdout or wrk_version.stderr).split(" [")[0].strip(),
        "commit": commit.stdout.strip() or "unknown",
        "uncommitted_changes": bool(dirty.stdout.strip()),
    }
