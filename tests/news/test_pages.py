"""The public news: the index with its filters and search, an item's page, and news on the
pages of projects, organisations and the home page. Only what is public is shown."""

import datetime

import pytest

from core.models import Publication
from tests.factories import NewsItemFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [item.title for item in response.context["news_items"]]


@pytest.fixture
def cpc():
    return OrganisationFactory(name_nl="CPC", name_en="CPC", slug="cpc")


def test_the_index_shows_public_news_newest_first(client, cpc):
    NewsItemFactory(title_nl="Oud", organisation=cpc, published_on=datetime.date(2020, 1, 5))
    NewsItemFactory(title_nl="Nieuw", organisation=cpc, published_on=datetime.date(2024, 3, 1))
    NewsItemFactory(title_nl="Netwerk", organisation=None, published_on=datetime.date(2022, 1, 1))
    NewsItemFactory(title_nl="Concept", organisation=cpc, publication=Publication.DRAFT)

    response = client.get("/nl/news/")

    assert response.status_code == 200
    assert titles(response) == ["Nieuw", "Netwerk", "Oud"]
    assert "3 nieuwsberichten" in response.text
    assert "Het netwerk" in response.text  # who the network's own news is from


def test_news_of_a_hidden_organisation_or_about_a_hidden_project_is_not_shown(client, cpc):
    hidden = OrganisationFactory(publication=Publication.DRAFT)
    draft_project = ProjectFactory(lead=cpc, publication=Publication.DRAFT)
    NewsItemFactory(title_nl="Van verborgen", slug="verborgen", organisation=hidden)
    NewsItemFactory(
        title_nl="Over concept", slug="concept", organisation=cpc, project=draft_project
    )
    NewsItemFactory(title_nl="Zichtbaar", organisation=cpc)

    assert titles(client.get("/nl/news/")) == ["Zichtbaar"]
    assert client.get("/nl/news/verborgen/").status_code == 404
    assert client.get("/nl/news/concept/").status_code == 404
    assert client.get("/nl/news/no-such-item/").status_code == 404


def test_filters_by_source_country_year_and_project(client, cpc):
    other = OrganisationFactory(slug="other")
    kyrgyz = ProjectFactory(lead=cpc, slug="kg-project", countries=["KG"])
    peru = ProjectFactory(lead=other, slug="pe-project", countries=["PE"])
    NewsItemFactory(
        title_nl="KG 2021", organisation=cpc, project=kyrgyz, published_on=datetime.date(2021, 5, 1)
    )
    NewsItemFactory(
        title_nl="PE 2023", organisation=other, project=peru, published_on=datetime.date(2023, 5, 1)
    )
    NewsItemFactory(
        title_nl="Netwerk 2023", organisation=None, published_on=datetime.date(2023, 6, 1)
    )

    assert titles(client.get("/nl/news/?source=network")) == ["Netwerk 2023"]
    assert titles(client.get("/nl/news/?source=cpc")) == ["KG 2021"]
    assert titles(client.get("/en/news/?country=PE")) == ["PE 2023"]
    assert titles(client.get("/en/news/?year=2023")) == ["Netwerk 2023", "PE 2023"]
    assert titles(client.get("/nl/news/?project=kg-project")) == ["KG 2021"]
    form = client.get("/en/news/").text
    assert '<option value="PE">Peru</option>' in form
    assert '<option value="network">The network</option>' in form


def test_an_unknown_filter_value_is_told_and_filters_nothing(client, cpc):
    NewsItemFactory(title_nl="Een", organisation=cpc)

    response = client.get("/en/news/?source=nobody&year=1800")

    assert response.status_code == 200
    assert titles(response) == ["Een"]
    assert "This choice is not available, so it is not applied." in response.text


def test_search_stems_in_the_pages_language_and_takes_a_prefix(client, cpc):
    NewsItemFactory(
        title_nl="Voedselpakketten in Bisjkek",
        title_en="Food parcels in Bishkek",
        summary_nl="De gezinnen kregen pakketten.",
        summary_en="The families received parcels.",
        body_nl="<p>Met <strong>zeep</strong> en meel.</p>",
        body_en="<p>With <strong>soap</strong> and flour.</p>",
        organisation=cpc,
    )
    NewsItemFactory(title_nl="Iets anders", title_en="Something else", organisation=cpc)

    assert titles(client.get("/nl/news/?q=pakket")) == ["Voedselpakketten in Bisjkek"]
    assert titles(client.get("/nl/news/?q=zeep")) == ["Voedselpakketten in Bisjkek"]
    assert titles(client.get("/en/news/?q=parcel")) == ["Food parcels in Bishkek"]
    assert titles(client.get("/en/news/?q=flou")) == ["Food parcels in Bishkek"]  # a prefix
    assert titles(client.get("/en/news/?q=strong")) == []  # markup is no word
    empty = client.get("/en/news/?q=zebra")
    assert "No news matches this search or these filters." in empty.text


