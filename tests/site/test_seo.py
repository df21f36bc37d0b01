"""Sitemap, robots.txt, head tags, and the privacy and accessibility statements."""

import re

import pytest

from cpcportal.models import SitePage
from tests.factories import DonorFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    OrganisationFactory(slug="cpc", country="KG")
    OrganisationFactory(slug="concept-org", publication="draft", country="PE")
    ProjectFactory(slug="girls-in-science", countries=["KG"])
    ProjectFactory(slug="concept-project", countries=["PE"], publication="draft")
    DonorFactory(slug="unicef")
    DonorFactory(slug="concept-donor", publication="draft")


def test_sitemap_lists_public_pages_in_both_languages_with_alternates(client, content):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    for path in [
        "/",
        "/about/",
        "/organisations/",
        "/donors/",
        "/privacy/",
        "/accessibility/",
        "/organisations/cpc/",
        "/donors/unicef/",
        "/countries/kg/",
    ]:
        assert f"http://testserver/nl{path}" in locations
        assert f"http://testserver/en{path}" in locations
    assert 'hreflang="en" href="http://testserver/en/organisations/cpc/"' in xml
    assert 'hreflang="nl" href="http://testserver/nl/organisations/cpc/"' in xml
    assert "concept" not in xml
    assert "/countries/pe/" not in xml


def test_sitemap_lists_project_pages(client, content):
    xml = client.get("/sitemap.xml").content.decode()

    assert "http://testserver/nl/projects/girls-in-science/" in xml
    assert "http://testserver/en/projects/" in xml


def test_favicon_ico_is_the_portals_mark(client):
    from io import BytesIO

    from PIL import Image

    response = client.get("/favicon.ico")
    body = b"".join(response.streaming_content) if response.streaming else response.content

    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    icon = Image.open(BytesIO(body))
    assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]
    assert icon.convert("RGB").getpixel((24, 6)) == (28, 93, 135)  # the portal's blue


def test_robots_txt(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_robots_txt_keeps_crawlers_out_of_filter_combinations_and_personal_links(client):
    rules = client.get("/robots.txt").content.decode().splitlines()

    assert "Disallow: /*/projects/?" in rules
    assert "Disallow: /*/organisations/?" in rules
    assert "Disallow: /*/search/" in rules
    assert "Disallow: /*/open-data/projects.csv?" in rules
    assert "Disallow: /api/v1/projects/?" in rules
    assert "Disallow: /*/newsletter/confirm/" in rules
    assert "Disallow: /*/newsletter/unsubscribe/" in rules
    # The pages themselves stay open to search engines.
    assert "Disallow: /*/projects/" not in rules


def test_head_has_canonical_open_graph_hreflang_and_feeds(client):
    OrganisationFactory(slug="cpc", name_nl="CPC", name_en="CPC")

    text = client.get("/en/organisations/cpc/?utm_source=x").text

    assert '<link rel="canonical" href="http://testserver/en/organisations/cpc/">' in text
    assert '<meta property="og:title" content="CPC">' in text
    assert '<meta property="og:locale" content="en_GB">' in text
    assert '<meta property="og:url" content="http://testserver/en/organisations/cpc/">' in text
    assert 'hreflang="nl" href="http://testserver/nl/organisations/cpc/?utm_source=x"' in text
    assert 'type="application/rss+xml"' in text
    assert 'type="application/atom+xml"' in text
    assert "<title>CPC – " in text


def test_navigation_marks_the_current_section(client):
    text = client.get("/nl/donors/").text

    assert 'href="/nl/projects/"' in text
    assert 'class="nav-link active" aria-current="page" href="/nl/donors/"' in text


@pytest.mark.parametrize("name", ["privacy", "accessibility"])
def test_statements_exist_in_both_languages(client, name):
    dutch = client.get(f"/nl/{name}/")
    english = client.get(f"/en/{name}/")

    assert dutch.status_code == english.status_code == 200
    page = SitePage.objects.get(key=name)
    assert page.title_nl in dutch.text
    assert page.title_en in english.text
    assert page.version in dutch.text


def test_privacy_statement_says_what_the_newsletter_keeps(client):
    text = client.get("/en/privacy/").text

    for phrase in ["e-mail address", "IP address", "unsubscribe", "functional cookies"]:
        assert phrase in text


def test_accessibility_statement_aims_at_wcag(client):
    assert "WCAG) 2.1" in client.get("/nl/accessibility/").text


def test_statement_falls_back_to_dutch_and_is_sanitised(client):
    page = SitePage.objects.get(key="privacy")
    page.body_nl = '<p onclick="x()">Alleen Nederlands</p><script>alert(1)</script>'
    page.body_en = ""
    page.save()

    text = client.get("/en/privacy/").text

    assert "<p>Alleen Nederlands</p>" in text
    assert "alert(1)" not in text
