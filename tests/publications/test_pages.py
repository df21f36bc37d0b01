"""The public publication pages, through HTTP: listing, filters and search in both
languages, a publication's page, its download, the sitemap, projects and profiles."""

import pytest

from core.models import Publication as State
from tests.factories import (
    OrganisationFactory,
    ProjectFactory,
    PublicationFactory,
    ThemeFactory,
)
from tests.publications.conftest import pdf_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    org = OrganisationFactory(slug="cpc", name_nl="CPC")
    care = ThemeFactory(slug="care", name_nl="Zorg", name_en="Care")
    evaluation = PublicationFactory(
        slug="evaluatie-opvang",
        title_nl="Evaluatie van de pleegzorg",
        title_en="Evaluation of foster care",
        summary_nl="Wat pleeggezinnen in Bisjkek nodig hebben.",
        summary_en="What foster families in Bishkek need.",
        kind="evaluation",
        language="en",
        published_on="2023-03-01",
        countries=["KG"],
        organisations=[org],
        themes=[care],
    )
    factsheet = PublicationFactory(
        slug="factsheet-kinderarbeid",
        title_nl="Factsheet kinderarbeid",
        title_en="Factsheet on child labour",
        summary_nl="Cijfers over werkende kinderen.",
        summary_en="Figures on working children.",
        kind="factsheet",
        published_on="2025-01-10",
        countries=["PE"],
    )
    draft = PublicationFactory(slug="concept", title_nl="Concept", publication=State.DRAFT)
    return evaluation, factsheet, draft


def slugs(response):
    return [p.slug for p in response.context["publications"]]


def test_the_listing_shows_public_publications_newest_first(client, library):
    response = client.get("/nl/publications/")

    assert response.status_code == 200
    assert slugs(response) == ["factsheet-kinderarbeid", "evaluatie-opvang"]
    assert "2 publicaties" in response.text or "2 publications" in response.text


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("type=evaluation", ["evaluatie-opvang"]),
        ("theme=care", ["evaluatie-opvang"]),
        ("country=PE", ["factsheet-kinderarbeid"]),
        ("organisation=cpc", ["evaluatie-opvang"]),
        ("language=en", ["evaluatie-opvang"]),
        ("year=2025", ["factsheet-kinderarbeid"]),
        ("year=2025&type=evaluation", []),
    ],
)
def test_filters_find_the_right_publications(client, library, query, found):
    assert slugs(client.get(f"/en/publications/?{query}")) == found


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("/nl/publications/?q=pleeggezinnen", ["evaluatie-opvang"]),  # Dutch summary
        ("/nl/publications/?q=kinderarbei", ["factsheet-kinderarbeid"]),  # unfinished word
        ("/en/publications/?q=families", ["evaluatie-opvang"]),  # English, stemmed
        ("/en/publications/?q=Bishkek", ["evaluatie-opvang"]),
        ("/en/publications/?q=labour+figures", ["factsheet-kinderarbeid"]),
        ("/en/publications/?q=concept", []),  # a draft is not found
    ],
)
def test_search_in_the_pages_language(client, library, url, found):
    assert slugs(client.get(url)) == found


def test_nothing_found_says_so(client, library):
    response = client.get("/en/publications/?q=qwxyzzy")

    assert "No publications match this search or these filters." in response.text


def test_an_unknown_filter_value_is_told_and_ignored(client, library):
    response = client.get("/en/publications/?type=novel")

    assert len(slugs(response)) == 2
    assert "This choice is not available" in response.text


def test_the_detail_page_shows_summary_facts_and_link(client, library):
    evaluation, _factsheet, _draft = library
    project = ProjectFactory(slug="foster", title_en="Foster care in Bishkek")
    evaluation.projects.set([project])

    response = client.get("/en/publications/evaluatie-opvang/")

    assert response.status_code == 200
    text = response.text
    assert "Evaluation of foster care" in text and "What foster families in Bishkek need." in text
    assert 'href="https://example.org/report.pdf"' in text
    assert 'href="/en/projects/foster/"' in text and 'href="/en/organisations/cpc/"' in text
    assert "Kyrgyzstan" in text and "Care" in text


def test_a_draft_or_unknown_publication_is_not_found(client, library):
    assert client.get("/nl/publications/concept/").status_code == 404
    assert client.get("/nl/publications/concept/download/").status_code == 404
    assert client.get("/nl/publications/no-such/").status_code == 404


def test_a_hidden_organisations_publication_is_not_found(client):
    hidden = OrganisationFactory(publication=State.DRAFT)
    PublicationFactory(slug="verborgen", organisations=[hidden])

    assert client.get("/nl/publications/verborgen/").status_code == 404


def test_the_pdf_is_downloaded_with_safe_headers(client):
    data = pdf_bytes()
    publication = PublicationFactory(slug="jaarverslag-2024", url="", file=upload(data, "x y.pdf"))

    response = client.get("/nl/publications/jaarverslag-2024/download/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="jaarverslag-2024.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == data
    page = client.get("/nl/publications/jaarverslag-2024/").text
    assert 'href="/nl/publications/jaarverslag-2024/download/"' in page
    assert f'src="{publication.thumbnail.url}" width="300"' in page
    assert "First page of" in client.get("/en/publications/jaarverslag-2024/").text


def test_a_draft_pdf_is_not_downloaded(client):
    PublicationFactory(slug="geheim", url="", file=upload(pdf_bytes()), publication=State.DRAFT)

    assert client.get("/nl/publications/geheim/download/").status_code == 404


def test_a_link_only_publication_has_no_download(client, library):
    assert client.get("/nl/publications/evaluatie-opvang/download/").status_code == 404


def test_project_page_and_profile_list_their_public_publications(client, library):
    evaluation, _factsheet, draft = library
    lead = OrganisationFactory(slug="lead")
    project = ProjectFactory(slug="foster", lead=lead)
    evaluation.projects.set([project])
    draft.projects.set([project])
    draft.organisations.add(lead)
    evaluation.organisations.add(lead)

    project_page = client.get("/en/projects/foster/").text
    profile = client.get("/en/organisations/lead/").text

    for text in (project_page, profile):
        assert 'href="/en/publications/evaluatie-opvang/">Evaluation of foster care</a>' in text
        assert "Evaluation, 2023" in text
        assert "/publications/concept/" not in text
    assert 'href="/en/publications/?organisation=lead"' in profile


def test_the_sitemap_lists_public_publications(client, library):
    text = client.get("/sitemap.xml").text

    assert "/nl/publications/evaluatie-opvang/" in text
    assert "/en/publications/factsheet-kinderarbeid/" in text
    assert "/nl/publications/</loc>" in text
    assert "/publications/concept/" not in text


def test_the_menu_links_the_listing(client, library):
    assert 'href="/nl/publications/"' in client.get("/nl/").text


def queries(client, url):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_publications_cost_the_project_page_and_profile_no_query(client):
    lead = OrganisationFactory(slug="lead")
    ProjectFactory(slug="foster", lead=lead)
    before = {
        url: queries(client, url) for url in ("/nl/projects/foster/", "/nl/organisations/lead/")
    }

    for _ in range(3):
        PublicationFactory(organisations=[lead], projects=[lead.participations.get().project])
    after = {url: queries(client, url) for url in before}

    assert after == before
    assert client.get("/nl/projects/foster/").text.count("/nl/publications/publication-") == 3
