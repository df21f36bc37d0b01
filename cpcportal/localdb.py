"""Where the project-local PostgreSQL cluster lives, and the local secret key.

Standard library only: settings import it, and `devctl` uses it before Django is set up.
Settings and the launcher both derive the cluster's location from the clone's path and
the current user, so `manage.py` in a second terminal finds the cluster `make run`
started without any variable being set.
"""

from __future__ import annotations

import hashlib
import os
import pwd
import secrets
import stat
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
CLUSTER_LINK = VAR_DIR / "postgres"
DATABASE_NAME = "cpcportal"
# Only names the socket file (.s.PGSQL.55432); the cluster listens on no TCP port at all.
SOCKET_PORT = 55432
# A Unix socket path may not be longer than this (sun_path, 108 bytes with the NUL).
MAX_SOCKET_PATH = 103


def cluster_owner() -> pwd.struct_passwd:
    """The account that owns and runs the cluster: initdb refuses root, so root uses `postgres`."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    try:
        return pwd.getpwnam("postgres")
    except KeyError as exc:
        raise ClusterError(
            "Running as root needs the 'postgres' system user to own the local cluster: "
            "apt-get install postgresql"
        ) from exc


class ClusterError(RuntimeError):
    """A problem with the local cluster that the person running it can fix; one line."""


def _can_traverse(account: pwd.struct_passwd, path: Path) -> bool:
    """Whether `account` may enter every directory from / down to `path`."""
    groups = {account.pw_gid} | {g.gr_gid for g in _all_groups() if account.pw_name in g.gr_mem}
    for directory in [path, *path.parents]:
        if not directory.exists():
            continue
        st = directory.stat()
        if st.st_uid == account.pw_uid:
            needed = stat.S_IXUSR
        elif st.st_gid in groups:
            needed = stat.S_IXGRP
        else:
            needed = stat.S_IXOTH
        if not st.st_mode & needed:
            return False
    return True


def _all_groups():
    import grp

    return grp.getgrall()


def cluster_home() -> Path:
    """The folder holding `data/` (PGDATA), `run/` (the socket) and `server.log`.

    Normally `var/postgres` in the clone. When root runs the clone from a folder the
    cluster's owner cannot enter (such as /root), the files live in that owner's home
    and `var/postgres` is a symbolic link to them.
    """
    owner = cluster_owner()
    if os.geteuid() != 0 or _can_traverse(owner, VAR_DIR):
        candidate = CLUSTER_LINK
        if len(str(candidate / "run" / f".s.PGSQL.{SOCKET_PORT}")) <= MAX_SOCKET_PATH:
            return candidate
    digest = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:12]
    if os.geteuid() == 0:
        base = Path(owner.pw_dir) / "cpcportal"
    else:
        base = Path("/tmp") / f"cpcportal-{owner.pw_uid}"  # noqa: S108
    return base / f"{BASE_DIR.name[:20]}-{digest}"


def database_settings() -> dict:
    """Django DATABASES['default'] for the local cluster."""
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": cluster_owner().pw_name,
        "HOST": str(cluster_home() / "run"),
        "PORT": str(SOCKET_PORT),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def local_secret_key() -> str:
    """A secret key kept in var/ for development, made on first use; never committed."""
    path = VAR_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    VAR_DIR.mkdir(exist_ok=True)
    key = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    return key
