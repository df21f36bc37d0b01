"""One search for the portal (issue #16): projects, organisations, countries and donors,
grouped, with stemming, accents, prefixes and typos in both languages."""

import pytest
from django.db import connection

from core.models import Publication
from search import documents
from tests.factories import DonorFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def groups(client, q, language="nl"):
    response = client.get(f"/{language}/search/", {"q": q})
    assert response.status_code == 200
    return {group.key: [hit.title for hit in group.hits] for group in response.context["groups"]}


@pytest.fixture
def content():
    defence = OrganisationFactory(
        name_nl="Defence for Children",
        name_en="Defence for Children",
        city="Genève",
        summary_nl="Komt op voor de rechten van kinderen in de jeugdstrafrechtspraak.",
        summary_en="Stands up for children's rights in juvenile justice.",
    )
    OrganisationFactory(name_nl="Geheime stichting", publication=Publication.DRAFT)
    ProjectFactory(
        slug="justice",
        title_nl="Kindvriendelijke rechtspraak",
        title_en="Child-friendly justice",
        countries=["KG"],
        lead=defence,
    )
    ProjectFactory(slug="care", title_nl="Pleegzorg", title_en="Foster care", countries=["PE"])
    DonorFactory(
        name_nl="Nationale Postcode Loterij",
        name_en="Dutch Postcode Lottery",
        description_nl="Steunt goede doelen met de opbrengst van de loterij.",
    )


def test_one_search_finds_every_kind_grouped(client, content):
    found = groups(client, "justice", "en")
    assert found["projects"] == ["Child-friendly justice"]
    assert found["organisations"] == ["Defence for Children"]
    assert found["countries"] == [] and found["donors"] == []


def test_stemming_in_each_language(client, content):
    assert groups(client, "rechten")["organisations"] == ["Defence for Children"]
    assert groups(client, "right", "en")["organisations"] == ["Defence for Children"]
    assert groups(client, "lotteries", "en")["donors"] == ["Dutch Postcode Lottery"]


def test_accents_prefixes_and_typos(client, content):
    assert groups(client, "geneve")["organisations"] == ["Defence for Children"]
    assert groups(client, "postco")["donors"] == ["Nationale Postcode Loterij"]
    assert groups(client, "Defense for Childern")["organisations"] == ["Defence for Children"]
    assert groups(client, "Postcod Lotery", "en")["donors"] == ["Dutch Postcode Lottery"]


@pytest.mark.parametrize(
    ("q", "language", "country"),
    [
        ("Kirgizië", "nl", "Kirgizië"),
        ("kyrgyzstan", "nl", "Kirgizië"),
        ("Kirgizie", "en", "Kyrgyzstan"),
        ("kyrgyz", "en", "Kyrgyzstan"),
        ("Kirgizstan", "en", "Kyrgyzstan"),  # a slip
        ("peru", "nl", "Peru"),
    ],
)
def test_a_country_in_either_language(client, content, q, language, country):
    found = groups(client, q, language)
    assert found["countries"] == [country]
    if q in ("Kirgizië", "kyrgyzstan", "Kirgizie", "kyrgyz"):
        assert found["projects"] == [  # the project search knows country names too
            "Kindvriendelijke rechtspraak" if language == "nl" else "Child-friendly justice"
        ]


def test_hidden_content_is_never_found(client, content):
    found = groups(client, "geheime stichting")
    assert found["organisations"] == []


def test_the_page_says_what_it_found_and_links_to_it(client, content):
    response = client.get("/en/search/", {"q": "justice"})
    html = response.content.decode()
    assert "2 results for “justice”" in html
    assert 'href="/en/projects/justice/"' in html
    assert "Defence for Children" in html
    assert '<meta name="robots" content="noindex, follow">' in html  # results, not pages

    nothing = client.get("/nl/search/", {"q": "qwxyzzy"}).content.decode()
    assert "0 resultaten voor “qwxyzzy”" in nothing
    assert "Niets gevonden" in nothing


def test_many_projects_link_to_the_listing_for_the_rest(client):
    for number in range(12):
        ProjectFactory(title_nl=f"Pleegzorg {number}")
    html = client.get("/nl/search/", {"q": "pleegzorg"}).content.decode()
    assert html.count('class="search-hit"') == 10
    assert 'href="/nl/projects/?q=pleegzorg"' in html
    assert "Alle 12 gevonden projecten" in html


