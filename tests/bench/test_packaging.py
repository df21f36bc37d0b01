"""The benchmark stays in the repository: the wheel's package list leaves tools/ out."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def packages_in_the_wheel() -> list[str]:
    """What setuptools' packages.find ships: every package whose dotted name matches."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    tops = [path for path in ROOT.iterdir() if (path / "__init__.py").is_file()]
    packages = [
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in tops
        for init in top.rglob("__init__.py")
    ]
    return [name for name in packages if any(fnmatch(name, pattern) for pattern in include)]


def test_the_wheel_ships_the_site_and_not_the_benchmark():
    shipped = packages_in_the_wheel()
    assert {"cpcportal", "cpcportal.settings", "projects", "newsletter"} <= set(shipped)
    assert not [name for name in shipped if name.startswith("tools") or "bench" in name]
