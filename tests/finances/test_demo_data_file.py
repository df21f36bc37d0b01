"""A mistake in the demo's finances.yaml is named by file, item and key, and nothing is
saved (without the demo loaded: see tests/demo/test_data_files.py)."""

import pytest

from tests.demo.test_data_files import data, load_error  # noqa: F401  (a copy to spoil)

pytestmark = pytest.mark.django_db


def science(content) -> dict:
    return next(item for item in content["money"] if item["project"] == "cpc-girls-in-science")


def wrong_type(content):
    science(content)["transactions"][0]["type"] = "gift"


def wrong_currency(content):
    science(content)["budgets"][0]["currency"] = "USX"


def unknown_project(content):
    content["money"].append({"project": "no-such-project"})


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (wrong_type, "transaction 1 (unicef), type: 'gift' is not one of: incoming-commitment"),
        (wrong_currency, "budget 1: currency: USX is not a code of the IATI list Currency."),
        (unknown_project, "(no-such-project), project: there is no project 'no-such-project'"),
    ],
)
def test_a_mistake_in_the_demos_money_is_named_and_nothing_is_saved(data, spoil, message):  # noqa: F811
    data("finances.yaml", spoil)

    assert message in load_error(data.folder)