def test_odd_input_gives_a_normal_page(client, content):
    assert client.get("/nl/search/").status_code == 200
    assert client.get("/nl/search/", {"q": "&|!():*<>'\""}).status_code == 200
    too_long = client.get("/nl/search/", {"q": "x" * 201})
    assert too_long.status_code == 200
    assert too_long.context["groups"] == []
    assert 'aria-invalid="true"' in too_long.content.decode()


def test_every_page_has_the_search_in_its_header(client, content):
    html = client.get("/en/projects/").content.decode()
    assert 'action="/en/search/" role="search"' in html


@pytest.mark.parametrize("source", documents.SOURCES)
@pytest.mark.parametrize("language", documents.CONFIGURATIONS)
def test_the_search_uses_the_gin_index(source, language):
    table = documents.SOURCES[source][0]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT 1 FROM {table} WHERE "  # noqa: S608 (constants only)
            f"{documents.document(source, language)} @@ to_tsquery('simple', 'x')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert documents.index_name(source, language) in plan


@pytest.fixture
def dated(content):
    """A news item and a publication, each with a Dutch and an English text."""
    from tests.factories import NewsItemFactory, PublicationFactory

    NewsItemFactory(
        title_nl="Voedselpakketten bereiken Bisjkek",
        title_en="Food parcels reach Bishkek",
        summary_nl="Gezinnen kregen meel, olie en zeep.",
        summary_en="Families received flour, oil and soap.",
        body_nl="<p>De maatschappelijk werkers brengen ze rond.</p>",
    )
    NewsItemFactory(title_nl="Concept over pakketten", publication=Publication.DRAFT)
    PublicationFactory(
        title_nl="Evaluatie van de jeugdrechtspraak in Georgië",
        title_en="Evaluation of juvenile justice in Georgia",
        summary_nl="Wat de hervormingen voor kinderen betekenden.",
        summary_en="What the reforms meant for children.",
    )


@pytest.mark.parametrize(
    ("language", "typed", "kind", "title"),
    [
        # stemming
        ("nl", "pakket", "news", "Voedselpakketten bereiken Bisjkek"),
        ("en", "parcel", "news", "Food parcels reach Bishkek"),
        ("nl", "hervorming", "publications", "Evaluatie van de jeugdrechtspraak in Georgië"),
        ("en", "reform", "publications", "Evaluation of juvenile justice in Georgia"),
        # accents ignored
        ("nl", "georgie", "publications", "Evaluatie van de jeugdrechtspraak in Georgië"),
        # the last word unfinished
        ("nl", "maatschappelijk wer", "news", "Voedselpakketten bereiken Bisjkek"),
        ("en", "evalu", "publications", "Evaluation of juvenile justice in Georgia"),
        # typos: the titles close to every word
        ("nl", "Bisjkeek", "news", "Voedselpakketten bereiken Bisjkek"),
        ("en", "Evaluaton", "publications", "Evaluation of juvenile justice in Georgia"),
    ],
)
def test_news_and_publications_are_found_as_the_rest_is(
    client, dated, language, typed, kind, title
):
    assert groups(client, typed, language)[kind] == [title]


def test_drafts_are_not_found_and_a_long_list_links_to_its_index(client, dated):
    from tests.factories import NewsItemFactory

    assert groups(client, "concept")["news"] == []
    for number in range(11):
        NewsItemFactory(title_nl=f"Zomerkamp {number}")

    response = client.get("/nl/search/", {"q": "zomerkamp"})

    news = next(group for group in response.context["groups"] if group.key == "news")
    assert (news.total, len(news.hits)) == (11, 10)
    assert 'href="/nl/news/?q=zomerkamp">Alle 11 gevonden nieuwsberichten</a>' in response.text


def test_campaigns_are_found_too(client, dated):
    from tests.factories import CampaignFactory

    CampaignFactory(
        title_nl="Kijk niet weg",
        title_en="Don't look away",
        summary_nl="Reizigers melden een vermoeden van kindermisbruik.",
        summary_en="Travellers report a suspicion of child abuse.",
    )

    assert groups(client, "melden")["campaigns"] == ["Kijk niet weg"]
    assert groups(client, "traveller", "en")["campaigns"] == ["Don't look away"]
    assert groups(client, "kijk niet wegg")["campaigns"] == ["Kijk niet weg"]  # a slip
