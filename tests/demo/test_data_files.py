"""The demo's data files: a mistake in one is named in words (file, item, key) and nothing
is saved; production settings do not install the demo at all."""

import os
import shutil
import subprocess
import sys
from io import StringIO

import pytest
import yaml
from django.conf import settings
from django.core.management import CommandError, call_command

from demo.files import DATA_DIR
from organisations.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(tmp_path):
    """A copy of the data files to spoil; edit(name, change) rewrites one of them."""
    shutil.copytree(DATA_DIR, tmp_path, dirs_exist_ok=True)

    def edit(name, change):
        path = tmp_path / name
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(content)
        path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")

    edit.folder = tmp_path
    return edit


def load_error(folder) -> str:
    with pytest.raises(CommandError) as error:
        call_command("load_demo", data=folder, stdout=StringIO())
    assert not Organisation.objects.exists()  # nothing was saved
    return str(error.value)


def project(content, slug):
    return next(item for item in content["projects"] if item["slug"] == slug)


def test_a_missing_dutch_text_names_the_file_the_item_and_the_key(data):
    data("projects.yaml", lambda c: project(c, "capisce")["title"].pop("nl"))

    message = load_error(data.folder)

    assert "projects.yaml, project" in message
    assert "(capisce), title: the Dutch text (nl) is missing" in message


def test_an_unknown_key_and_a_wrong_choice_are_named_together(data):
    def spoil(content):
        project(content, "capisce")["titel"] = {"nl": "CAPISCE"}
        project(content, "speaking-minds")["kind"] = "programma"

    data("projects.yaml", spoil)
    message = load_error(data.folder)

    assert "2 problem(s)" in message
    assert "(capisce): unknown key 'titel'; the keys it may have: slug, kind," in message
    assert "(speaking-minds), kind: 'programma' is not one of: project, programme" in message


def test_a_reference_to_an_organisation_that_does_not_exist(data):
    def spoil(content):
        project(content, "capisce")["participants"][0]["organisation"] = "nobody"

    data("projects.yaml", spoil)
    message = load_error(data.folder)

    assert "(capisce), participant 1 (nobody), organisation: there is no organisation" in message


def test_a_rule_of_the_models_is_named_with_the_item(data):
    def spoil(content):
        item = project(content, "girls-advocacy-alliance")
        item["start"], item["end"] = 2020, 2016

    data("projects.yaml", spoil)
    message = load_error(data.folder)

    assert "(girls-advocacy-alliance): end: The end cannot be before the start." in message


def test_broken_yaml_and_a_key_written_twice(data):
    (data.folder / "themes.yaml").write_text("themes:\n  - slug: [unclosed\n", encoding="utf-8")
    organisations = data.folder / "organisations.yaml"
    organisations.write_text(
        organisations.read_text(encoding="utf-8").replace(
            "  - slug: cpc\n", "  - slug: cpc\n    slug: cpc-again\n", 1
        ),
        encoding="utf-8",
    )

    message = load_error(data.folder)

    assert "themes.yaml: not valid YAML" in message and "line 2" in message
    assert "organisations.yaml: not valid YAML: 'slug' is written twice" in message


def test_production_settings_do_not_install_the_demo():
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="cpcportal.settings.production",
        DJANGO_SECRET_KEY="x7" * 30 + "-a-long-random-production-secret",
        DJANGO_ALLOWED_HOSTS="portal.example.org",
        DATABASE_URL="postgres://portal@db.example.org/portal",  # required, never connected
    )
    code = (
        "import django; django.setup();"
        "from django.core.management import get_commands;"
        "print('load_demo' in get_commands())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
