"""`make run` and `make test`: a project-local PostgreSQL cluster, then the portal or the tests.

    python -m tools.devctl run          # cluster, migrate, demo, static, gunicorn
    python -m tools.devctl test [ARGS]  # cluster, migrations check, pytest ARGS
    python -m tools.devctl db-start | db-stop | db-status

With DATABASE_URL set no cluster is started: that database is used as it is.
Whatever this process started (the cluster, gunicorn) it stops again on Ctrl-C or SIGTERM;
a cluster that was already running is left running. The server programs come from
`tools/pgprograms.py` (the pinned wheel by default, PG_BINDIR to choose others).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shlex
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tools import localdb, pgprograms

# What `make run` and the portal it serves use, unless DJANGO_SETTINGS_MODULE says otherwise.
LOCAL_SETTINGS = "cpcportal.settings.local"


class Stop(Exception):
    """Ctrl-C or SIGTERM arrived: unwind and clean up."""


def say(message: str) -> None:
    print(f"[cpcportal] {message}", flush=True)


def fail(message: str) -> None:
    print(f"[cpcportal] error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


# --- the cluster -------------------------------------------------------------------------


class Cluster:
    def __init__(self, create_owner: bool = False) -> None:
        try:
            self.owner = localdb.cluster_owner(create=create_owner)
            self.home = localdb.cluster_home(self.owner)
        except localdb.ClusterError as exc:
            fail(str(exc))
        self.data = self.home / "data"
        self.run_dir = self.home / "run"
        self.log = self.home / "server.log"
        self._programs: pgprograms.ServerPrograms | None = None

    @property
    def programs(self) -> pgprograms.ServerPrograms:
        """initdb, pg_ctl and postgres of the cluster's version (of any, for a new one)."""
        if self._programs is None:
            version_file = self.data / "PG_VERSION"
            major = int(version_file.read_text().split(".")[0]) if self.initialised() else None
            try:
                programs = pgprograms.find(major)
                self._programs = pgprograms.reachable_by(self.owner, programs)
            except pgprograms.ProgramsError as exc:
                fail(str(exc))
        return self._programs

    def _as_owner(self, args: list[str], **kwargs) -> subprocess.CompletedProcess:
        """Run a server program as the cluster's owner (not root: initdb refuses it)."""
        if os.geteuid() == 0:
            kwargs.update(user=self.owner.pw_uid, group=self.owner.pw_gid, extra_groups=[])
            kwargs["env"] = {**os.environ, "HOME": self.owner.pw_dir, "USER": self.owner.pw_name}
        kwargs.setdefault("cwd", str(self.home))
        return subprocess.run(args, **kwargs)

    def _prepare_home(self) -> None:
        localdb.VAR_DIR.mkdir(exist_ok=True)  # root's, like the rest of the clone
        localdb.make_folder(self.run_dir, self.owner)
        if self.home != localdb.CLUSTER_LINK:
            # Keep var/postgres as the one place to look, even when the files live elsewhere.
            if localdb.CLUSTER_LINK.is_symlink() and localdb.CLUSTER_LINK.resolve() != self.home:
                localdb.CLUSTER_LINK.unlink()  # points where no cluster is any more
            if not localdb.CLUSTER_LINK.is_symlink():
                localdb.CLUSTER_LINK.symlink_to(self.home)
        if os.geteuid() == 0:
            for path in (self.home, self.run_dir):
                os.chown(path, self.owner.pw_uid, self.owner.pw_gid)
        os.chmod(self.home, 0o700)
        os.chmod(self.run_dir, 0o700)  # only the owner (and root) may reach the socket

    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").is_file()

    def init(self) -> None:
        say(f"creating a PostgreSQL cluster in {self.data}")
        result = self._as_owner(
            [
                self.programs.path("initdb"),
                "--pgdata",
                str(self.data),
                "--username",
                self.owner.pw_name,
                # Trust is safe here: no TCP listener, and the socket's folder is 0700.
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--locale",
                "C",
            ],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["no message"])[-1]
            fail(f"initdb failed: {last}")

    def running(self) -> bool:
        if not self.initialised():
            return False
        status = self._as_owner(
            [self.programs.path("pg_ctl"), "status", "-D", str(self.data)], capture_output=True
        )
        return status.returncode == 0

    def start(self) -> bool:
        """Start the cluster when it is not running; True when this call started it."""
        self._prepare_home()
        if not self.initialised():
            self.init()
        if self.running():
            return False
        options = shlex.join(
            ["-c", "listen_addresses=", "-k", str(self.run_dir), "-p", str(localdb.SOCKET_PORT)]
        )
        result = self._as_owner(
            [
                self.programs.path("pg_ctl"),
                "start",
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-w",
                "-t",
                "60",
                "-o",
                options,
            ],
            capture_output=True,
            text=True,
            # Its own session, so a Ctrl-C meant for gunicorn does not race our clean stop.
            start_new_session=True,
        )
        if result.returncode != 0:
            # pg_ctl may fail before the server wrote its log (a bad option, no permission).
            log = self.log.read_text(errors="replace") if self.log.is_file() else ""
            tail = (log.strip().splitlines() or result.stderr.strip().splitlines() or [""])[-1]
            fail(f"PostgreSQL did not start (see {self.log}): {tail}")
        return True

    def stop(self) -> None:
        if self.running():
            self._as_owner(
                [self.programs.path("pg_ctl"), "stop", "-D", str(self.data), "-m", "fast", "-w"],
                capture_output=True,
            )
            say("PostgreSQL stopped")

    def ensure_database(self) -> None:
        import psycopg  # from the virtualenv; only needed once the cluster runs

        with psycopg.connect(
            dbname="postgres",
            host=str(self.run_dir),
            port=localdb.SOCKET_PORT,
            user=self.owner.pw_name,
            autocommit=True,
        ) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [localdb.DATABASE_NAME]
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{localdb.DATABASE_NAME}"')
                say(f"created database {localdb.DATABASE_NAME}")


