"""`make bench`: build the benchmark databases, measure, write docs/performance.md.

    python -m tools.bench.run [--duration 10] [--requests 200] [--budget 8]
    python -m tools.bench.run --sizes 20000,100000     # measure at both sizes
    python -m tools.bench.run --projects 2000 --duration 4   # quick, while developing
    python -m tools.bench.run --explain "/nl/projects/?q=geweld"   # after a run

1. Databases on the local cluster (or on the server of DATABASE_URL), dropped and made
   again on every run: `cpcportal_bench_demo` (manage.py load_demo) and one per size,
   `cpcportal_bench` at 20,000 projects (manage.py bench_data: 500 organisations…),
   `cpcportal_bench_100k` and so on (the same proportions, `bench_data --scaled-to`). The
   development database and the test databases are never touched.
2. SQL queries per page type at every size, caches off (measure.py, in-process).
3. Server time per page type at every size: WSGI handler, warm, median and p95, with the
   cache as deployed and with it off; and over thousands of distinct URLs (longtail.py).
   With more than one size, the growth between them: the same distinct URLs timed again
   with one process per size, in turns, so that both meet the same machine (paired.py).
4. At the first size (load.py): gunicorn with the production settings (tools.bench.settings
   adds only the baseline view) on 127.0.0.1, wrk from a second process, every page type
   of the issue beside two baselines (a minimal Django view and a static file from
   whitenoise), the long tail a different URL per request, the listing's compressed size,
   and the cold pass after a save (coldpass.py).
5. The report, with the machine and the date, to docs/performance.md and the terminal.

A missed target is reported, not an error: the exit status is non-zero only on a crash.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager

from tools import devctl, localdb
from tools.bench import paired, report
from tools.bench.load import load_test
from tools.bench.machine import machine

BENCH_DB = "cpcportal_bench"
DEMO_DB = "cpcportal_bench_demo"
WORK_DIR = localdb.VAR_DIR / "bench"
REPORT = localdb.BASE_DIR / "docs" / "performance.md"
BENCHMARK_PROJECTS = 20_000  # generate.Scale's default (that module needs Django set up)
WRK_HINT = "wrk is needed for the load test: apt-get install wrk"


def say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


class Server:
    """Where the benchmark databases live: the local cluster, or DATABASE_URL's server."""

    def __init__(self, cluster: devctl.Cluster | None):
        if cluster is None:
            url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
            self.params = {
                "host": urllib.parse.unquote(url.hostname or ""),
                "port": url.port or 5432,
                "user": urllib.parse.unquote(url.username or ""),
                "password": urllib.parse.unquote(url.password or ""),
            }
            self.query = url.query
        else:
            self.params = {
                "host": str(cluster.run_dir),
                "port": localdb.SOCKET_PORT,
                "user": cluster.owner.pw_name,
                "password": "",
            }
            self.query = ""

    def url(self, database: str) -> str:
        quote = urllib.parse.quote
        user = quote(self.params["user"], safe="")
        if self.params["password"]:
            user += ":" + quote(self.params["password"], safe="")
        host = quote(self.params["host"], safe="")
        query = f"?{self.query}" if self.query else ""
        return f"postgres://{user}@{host}:{self.params['port']}/{database}{query}"

    def connect(self, database: str = "postgres"):
        import psycopg

        params = {key: value for key, value in self.params.items() if value != ""}
        return psycopg.connect(dbname=database, autocommit=True, **params)

    def recreate(self, database: str) -> None:
        assert database.startswith("cpcportal_bench")  # never the development database
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{database}"')

    def version(self) -> str:
        with self.connect() as conn:
            return conn.execute("SHOW server_version").fetchone()[0]


def django_env(server: Server, database: str, secret_key: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tools.bench.settings",
        "DATABASE_URL": server.url(database),
        "DJANGO_SECRET_KEY": secret_key,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback
        "DJANGO_STATIC_ROOT": str(WORK_DIR / "static"),
        "PYTHONUNBUFFERED": "1",
    }


def python(env: dict, *args: str) -> None:
    result = subprocess.run([sys.executable, *args], env=env, cwd=localdb.BASE_DIR)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed (exit status {result.returncode})")


def manage(env: dict, *args: str) -> None:
    python(env, "manage.py", *args)


@contextmanager
def step(title: str):
    say(f"{title} …")
    started = time.monotonic()
    yield
    say(f"{title}: {time.monotonic() - started:.0f} s")


# --- the whole run -------------------------------------------------------------------------


def database_name(projects: int) -> str:
    """`cpcportal_bench` at the benchmark size, `cpcportal_bench_100k` and so on beside it."""
    if projects == BENCHMARK_PROJECTS:
        return BENCH_DB
    label = f"{projects // 1000}k" if projects % 1000 == 0 else str(projects)
    return f"{BENCH_DB}_{label}"


def build(server: Server, env: dict, database: str, projects: int) -> float:
    """The database made again and filled at this size; the generation's seconds."""
    server.recreate(database)
    manage(env, "migrate", "--verbosity", "0")
    manage(env, "createcachetable")
    started = time.monotonic()
    manage(env, "bench_data", "--verbosity", "2", f"--scaled-to={projects}")
    return round(time.monotonic() - started, 1)


