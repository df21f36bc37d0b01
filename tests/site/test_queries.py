"""Every public page costs at most 10 SQL queries with nothing cached, whatever the amount
of data (tests/site/test_cache.py: and none once it is cached)."""

import pytest

from tests.factories import (
    CampaignFactory,
    DonorFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectFactory,
    PublicationFactory,
    ThemeFactory,
)
from tests.site.conftest import grow, sent_edition

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10

PAGES = [
    "/nl/",
    "/en/about/",
    "/nl/organisations/",
    "/nl/organisations/?country=KG&kind=ngo",
    "/en/organisations/hub/",
    "/nl/organisations/better-care/",  # the portal network, with all the members
    "/nl/projects/",
    "/en/projects/?country=KG&theme=care&status=running&year=2024&sort=title",
    "/nl/projects/?organisation=hub&donor=hub-donor&kind=project",
    "/nl/projects/?q=project&page=2",
    "/en/projects/hub-project/",
    "/nl/donors/",
    "/en/donors/hub-donor/",
    "/nl/countries/kg/",
    "/en/countries/",
    "/nl/search/?q=project",
    "/en/transparency/",
    "/en/search/?q=hubb",  # a typo: the names close to it
    "/nl/partnerships/",
    "/en/contact/",
    "/en/partnerships/?level=national&page=2",
    "/nl/newsletter/",
    "/nl/newsletter/archive/",
    "/en/newsletter/archive/hub-issue/",
    "/nl/privacy/",
    "/en/accessibility/",
    "/nl/projects/feed/rss/",
    "/en/projects/feed/atom/",
    "/nl/publications/",
    "/en/publications/?type=report&theme=care&country=KG&organisation=hub&language=nl&year=2024",
    "/nl/publications/?q=publicatie&page=2",
    "/en/publications/hub-publication/",
    "/nl/news/",
    "/en/news/?source=hub&country=KG&year=2024&project=hub-project",
    "/nl/news/?q=nieuwsbericht&page=2",
    "/en/news/hub-news/",
    "/nl/news/network-news/",
    "/nl/news/feed/rss/",
    "/en/news/feed/atom/",
    "/nl/campaigns/",
    "/en/campaigns/hub-campaign/",
]


@pytest.fixture
def hub(portal):
    """An organisation and a donor at the centre of everything `grow` adds."""
    hub = OrganisationFactory(slug="hub")
    theme = ThemeFactory(slug="care")
    project = ProjectFactory(lead=hub, slug="hub-project", themes=[theme])
    sent_edition(project, slug="hub-issue")
    PublicationFactory(
        slug="hub-publication", organisations=[hub], projects=[project], themes=[theme]
    )
    NewsItemFactory(slug="hub-news", organisation=hub, project=project)
    NewsItemFactory(slug="network-news", organisation=None)
    partner = OrganisationFactory(slug="hub-partner")
    CampaignFactory(
        slug="hub-campaign",
        organisations=[hub, partner],
        outside_bodies=[partner],
        signature_goal=9,
    )
    return hub, DonorFactory(slug="hub-donor"), theme


def test_query_counts_are_small_and_do_not_grow_with_the_data(client, portal, hub, count_queries):
    organisation, donor, theme = hub
    grow(portal, organisation, donor, 10, themes=[theme])
    small = {url: count_queries(client, url) for url in PAGES}

    grow(portal, organisation, donor, 290, themes=[theme])
    large = {url: count_queries(client, url) for url in PAGES}

    assert {url: status for url, (status, _count) in small.items()} == dict.fromkeys(PAGES, 200)
    assert large == small, {url: (small[url][1], large[url][1]) for url in PAGES}
    too_many = {url: count for url, (_status, count) in large.items() if count > MAX_QUERIES}
    assert too_many == {}


def test_about_costs_the_same_with_or_without_pillars(client, portal, count_queries):
    with_pillars = count_queries(client, "/en/about/")
    text = client.get("/en/about/").text
    pillar = text[
        text.index("Realising rights") : text.index("</section>", text.index("Realising rights"))
    ]
    assert "CRC everywhere" in pillar and "Exchange and advocacy" not in pillar

    portal.pillars.all().delete()  # its goals stay, under no pillar
    without_pillars = count_queries(client, "/en/about/")

    assert with_pillars == without_pillars
    assert "CRC everywhere" in client.get("/en/about/").text
