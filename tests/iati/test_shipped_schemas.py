"""The IATI schemas travel with the code that checks against them, with their licence."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from iati import checks

ROOT = Path(__file__).resolve().parents[2]


def test_every_schema_file_and_its_licence_note_are_in_the_package_data():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["iati"]
    files = [path.name for path in (ROOT / "iati" / "schemas").iterdir()]

    assert {"LICENSE", "README.md", "xml.xsd", "iati-common.xsd"} <= set(files)
    assert [
        name for name in files if not any(fnmatch(f"schemas/{name}", p) for p in patterns)
    ] == []


def test_the_schemas_load_offline_from_the_package():
    # xml.xsd and iati-common.xsd are found beside them, without the network.
    assert checks.schema("activities") is not None
    assert checks.schema("organisations") is not None
