"""Campaign.search_document (for the site search, which will take campaigns in later): it
finds a campaign by its texts in the page's language, from its GIN index."""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection

from campaigns.models import SEARCH_CONFIGURATIONS, Campaign, search_document
from tests.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def matching(language: str, words: str, campaigns=None):
    query = SearchQuery(words, config=SEARCH_CONFIGURATIONS[language])
    campaigns = Campaign.objects.public() if campaigns is None else campaigns
    return campaigns.alias(document=search_document(language)).filter(document=query)


def test_a_campaign_is_found_by_its_goal_and_title_in_either_language():
    campaign = CampaignFactory(
        title_nl="Kijk niet weg",
        title_en="Don't Look Away",
        goal_nl="Geen kind uitgebuit door reizigers.",
        goal_en="",
    )
    CampaignFactory(publication="draft", goal_nl="reizigers")

    assert list(matching("nl", "reiziger")) == [campaign]
    assert list(matching("en", "look away")) == [campaign]
    # An English goal left empty falls back to the Dutch, as the page does.
    assert list(matching("en", "reizigers")) == [campaign]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_search_uses_its_language_index(language):
    CampaignFactory()
    with connection.cursor() as cursor:
        # For the test's transaction only: with a few rows a full scan would be cheaper.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")

    # Without public(): its condition has an index of its own for the planner to prefer.
    plan = matching(language, "kinderen", Campaign.objects.order_by()).explain()

    assert f"campaign_search_{language}" in plan