def test_an_items_page_shows_its_text_photo_project_and_more_from_its_organisation(client, cpc):
    project = ProjectFactory(lead=cpc, title_nl="Meisjes in de wetenschap", slug="girls")
    item = NewsItemFactory(
        title_nl="Robotica-club",
        slug="robotica",
        organisation=cpc,
        project=project,
        body_nl='<p>Twintig meisjes.</p><script>alert(1)</script><p onclick="x()">Klik</p>',
    )
    NewsItemFactory(
        title_nl="Ouder bericht", organisation=cpc, published_on=datetime.date(2020, 2, 2)
    )
    NewsItemFactory(title_nl="Van een ander")

    response = client.get("/nl/news/robotica/")

    assert response.status_code == 200
    text = response.text
    assert "<h1>Robotica-club</h1>" in text
    assert "<p>Twintig meisjes.</p>" in text
    assert "<script>alert" not in text and "onclick" not in text
    assert 'href="/nl/projects/girls/">Meisjes in de wetenschap</a>' in text
    assert 'href="/nl/organisations/cpc/">CPC</a>' in text
    assert "Meer van CPC" in text and "Ouder bericht" in text and "2 februari 2020" in text
    assert "Van een ander" not in text
    assert item.get_absolute_url() == "/nl/news/robotica/"


def test_a_project_page_a_profile_and_the_home_page_show_the_latest_news(client, cpc):
    project = ProjectFactory(lead=cpc, slug="girls")
    for day in range(1, 8):
        NewsItemFactory(
            title_nl=f"Bericht {day}",
            organisation=cpc,
            project=project,
            published_on=datetime.date(2024, 1, day),
        )
    NewsItemFactory(
        title_nl="Concept", organisation=cpc, project=project, publication=Publication.DRAFT
    )

    project_page = client.get("/nl/projects/girls/").text
    profile = client.get("/nl/organisations/cpc/").text
    home = client.get("/nl/").text

    for page in (project_page, profile):
        assert "Bericht 7" in page and "Bericht 3" in page and "Bericht 2" not in page
        assert "Concept" not in page
        assert "7 januari 2024" in page
    assert '<a href="/nl/news/?project=girls">Al het nieuws over dit project</a>' in project_page
    assert '<a href="/nl/news/?source=cpc">Al het nieuws van deze organisatie</a>' in profile
    assert "Bericht 7" in home and "Bericht 5" in home and "Bericht 4" not in home


def test_the_menu_links_to_the_news_in_both_languages(client, cpc):
    assert '<a class="nav-link" href="/nl/news/">Nieuws</a>' in client.get("/nl/").text
    assert '<a class="nav-link" href="/en/news/">News</a>' in client.get("/en/").text


def test_the_feeds_carry_the_public_news_with_its_summary_as_text(client, cpc):
    NewsItemFactory(
        title_nl="Zomervakantie",
        summary_nl="Meld het <b>altijd</b>.",
        organisation=cpc,
        published_on=datetime.date(2023, 7, 1),
    )
    NewsItemFactory(title_nl="Concept", organisation=cpc, publication=Publication.DRAFT)

    rss = client.get("/nl/news/feed/rss/")
    atom = client.get("/en/news/feed/atom/")

    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    assert "<title>Zomervakantie</title>" in rss.text
    assert "Meld het &lt;b&gt;altijd&lt;/b&gt;." in rss.text or "&amp;lt;b&amp;gt;" in rss.text
    assert "Sat, 01 Jul 2023" in rss.text
    assert "Concept" not in rss.text
    assert atom.status_code == 200 and "<feed" in atom.text and "Zomervakantie" in atom.text
    head = client.get("/nl/").text
    assert 'type="application/rss+xml" title="Nieuws (RSS)" href="/nl/news/feed/rss/"' in head


def test_the_sitemap_lists_public_news_in_both_languages(client, cpc):
    NewsItemFactory(slug="openbaar", organisation=cpc)
    NewsItemFactory(slug="concept", organisation=cpc, publication=Publication.DRAFT)

    sitemap = client.get("/sitemap.xml").text

    assert "/nl/news/openbaar/" in sitemap and "/en/news/openbaar/" in sitemap
    assert "/nl/news/</loc>" in sitemap
    assert "concept" not in sitemap
