"""The shipped IATI codelists: what editors may choose is in the lists, named in Dutch,
and a code outside the lists is refused."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from django.utils import translation

import codelists
from codelists.offered import NAMES, OFFERED

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("list_name", sorted(OFFERED))
def test_every_offered_code_is_an_active_code_with_a_translatable_name(list_name):
    for code in OFFERED[list_name]:
        assert code in codelists.codes(list_name), (list_name, code)
        assert codelists.items(list_name)[code].name in NAMES, (list_name, code)


def test_offered_codes_are_named_in_dutch_and_in_english():
    with translation.override("nl"):
        assert codelists.name("TransactionType", "3") == "Uitbetaling"
        assert [str(name) for _, name in codelists.choices("TiedStatus", ["5"])] == ["Ongebonden"]
    with translation.override("en"):
        assert codelists.name("TransactionType", "3") == "Disbursement"


def test_withdrawn_codes_are_not_offered_but_still_known():
    assert "11321" not in codelists.codes("Sector")  # lower secondary education, withdrawn
    assert "11321" in codelists.codes("Sector", withdrawn=True)
    assert "15160" in codelists.codes("Sector")


def test_a_list_that_is_not_shipped_is_an_error_not_an_empty_list():
    with pytest.raises(LookupError):
        codelists.codes("NoSuchList")
    with pytest.raises(LookupError):
        codelists.choices("TiedStatus", ["99"])


def test_the_wheel_ships_every_codelist_and_the_licence_note():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["codelists"]
    shipped = sorted((ROOT / "codelists" / "data").iterdir())
    assert {"LICENSE", "README.md", "Sector.xml", "Currency.xml"} <= {p.name for p in shipped}
    for path in shipped:
        relative = path.relative_to(ROOT / "codelists").as_posix()
        assert any(fnmatch(relative, pattern) for pattern in patterns), relative