def run(args) -> int:
    started = time.monotonic()
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    load_before = [round(value, 2) for value in os.getloadavg()]
    secret_key = secrets.token_urlsafe(50)  # a fresh one each run, never stored
    measure = ["-m", "tools.bench.measure", "--requests", str(args.requests)]
    measure += ["--budget", str(args.budget)]
    with devctl.database() as cluster:
        server = Server(cluster)
        demo_env = django_env(server, DEMO_DB, secret_key)
        with step("translations and static files"):
            manage(demo_env, "compile_translations")
            manage(demo_env, "collectstatic", "--noinput", "--verbosity", "0")
        with step(f"demo database {DEMO_DB}"):
            server.recreate(DEMO_DB)
            manage(demo_env, "migrate", "--verbosity", "0")
            manage(demo_env, "createcachetable")
            manage(demo_env, "load_demo")
        with step("SQL queries at the demo size"):
            python(demo_env, *measure, "--queries-only", "--out", str(WORK_DIR / "demo.json"))
        demo = json.loads((WORK_DIR / "demo.json").read_text())
        sizes = []
        # The first size is the benchmark size: the open-data files and the load test run
        # there; at the others, the queries, the server time and the long tail in process.
        for index, projects in enumerate(args.sizes):
            database = database_name(projects)
            env = django_env(server, database, secret_key)
            size_started = time.monotonic()
            with step(f"benchmark database {database} ({projects} projects)"):
                generate_seconds = build(server, env, database, projects)
            say(f"  generated in {generate_seconds:.0f} s")
            label = database.removeprefix(BENCH_DB).lstrip("_") or "bench"
            out = WORK_DIR / f"{label}.json"
            options = ["--distinct", str(args.distinct), str(WORK_DIR), label]
            options += ["--no-files"] if index else []
            with step(f"SQL queries, server time and the long tail at {projects} projects"):
                python(env, *measure, *options, "--out", str(out))
            figures = json.loads(out.read_text())
            sizes.append(
                {
                    "projects": projects,
                    "database": database,
                    "generate_seconds": generate_seconds,
                    # Building and measuring this size, for the run time at one size.
                    "seconds": round(time.monotonic() - size_started),
                    **figures,
                }
            )
        in_turns = {}
        if len(sizes) > 1:
            with step("growth between the sizes: the same long tail again, in turns"):
                envs = [django_env(server, s["database"], secret_key) for s in sizes]
                lists = [paired.read_lists(s) for s in sizes]
                in_turns = paired.measure(envs, lists, args.requests, localdb.BASE_DIR)
                for kind, timings in in_turns.items():
                    medians = " / ".join(f"{t['median_ms']} ms" for t in timings)
                    say(f"  {kind}: median {medians}")
        bench, bench_env = sizes[0], django_env(server, database_name(args.sizes[0]), secret_key)
        with step("throughput under load (gunicorn and wrk), the cold pass after a save"):
            pages = {page["key"]: page for page in bench["pages"]}
            load = load_test(bench_env, pages, args.duration, WORK_DIR, bench["longtail"])
            for endpoint in load["endpoints"]:
                say(f"  {endpoint['label']}: {endpoint['rps']:.1f} requests/s")
            for endpoint in load["distinct"]:
                say(f"  distinct {endpoint['key']}: {endpoint['rps']:.1f} requests/s")
        info = machine(server)
    info["load_average_before"] = load_before
    info["run_seconds"] = round(time.monotonic() - started)
    figures = {
        "machine": info,
        "demo": demo,
        "bench": bench,
        "sizes": sizes,
        "in_turns": in_turns,
        "load": load,
        "settings": vars(args),
    }
    (WORK_DIR / "figures.json").write_text(json.dumps(figures, indent=1))
    text = report.render(figures)
    REPORT.write_text(text)
    print()
    print(text, flush=True)
    say(f"report written to {REPORT.relative_to(localdb.BASE_DIR)} ({info['run_seconds']} s)")
    return 0


def explain(url: str) -> int:
    with devctl.database() as cluster:
        server = Server(cluster)
        with server.connect() as conn:
            if not conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]
            ).fetchone():
                print(f"[bench] error: no database {BENCH_DB} yet: run make bench", file=sys.stderr)
                return 1
        env = django_env(server, BENCH_DB, secrets.token_urlsafe(50))
        python(env, "-m", "tools.bench.measure", "--explain", url)
    return 0


def sizes_list(text: str) -> list[int]:
    sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError("sizes are numbers of projects, at least 100 each")
    return list(dict.fromkeys(sizes))


def interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the portal (issue #7).")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    parser.add_argument(
        "--budget", type=float, default=8.0, help="seconds at most per page for server time"
    )
    parser.add_argument(
        "--sizes",
        type=sizes_list,
        default=[BENCHMARK_PROJECTS],
        help="numbers of projects, comma-separated, e.g. 20000,100000: a database at each "
        "size, the generator scaled in proportion (the first is the benchmark size)",
    )
    parser.add_argument(
        "--projects",
        type=int,
        help="one smaller size for development, e.g. 2000 (the same as --sizes 2000)",
    )
    parser.add_argument(
        "--distinct", type=int, default=6000, help="distinct URLs per kind for the long tail"
    )
    parser.add_argument(
        "--explain",
        metavar="URL",
        help="only print the queries of a page in the benchmark database left by the last "
        "run, with EXPLAIN ANALYZE of those slower than 10 ms",
    )
    args = parser.parse_args(argv)
    if args.projects:
        args.sizes = [args.projects]
    if args.explain:
        return explain(args.explain)
    if not shutil.which("wrk"):
        print(f"[bench] error: {WRK_HINT}", file=sys.stderr)
        return 1
    # SIGTERM unwinds like Ctrl-C, so gunicorn and the cluster we started are stopped.
    signal.signal(signal.SIGTERM, interrupt)
    os.chdir(localdb.BASE_DIR)
    try:
        return run(args)
    except (KeyboardInterrupt, devctl.Stop):
        say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
