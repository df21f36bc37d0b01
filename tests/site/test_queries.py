"""Every page costs the same number of SQL queries, whatever the amount of data."""

import pytest

from tests.factories import DonorFactory, OrganisationFactory, ProjectFactory
from tests.site.conftest import grow

pytestmark = pytest.mark.django_db

PAGES = [
    "/nl/",
    "/en/about/",
    "/nl/organisations/",
    "/nl/organisations/?country=KG&kind=ngo",
    "/en/organisations/hub/",
    "/nl/organisations/better-care/",  # the portal network, with all the members
    "/nl/donors/",
    "/en/donors/hub-donor/",
    "/nl/countries/kg/",
]


def test_query_counts_do_not_grow_with_the_data(client, portal, count_queries):
    hub = OrganisationFactory(slug="hub")
    donor = DonorFactory(slug="hub-donor")
    ProjectFactory(lead=hub)

    grow(portal, hub, donor, 10)
    small = {url: count_queries(client, url) for url in PAGES}

    grow(portal, hub, donor, 290)
    large = {url: count_queries(client, url) for url in PAGES}

    assert all(status == 200 for status, _count in small.values())
    assert large == small, {url: (small[url][1], large[url][1]) for url in PAGES}
    print({url: count for url, (_status, count) in small.items()})
