"""Organisations without a logo get a placeholder with their initials, or their acronym."""

import pytest

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "placeholder"),
    [
        ("CPC – Child Protection Centre", "CPC"),
        ("SOS Kinderdorpen", "SOS"),
        ("Defence for Children", "DC"),
        ("UNICEF Nederland", "UN"),
        ("terre des hommes", "TDH"),
    ],
)
def test_profile_without_a_logo_shows_initials_or_the_acronym(client, name, placeholder):
    OrganisationFactory(name_nl=name, name_en=name, slug="org", logo="")

    response = client.get("/nl/organisations/org/")

    assert f'<span class="logo-initials" aria-hidden="true">{placeholder}</span>' in response.text
