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
        # For the test's transaction only: with a few rows a full scan would be cheaper, and
        # a full scan of another index in the listing's order too.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")

    found = selectors.search(Publication.objects.order_by(), "kinderen werk", language)
    plan = found.explain()

    assert f"publication_search_{language}" in plan
