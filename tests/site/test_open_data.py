"""The open-data page: edited in the admin like the statements, with the licence the
network chose, the addresses of the CSV files, the API and the IATI files; linked from the
footer and from every profile; in the sitemap."""

import pytest

from core.models import Publication
from cpcportal.models import SitePage, SitePageKey
from organisations.models import OpenDataLicence
from tests.factories import NetworkFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "heading"), [("nl", "Licentie"), ("en", "Licence")])
def test_the_page_says_what_is_published_and_where(client, language, heading):
    response = client.get(f"/{language}/open-data/")

    assert response.status_code == 200
    html = response.text
    assert f'<h2 id="licence-heading">{heading}</h2>' in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in html
    for csv in ("projects", "organisations", "donors", "fundings"):
        assert f'href="/{language}/open-data/{csv}.csv"' in html
    assert 'href="/api/v1/"' in html
    assert 'href="/api/v1/docs/"' in html
    assert 'href="/api/v1/schema/?format=json"' in html
    assert "IATI Registry" in html  # how a member registers its file


def test_the_licence_is_the_networks_choice(client):
    NetworkFactory(is_portal_network=True, open_data_licence=OpenDataLicence.CC0)

    html = client.get("/en/open-data/").text

    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/" rel="license"' in html
    assert "creativecommons.org/licenses/by/4.0/" not in html


def test_the_secretariat_edits_its_text(client):
    page = SitePage.objects.get(key=SitePageKey.OPEN_DATA)
    page.body_nl = "<p>Onze eigen uitleg over open data.</p>"
    page.save()

    assert "Onze eigen uitleg over open data." in client.get("/nl/open-data/").text


def test_only_public_organisations_with_an_iati_identifier_are_listed(client):
    OrganisationFactory(name_nl="Publiceert zelf", iati_identifier="NL-KVK-12345678")
    OrganisationFactory(name_nl="Zonder identificatie", iati_identifier="")
    OrganisationFactory(
        name_nl="Nog een concept", iati_identifier="NL-KVK-87654321", publication=Publication.DRAFT
    )

    html = client.get("/nl/open-data/").text

    assert "Publiceert zelf" in html
    assert "NL-KVK-12345678" in html
    assert "Zonder identificatie" not in html
    assert "NL-KVK-87654321" not in html


def test_the_footer_and_every_profile_link_to_it(client):
    OrganisationFactory(slug="cpc")

    assert 'href="/nl/open-data/"' in client.get("/nl/").text
    assert 'href="/en/open-data/"' in client.get("/en/organisations/cpc/").text


def test_the_page_is_in_the_sitemap(client):
    xml = client.get("/sitemap.xml").text

    assert "/nl/open-data/</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/open-data/"' in xml
