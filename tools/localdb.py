"""Where the project-local PostgreSQL cluster lives, who owns it, and the local secret key.

Standard library only: the development settings (`cpcportal/settings/local.py`) import it,
and `devctl` uses it before Django is set up. Both derive the cluster's location from the
clone's path (and, once it exists, from `var/postgres` itself), so `manage.py` in a second
terminal finds the cluster `make run` started without any variable being set.
"""

from __future__ import annotations

import grp
import hashlib
import os
import pwd
import secrets
import shutil
import stat
import subprocess
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
CLUSTER_LINK = VAR_DIR / "postgres"
DATABASE_NAME = "cpcportal"
# Only names the socket file (.s.PGSQL.55432); the cluster listens on no TCP port at all.
SOCKET_PORT = 55432
# A Unix socket path may not be longer than this (sun_path, 108 bytes with the NUL).
MAX_SOCKET_PATH = 103
# initdb refuses root, so a cluster made by root belongs to this system user, which the
# launcher creates on first use: no postgresql package (and its `postgres` user) needed.
ROOT_CLUSTER_OWNER = "cpcportal_pg"


class ClusterError(RuntimeError):
    """A problem with the local cluster that the person running it can fix; one line."""


def existing_home() -> Path | None:
    """The folder of a cluster made earlier: `var/postgres`, or where that link points."""
    if not CLUSTER_LINK.is_dir():  # missing, or a link whose target is gone
        return None
    home = CLUSTER_LINK.resolve()
    if os.geteuid() == 0 and home.stat().st_uid == 0:
        return None  # left by an interrupted first start: made again for its owner
    return home


def cluster_owner(create: bool = False) -> pwd.struct_passwd:
    """The account that owns and runs the cluster.

    A normal user owns their own. For root, the owner of the cluster made earlier (older
    clusters belong to `postgres`), else ROOT_CLUSTER_OWNER, which is created when `create`
    is set (the launcher does; settings only read).
    """
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    existing = existing_home()
    if existing is not None:
        try:
            return pwd.getpwuid(existing.stat().st_uid)
        except KeyError:
            raise ClusterError(
                f"{existing} belongs to user id {existing.stat().st_uid}, which no account "
                f"has any more: delete {CLUSTER_LINK} to start again with an empty database"
            ) from None
    try:
        return pwd.getpwnam(ROOT_CLUSTER_OWNER)
    except KeyError:
        if not create:
            raise ClusterError(
                f"the system user {ROOT_CLUSTER_OWNER!r} that owns root's local cluster does "
                "not exist yet: make db-start creates it"
            ) from None
    _create_system_user(ROOT_CLUSTER_OWNER)
    return pwd.getpwnam(ROOT_CLUSTER_OWNER)


def _create_system_user(name: str) -> None:
    search_path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    useradd = shutil.which("useradd", path=search_path)
    if useradd is None:
        raise ClusterError(
            f"running as root, the local cluster needs a system user to own it (initdb "
            f"refuses root) and useradd was not found: create a user {name!r}, or run "
            "make as a normal user"
        )
    result = subprocess.run(
        [
            useradd,
            "--system",
            "--user-group",
            "--create-home",
            "--home-dir",
            f"/var/lib/{name}",
            "--shell",
            "/usr/sbin/nologin",
            "--comment",
            "cpcportal local PostgreSQL clusters (clones run as root)",
            name,
        ],
        capture_output=True,
        text=True,
    )
    try:
        pwd.getpwnam(name)  # also made by a clone started at the same moment
    except KeyError:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise ClusterError(f"could not create the system user {name!r}: {last}") from None


def can_traverse(account: pwd.struct_passwd, path: Path) -> bool:
    """Whether `account` may enter every directory from / down to `path`."""
    groups = {account.pw_gid} | {g.gr_gid for g in grp.getgrall() if account.pw_name in g.gr_mem}
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


def make_folder(path: Path, owner: pwd.struct_passwd) -> None:
    """`path` and its missing parents, those made here given to `owner` when we are root
    (with root's umask 077 the owner could not enter them otherwise)."""
    missing = [folder for folder in [path, *path.parents] if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chown(folder, owner.pw_uid, owner.pw_gid)


def owners_folder(owner: pwd.struct_passwd) -> Path:
    """Root's clusters and program copies that the owner cannot keep in the clone."""
    return Path(owner.pw_dir) / "cpcportal"


def cluster_home(owner: pwd.struct_passwd | None = None) -> Path:
    """The folder holding `data/` (PGDATA), `run/` (the socket) and `server.log`.

    Normally `var/postgres` in the clone. When root runs the clone from a folder the
    cluster's owner cannot enter (such as /root), the files live in that owner's home,
    and when the clone's path is too long for a socket, in /tmp; `var/postgres` is then
    a symbolic link to them.
    """
    existing = existing_home()
    if existing is not None:
        return existing
    owner = owner or cluster_owner()
    if os.geteuid() != 0 or can_traverse(owner, VAR_DIR):
        candidate = CLUSTER_LINK
        if len(str(candidate / "run" / f".s.PGSQL.{SOCKET_PORT}")) <= MAX_SOCKET_PATH:
            return candidate
    digest = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:12]
    users_tmp = Path("/tmp") / f"cpcportal-{owner.pw_uid}"  # noqa: S108
    base = owners_folder(owner) if os.geteuid() == 0 else users_tmp
    return base / f"{BASE_DIR.name[:20]}-{digest}"


def database_settings() -> dict:
    """Django DATABASES['default'] for the local cluster."""
    try:
        owner = cluster_owner()
        user, home = owner.pw_name, cluster_home(owner)
    except ClusterError:  # root, before the launcher made the owner: nothing to reach yet
        user, home = ROOT_CLUSTER_OWNER, CLUSTER_LINK
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": user,
        "HOST": str(home / "run"),
        "PORT": str(SOCKET_PORT),
    }


def local_secret_key() -> str:
    """A secret key kept in var/ for development, made on first use; never committed."""
    path = VAR_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    VAR_DIR.mkdir(exist_ok=True)
    key = secrets.token_urlsafe(50)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # written by a process started at the same moment
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    return key
