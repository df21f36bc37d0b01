"""The contact page: the secretariat's text as edited, with the network's details."""

import pytest

from cpcportal.models import SitePage

pytestmark = pytest.mark.django_db


def test_the_contact_page_gives_the_secretariat_and_a_press_contact(client, portal):
    portal.email, portal.city = "secretariaat@example.org", "Leiden"
    portal.save()

    dutch = client.get("/nl/contact/")
    english = client.get("/en/contact/").text

    assert dutch.status_code == 200
    assert "<h2>Pers</h2>" in dutch.text and "<h2>Press</h2>" in english
    assert 'href="mailto:secretariaat@example.org"' in dutch.text
    assert "Leiden" in dutch.text and "Better Care Netwerk" in dutch.text
    assert 'href="/nl/contact/"' in client.get("/nl/").text  # in every page's footer


def test_the_contact_page_shows_what_the_secretariat_wrote(client):
    page = SitePage.objects.get(key="contact")
    page.body_nl = "<p>Bel ons op dinsdag.</p><script>alert(1)</script>"
    page.save()

    text = client.get("/nl/contact/").text

    assert "<p>Bel ons op dinsdag.</p>" in text
    assert "alert(1)" not in text
