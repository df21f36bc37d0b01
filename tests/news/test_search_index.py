"""The news index's search is answered from the GIN indexes on the search expressions."""

import pytest
from django.db import connection

from news import selectors
from news.models import NewsItem
from tests.factories import NewsItemFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_search_uses_its_language_index(language):
    NewsItemFactory()
    with connection.cursor() as cursor:
        # For the test's transaction only: with a few rows a full scan would be cheaper, and
        # a full scan of another index in the listing's order too.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")

    found = selectors.search(NewsItem.objects.order_by(), "kinderen werk", language)
    plan = found.explain()

    assert f"news_search_{language}" in plan
