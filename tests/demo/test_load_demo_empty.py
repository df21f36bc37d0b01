"""load_demo --if-empty, as prepare_site calls it, on an empty database."""

from io import StringIO

import pytest
from django.core.management import call_command

from organisations.models import Organisation
from projects.models import Participation

pytestmark = pytest.mark.django_db


def test_if_empty_loads_into_an_empty_database():
    assert not Organisation.objects.exists()

    call_command("load_demo", if_empty=True, stdout=StringIO())

    assert Organisation.objects.count() >= 5
    assert Participation.objects.exists()