# --- commands ----------------------------------------------------------------------------


def _raise_stop(signum, frame):
    raise Stop


def _ignore_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _manage(*args: str) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=localdb.BASE_DIR, env=_portal_environment()
    )
    if result.returncode != 0:
        fail(f"manage.py {' '.join(args)} failed")


def _portal_environment() -> dict[str, str]:
    """manage.py and gunicorn with the development settings (cpcportal.wsgi alone would
    pick production's)."""
    return {"DJANGO_SETTINGS_MODULE": LOCAL_SETTINGS, **os.environ}


def check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As gunicorn does: a port left in TIME_WAIT by the last run is free to use.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                fail(
                    f"port {port} on {host} is already in use: stop whatever serves it, "
                    f"or choose another one with PORT=8001 make run"
                )
            fail(f"cannot listen on {host}:{port}: {exc.strerror}")


@contextlib.contextmanager
def database():
    """The cluster, started for the duration of the block when we started it."""
    if os.environ.get("DATABASE_URL"):
        say("DATABASE_URL is set: using that database, starting no local cluster")
        yield None
        return
    cluster = Cluster(create_owner=True)
    started = cluster.start()
    say(
        f"{cluster.programs} {'started' if started else 'already running'}: "
        f"socket in {cluster.run_dir}, database {localdb.DATABASE_NAME}"
    )
    try:
        cluster.ensure_database()
        yield cluster
    finally:
        if started:
            _ignore_signals()
            cluster.stop()


def run() -> int:
    host = os.environ.get("HOST", "127.0.0.1")
    port_text = os.environ.get("PORT", "8000")
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        fail(f"PORT must be a port number such as 8000, not {port_text!r}")
    port = int(port_text)
    check_port_free(host, port)
    try:
        with database():
            _manage("prepare_site")
            say(f"serving on http://{host}:{port}/ (Ctrl-C stops the server and the database)")
            return serve(host, port)
    except Stop:
        return 0


def serve(host: str, port: int) -> int:
    """gunicorn in the foreground; stopped (before the cluster) however we leave."""
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "cpcportal.wsgi:application"],
        cwd=localdb.BASE_DIR,
        env={**_portal_environment(), "HOST": host, "PORT": str(port)},
    )
    try:
        code = gunicorn.wait()
        if code != 0:
            say(f"gunicorn exited with status {code}")
        return code
    finally:
        _ignore_signals()  # a second Ctrl-C must not cut the clean stop short
        stop_process(gunicorn)
        say("gunicorn stopped")


def stop_process(process: subprocess.Popen, timeout: float = 15) -> None:
    """SIGTERM (gunicorn then finishes the requests in hand), SIGKILL if that takes too long."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def migrations_check() -> None:
    """Fails when a model change has no migration yet."""
    _manage("makemigrations", "--check", "--dry-run", "--verbosity", "1")


def test(pytest_args: list[str]) -> int:
    try:
        with database():
            migrations_check()
            return subprocess.run(
                [sys.executable, "-m", "pytest", *pytest_args], cwd=localdb.BASE_DIR
            ).returncode
    except Stop:
        return 130


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, _raise_stop)
    signal.signal(signal.SIGTERM, _raise_stop)
    os.chdir(localdb.BASE_DIR)
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        return run()
    if command == "test":
        return test(rest)
    if command == "migrations-check":
        with database():
            migrations_check()
        return 0
    if command == "db-start":
        if os.environ.get("DATABASE_URL"):
            fail("DATABASE_URL is set: there is no local cluster to start")
        cluster = Cluster(create_owner=True)
        cluster.start()
        cluster.ensure_database()
        say(f"{cluster.programs} running: socket in {cluster.run_dir}; stop it with make db-stop")
        return 0
    if command in ("db-stop", "db-status") and localdb.existing_home() is None:
        say(f"there is no local cluster in {localdb.CLUSTER_LINK} yet; make db-start makes one")
        return 0
    if command == "db-stop":
        Cluster().stop()
        return 0
    if command == "db-status":
        cluster = Cluster()
        state = "running" if cluster.running() else "stopped"
        say(f"cluster in {cluster.data}: {state}, {cluster.programs}")
        return 0
    fail(
        f"unknown command {command!r}: "
        "use run, test, migrations-check, db-start, db-stop or db-status"
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
