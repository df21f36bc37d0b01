"""The layers' import contracts (pyproject.toml, docs/architecture.md) hold, and they fail
when an arrow runs the wrong way: checked on a copy of the code with one bad import added."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
    "root_packages"
]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def copy_of_the_code(tmp_path) -> Path:
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "templates", "static", "locale"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_code_keeps_its_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "wrong_import", "complaint"),
    [
        # A domain app reaching up, even inside a function.
        (
            "organisations/models/organisations.py",
            "def wrong():\n    from donors.models import Donor\n",
            "organisations is not allowed to import donors",
        ),
        (
            "projects/models.py",
            "import donors.models\n",
            "projects is not allowed to import donors",
        ),
        # The ground floor knowing an app, the newsletter knowing organisations.
        ("core/models.py", "import projects.models\n", "core is not allowed to import projects"),
        (
            "newsletter/models.py",
            "from organisations.models import Organisation\n",
            "newsletter is not allowed to import organisations",
        ),
        # Production settings reaching for the launcher (tools/ is not in the wheel).
        (
            "cpcportal/settings/base.py",
            "from tools import localdb\n",
            "cpcportal.settings.production is not allowed to import tools",
        ),
        # A domain app reaching up to the review workflow, which stands above them all.
        (
            "newsletter/outbox.py",
            "def wrong():\n    from reviews.models import Review\n",
            "newsletter is not allowed to import reviews",
        ),
        (
            "projects/admin.py",
            "import reviews.services\n",
            "projects is not allowed to import reviews",
        ),
        # An app importing the site package.
        ("donors/views.py", "from cpcportal import views\n", "donors is not allowed to import"),
    ],
)
def test_a_wrong_way_import_breaks_a_contract(copy_of_the_code, module, wrong_import, complaint):
    path = copy_of_the_code / module
    path.write_text(path.read_text() + "\n\n" + wrong_import)
    result = lint_imports(copy_of_the_code)
    assert result.returncode != 0
    assert complaint in result.stdout.replace("\n", " ")
