"""Trust on every profile and gathered on /transparency/ (issue #16): the ANBI status, the
CBF seal with its date, annual reports, the child-safeguarding policy and the complaints
contact. The marks are set by network editors only."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core.models import Publication
from organisations.models import AnnualReport, Organisation
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trusted(portal):
    """The portal network's chair, with every mark and document filled in."""
    chair = Organisation.objects.get(slug="dci")
    chair.anbi_rsin = "111222333"
    chair.cbf_recognised = True
    chair.cbf_recognised_since = datetime.date(2019, 3, 1)
    chair.safeguarding_policy = "https://dci.example.org/safeguarding.pdf"
    chair.complaints_url = "https://dci.example.org/klachten"
    chair.complaints_email = "klachten@dci.example.org"
    chair.save()
    for year in (2023, 2024, 2022):
        AnnualReport.objects.create(
            organisation=chair, year=year, url=f"https://dci.example.org/jaarverslag-{year}.pdf"
        )
    return chair


def test_the_profile_shows_what_makes_it_trustworthy(client, trusted):
    html = client.get("/nl/organisations/dci/").content.decode()

    assert "Vertrouwen en transparantie" in html
    assert "RSIN 111222333" in html
    assert "sinds 1 maart 2019" in html
    assert 'href="https://dci.example.org/safeguarding.pdf"' in html
    assert 'href="mailto:klachten@dci.example.org"' in html
    years = [html.index(f"jaarverslag-{year}.pdf") for year in (2024, 2023, 2022)]
    assert years == sorted(years)  # newest first


def test_a_profile_without_any_says_nothing_about_it(client, portal):
    html = client.get("/nl/organisations/wilde-ganzen/").content.decode()
    assert "Vertrouwen en transparantie" not in html


def test_the_transparency_page_gathers_the_network_and_its_members(client, portal, trusted):
    OrganisationFactory(name_nl="Ministerie", slug="ministerie")  # not a member
    hidden = OrganisationFactory(name_nl="Verborgen lid", publication=Publication.DRAFT)
    MembershipFactory(network=portal, member=hidden)

    response = client.get("/en/transparency/")
    html = response.content.decode()

    assert response.status_code == 200
    names = [o.name for o in response.context["organisations"]]
    assert names == ["Better Care Network", "Defence for Children", "Wild Geese"]
    assert "Ministerie" not in html and "Verborgen lid" not in html
    assert "RSIN 111222333" in html and "Yes, since 1 March 2019" in html
    assert 'aria-label="Annual report 2024 of Defence for Children"' in html
    assert html.count("not given") >= 4  # the network and Wild Geese have none of it


def test_the_transparency_page_is_in_the_footer_and_the_sitemap(client, portal):
    assert 'href="/nl/transparency/"' in client.get("/nl/").content.decode()
    assert "/en/transparency/" in client.get("/sitemap.xml").content.decode()


def test_a_report_is_for_a_past_or_current_year_and_one_per_year(trusted):
    future = AnnualReport(organisation=trusted, year=2999, url="https://x.example/r.pdf")
    with pytest.raises(ValidationError, match="nog moet komen"):
        future.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        AnnualReport.objects.create(organisation=trusted, year=2024, url="https://x.example/")


def test_a_cbf_date_needs_the_seal(portal):
    organisation = Organisation.objects.get(slug="wilde-ganzen")
    organisation.cbf_recognised_since = datetime.date(2020, 1, 1)
    with pytest.raises(ValidationError, match="CBF"):
        organisation.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        organisation.save()
