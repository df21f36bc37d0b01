"""Searching projects: per language, accents, prefixes, typos, names, odd input, drafts."""

import pytest
from django.core.cache import cache

from core.models import Publication
from donors.models import Funding
from projects.models import Participation
from projects.search import search_terms, tsquery_text
from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def found(client, q, language="nl", **params):
    response = client.get(f"/{language}/projects/", {"q": q, **params})
    assert response.status_code == 200
    return {project.slug for project in response.context["projects"]}


@pytest.fixture
def projects():
    return {
        "vaccines": ProjectFactory(
            slug="vaccines",
            title_nl="Gezonde start",
            title_en="Healthy start",
            summary_nl="Zorg voor jonge kinderen.",
            summary_en="Care for young children.",
            description_nl="<p>Een campagne voor <strong>vaccinatie</strong> in Kirgizië.</p>",
            description_en="<p>A campaign for immunisation of toddlers in Kyrgyzstan.</p>",
            countries=["KG"],
        ),
        "court": ProjectFactory(
            slug="court",
            title_nl="Kindvriendelijke rechtspraak",
            title_en="Child-friendly justice",
            summary_nl="Kinderen gehoord door de rechter.",
            summary_en="Children heard by judges.",
            description_nl="<p>Trainingen voor rechters en advocaten.</p>",
            description_en="<p>Training for lawyers.</p>",
            countries=["NL"],
        ),
    }


def test_a_word_in_the_dutch_description_at_nl(client, projects):
    assert found(client, "rechters") == {"court"}


def test_a_word_in_the_english_description_at_en(client, projects):
    assert found(client, "toddlers", "en") == {"vaccines"}
    assert found(client, "toddlers", "nl") == set()


def test_stemming_per_language(client, projects):
    assert found(client, "lawyer", "en") == {"court"}
    assert found(client, "rechter", "nl") == {"court"}


def test_accents_are_ignored(client, projects):
    assert found(client, "Kirgizie") == {"vaccines"}
    assert found(client, "kirgizië") == {"vaccines"}


def test_prefix_while_typing(client, projects):
    assert found(client, "vaccin") == {"vaccines"}
    assert found(client, "campagne vacc") == {"vaccines"}


def test_all_words_must_match(client, projects):
    assert found(client, "vaccinatie rechters") == set()


def test_a_small_typo_in_a_title_still_finds_it(client, projects):
    assert found(client, "rechtsprak") == {"court"}
    assert found(client, "Helthy start", "en") == {"vaccines"}


def test_english_falls_back_to_dutch_text(client):
    ProjectFactory(
        slug="dutch-only", title_en="", summary_en="", description_nl="<p>Pleegzorg.</p>"
    )
    assert found(client, "pleegzorg", "en") == {"dutch-only"}


def test_organisation_and_donor_names(client, projects):
    organisation = OrganisationFactory(name_nl="Stichting Zonnebloem", name_en="Sunflower")
    ParticipationFactory(project=projects["court"], organisation=organisation)
    FundingFactory(project=projects["vaccines"], donor=DonorFactory(name_nl="Postcodeloterij"))

    assert found(client, "zonnebloem") == {"court"}
    assert found(client, "sunflower", "en") == {"court"}
    assert found(client, "postcodeloterij") == {"vaccines"}


def test_the_vector_follows_changes_to_names_and_links(client, projects):
    organisation = OrganisationFactory(name_nl="Oude naam")
    participation = ParticipationFactory(project=projects["court"], organisation=organisation)
    assert found(client, "oude naam") == {"court"}

    organisation.name_nl = "Nieuwe benaming"
    organisation.save()
    assert found(client, "benaming") == {"court"}
    assert found(client, "oude naam") == set()

    Participation.objects.filter(pk=participation.pk).delete()
    assert found(client, "benaming") == set()

    funding = FundingFactory(project=projects["court"], donor=DonorFactory(name_nl="Fonds X"))
    assert found(client, "fonds") == {"court"}
    Funding.objects.filter(pk=funding.pk).update(project=projects["vaccines"])
    cache.clear()  # update() sends no signal, so the cached listing would not know
    assert found(client, "fonds") == {"vaccines"}


def test_a_draft_organisation_name_does_not_find_the_project(client, projects):
    hidden = OrganisationFactory(name_nl="Geheime partner", publication=Publication.DRAFT)
    ParticipationFactory(project=projects["court"], organisation=hidden)
    assert found(client, "geheime") == set()


def test_results_are_ranked(client):
    ProjectFactory(slug="in-description", description_nl="<p>Iets over pleegzorg.</p>")
    ProjectFactory(slug="in-title", title_nl="Pleegzorg in Uganda")

    response = client.get("/nl/projects/", {"q": "pleegzorg"})

    assert [p.slug for p in response.context["projects"]] == ["in-title", "in-description"]


def test_search_combines_with_filters(client, projects):
    ProjectFactory(slug="elsewhere", description_nl="<p>Rechters in Uganda.</p>", countries=["UG"])
    assert found(client, "rechters") == {"court", "elsewhere"}
    assert found(client, "rechters", country="UG") == {"elsewhere"}


def test_drafts_are_not_found(client, projects):
    ProjectFactory(slug="draft", title_nl="Geheim concept", publication=Publication.DRAFT)
    ProjectFactory(
        slug="draft-lead",
        title_nl="Geheim via concept",
        lead=OrganisationFactory(publication=Publication.DRAFT),
    )
    assert found(client, "geheim") == set()
    assert found(client, "geheim concept") == set()


@pytest.mark.parametrize(
    "q",
    [
        '"',
        "'",
        "&|!",
        "a & | ! ( ) : * <-> \\",
        "vaccin:*",
        "'; DROP TABLE projects_project; --",
        "1' OR '1'='1",
        "👶🏽 kinderen 🚸",
        "x" * 2000,
        "rechters " * 300,
        "%",
        "_",
        "\x00",
        "   ",
        "de het een",
        "ß ﬁ Ⅻ",
    ],
)
def test_odd_input_gives_a_normal_page(client, projects, q):
    response = client.get("/nl/projects/", {"q": q})
    assert response.status_code == 200


def test_operators_never_reach_to_tsquery():
    assert search_terms("a&b | !c (d) 'e' \"f\" g:* <->") == ["a", "b", "c", "d", "e", "f", "g"]
    assert tsquery_text(["kinderen", "vacc"]) == "kinderen & vacc:*"
    assert search_terms("x" * 2000) == ["x" * 200]
