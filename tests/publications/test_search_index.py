"""The listing's search is answered from the GIN indexes on the search expressions."""

import pytest
from django.db import connection

from publications import selectors
from publications.models import Publication
from tests.factories import PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_search_uses_its_language_index(language):
    PublicationFactory()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test's transaction only

    plan = selectors.search(Publication.objects.all(), "kinderen werk", language).explain()

    assert f"publication_search_{language}" in plan
