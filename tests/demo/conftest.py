"""The demo, loaded once per test module (a full load takes a few seconds) inside a
transaction that is rolled back afterwards, so other test modules still start empty."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


def load_demo(**options) -> str:
    out = StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


@pytest.fixture(scope="module")
def first_run(django_db_setup, django_db_blocker):
    """The output of one load; the tests' own transactions nest inside this one."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = load_demo()
        yield output
        transaction.set_rollback(True)
