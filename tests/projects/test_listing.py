"""The project listing: filters with counts, sorting, pagination, bad input, drafts."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import Precision, Publication
from organisations.models import Organisation
from projects.models import ManualStatus, ProjectKind
from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
    ThemeFactory,
)
from tests.projects.conftest import make_projects

pytestmark = pytest.mark.django_db

LIST = "/nl/projects/"


def titles(response):
    return [project.title for project in response.context["projects"]]


def facet(response, name):
    return {
        option.value: option.count
        for facet in response.context["facets"]
        if facet.name == name
        for option in facet.options
    }


@pytest.fixture
def world():
    """Three projects that differ in every filterable way."""
    education, health = ThemeFactory(slug="education"), ThemeFactory(slug="health")
    save = OrganisationFactory(slug="save")
    unicef = DonorFactory(slug="unicef")
    a = ProjectFactory(
        title_nl="Alfa",
        title_en="",
        countries=["KG"],
        themes=[education],
        lead=save,
        start=datetime.date(2016, 1, 1),
        end=datetime.date(2018, 12, 31),
    )
    b = ProjectFactory(
        title_nl="Bravo",
        title_en="",
        countries=["KG", "UG"],
        themes=[health],
        kind=ProjectKind.CAMPAIGN,
        start=datetime.date(2019, 1, 1),
        end=datetime.date(2030, 12, 31),
    )
    c = ProjectFactory(
        title_nl="Charlie",
        title_en="",
        countries=["UG"],
        themes=[education, health],
        manual_status=ManualStatus.SUSPENDED,
        start=datetime.date(2021, 7, 1),
        start_precision=Precision.MID_YEAR,
        end=None,
        is_ongoing=True,
    )
    FundingFactory(project=b, donor=unicef)
    FundingFactory(project=c, donor=unicef)
    ParticipationFactory(project=c, organisation=save)
    return {"a": a, "b": b, "c": c}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_listing_answers_in_both_languages(client, world, language):
    response = client.get(f"/{language}/projects/")

    assert response.status_code == 200
    assert len(response.context["projects"]) == 3
    assert reverse("projects:list", urlconf=None).endswith("/projects/")
    content = response.content.decode()
    assert '<form method="get"' in content
    assert 'role="status"' in content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=UG", {"Bravo", "Charlie"}),
        ("theme=education", {"Alfa", "Charlie"}),
        ("status=suspended", {"Charlie"}),
        ("status=completed", {"Alfa"}),
        ("donor=unicef", {"Bravo", "Charlie"}),
        ("organisation=save", {"Alfa", "Charlie"}),
        ("year=2017", {"Alfa"}),
        ("year=2020", {"Bravo"}),
        ("year=2022", {"Bravo", "Charlie"}),
        ("kind=campaign", {"Bravo"}),
        ("country=UG&theme=education", {"Charlie"}),
        ("country=KG&donor=unicef&year=2025", {"Bravo"}),
    ],
)
def test_each_filter_narrows_and_they_combine(client, world, query, expected):
    response = client.get(f"{LIST}?{query}")

    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_counts_per_option_reflect_the_other_filters(client, world):
    response = client.get(LIST)
    assert facet(response, "country") == {"KG": 2, "UG": 2}
    assert facet(response, "theme") == {"education": 2, "health": 2}
    assert facet(response, "donor") == {"unicef": 2}
    assert facet(response, "kind") == {"project": 2, "campaign": 1}
    assert facet(response, "status")["suspended"] == 1

    response = client.get(f"{LIST}?country=UG")
    # A facet does not narrow itself: other countries stay available with their counts.
    assert facet(response, "country") == {"KG": 2, "UG": 2}
    assert facet(response, "theme") == {"education": 1, "health": 2}
    leads = {world[key].participations.get(role="lead").organisation.slug: 1 for key in ("b", "c")}
    assert facet(response, "organisation") == {"save": 1, **leads}
    content = response.content.decode()
    assert re.search(r'<option value="UG" selected>Oeganda \(2\)</option>', content)


def test_country_names_are_in_the_active_language(client, world):
    assert "Kirgizië (2)" in client.get(LIST).content.decode()
    assert "Kyrgyzstan (2)" in client.get("/en/projects/").content.decode()


def test_sorting(client, world):
    assert titles(client.get(f"{LIST}?sort=title")) == ["Alfa", "Bravo", "Charlie"]
    assert titles(client.get(f"{LIST}?sort=start")) == ["Charlie", "Bravo", "Alfa"]
    assert titles(client.get(f"{LIST}?sort=newest")) == ["Charlie", "Bravo", "Alfa"]


def test_english_title_sort_falls_back_to_dutch(client):
    ProjectFactory(title_nl="Aap", title_en="Zebra")
    ProjectFactory(title_nl="Mier", title_en="")
    with translation.override("en"):
        assert titles(client.get("/en/projects/?sort=title")) == ["Mier", "Zebra"]


def test_english_cards_fall_back_to_dutch_texts_and_name_countries_in_english(client):
    ProjectFactory(title_nl="Mier", title_en="", summary_nl="Alleen Nederlands.", summary_en="")
    ProjectFactory(
        title_nl="Aap", title_en="Monkey", summary_en="In English.", countries=["DE", "BE"]
    )
    with translation.override("en"):
        text = client.get("/en/projects/?sort=title").text
    assert "Alleen Nederlands." in text and "In English." in text
    assert "Belgium, Germany" in text and "Duitsland" not in text


def test_pagination_keeps_the_filters(client):
    make_projects(45)
    response = client.get(f"{LIST}?country=UG&sort=title")
    content = response.content.decode()

    assert response.context["page_obj"].paginator.count == 23
    assert '<nav class="pagination-nav" aria-label="Pagina' in content
    assert 'href="?country=UG&amp;sort=title&amp;page=2"' in content

    second = client.get(f"{LIST}?country=UG&sort=title&page=2")
    assert second.context["page_obj"].number == 2
    assert len(second.context["projects"]) == 3
    assert 'href="?country=UG&amp;sort=title&amp;page=1"' in second.content.decode()


def test_a_long_list_of_pages_is_elided_around_the_current_one(client):
    make_projects(300)  # 15 pages of 20
    text = client.get(f"{LIST}?sort=title&page=8").text
    links = re.findall(r'<li class="page-item[^"]*">(.*?)</li>', text)

    shown = [re.sub(r"<[^>]+>|Pagina ", "", link) for link in links]
    assert shown == [
        "Vorige",
        "1",
        "2",
        "…",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "…",
        "14",
        "15",
        "Volgende",
    ]
    assert '<span class="page-link" aria-current="page">' in links[7]
    assert 'href="?sort=title&amp;page=7" rel="prev"' in text
    assert 'href="?sort=title&amp;page=9" rel="next"' in text


def test_the_sort_order_offers_relevance_only_while_searching(client):
    make_projects(3)
    listing = re.search(
        r'<select class="form-select" name="sort".*?</select>',
        client.get(f"{LIST}?sort=title").text,
        re.S,
    ).group(0)
    search = re.search(
        r'<select class="form-select" name="sort".*?</select>',
        client.get(f"{LIST}?q=bulkproject").text,
        re.S,
    ).group(0)

    assert re.findall(r'value="(\w+)"', listing) == ["newest", "title", "start"]
    assert '<option value="title" selected>Titel</option>' in listing
    assert re.findall(r'value="(\w+)"', search) == ["relevance", "newest", "title", "start"]
    assert '<option value="relevance" selected>Relevantie</option>' in search


def test_a_keyboard_user_can_skip_the_filters_to_the_results(client):
    make_projects(3)
    text = client.get(LIST).text

    skip = text.index('href="#results"')
    assert skip < text.index('<form method="get"')  # before the form's many fields
    assert re.search(r'<section [^>]*id="results" tabindex="-1"', text)
    assert "Direct naar de resultaten" in text


def test_empty_result_says_so_and_offers_to_clear_the_filters(client, world):
    response = client.get(f"{LIST}?country=KG&status=suspended")
    content = response.content.decode()

    assert response.status_code == 200
    assert titles(response) == []
    assert "0 projecten gevonden" in content
    assert "Geen projecten gevonden met deze filters" in content or (
        'href="/nl/projects/"' in content
    )
    assert f'<a href="{LIST}">' in content


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "country=",
        "page=abc",
        "page=9999",
        "page=-1",
        "page=0",
        "year=abc",
        "year=99999",
        "year=-2",
        "status=nonsense",
        "kind=%00",
        "theme=%27%3B+DROP+TABLE",
        "organisation=" + "x" * 3000,
        "donor[]=1",
        "sort=;DROP",
        "q=" + "a" * 2000,
        "q=%00",
        "country=KG&country=UG",
    ],
)
def test_bad_input_gives_a_normal_page(client, world, query):
    response = client.get(f"{LIST}?{query}")

    assert response.status_code in (200, 404)


def test_an_invalid_value_is_ignored_and_explained(client, world):
    response = client.get(f"{LIST}?country=XX&theme=health")

    assert set(titles(response)) == {"Bravo", "Charlie"}
    assert 'role="alert"' in response.content.decode()


def test_drafts_are_not_listed_nor_counted(client, world):
    ProjectFactory(title_nl="Concept", countries=["KG"], publication=Publication.DRAFT)
    ProjectFactory(
        title_nl="Van een conceptorganisatie",
        countries=["KG"],
        lead=OrganisationFactory(publication=Publication.DRAFT),
    )
    draft_donor = DonorFactory(slug="hidden", publication=Publication.DRAFT)
    FundingFactory(project=world["a"], donor=draft_donor)

    response = client.get(LIST)

    assert set(titles(response)) == {"Alfa", "Bravo", "Charlie"}
    assert facet(response, "country") == {"KG": 2, "UG": 2}
    assert "hidden" not in facet(response, "donor")
    assert "Concept" not in response.content.decode()


def test_every_control_has_a_label(client, world):
    content = client.get(LIST).content.decode()
    # Hidden inputs (the footer form's CSRF token and timestamp) are not controls.
    controls = [
        re.search(r'\bid="([^"]+)"', tag).group(1)
        for tag in re.findall(r"<(?:select|input)\b[^>]*>", content)
        if 'id="' in tag and 'type="hidden"' not in tag
    ]

    assert controls
    for control in controls:
        assert f'for="{control}"' in content


def test_a_long_organisation_facet_offers_those_with_most_projects_and_the_chosen_one(client):
    from projects.listing import LONG_FACET_OPTIONS

    big = OrganisationFactory(name_nl="Grote organisatie", slug="big")
    make_projects(3, lead=big, prefix="big")
    small = []
    for n in range(LONG_FACET_OPTIONS):
        organisation = OrganisationFactory(name_nl=f"Kleine organisatie {n:02}", slug=f"small-{n}")
        make_projects(1, lead=organisation, prefix=f"small{n}")
        small.append(organisation)

    response = client.get("/nl/projects/")
    select = re.search(r'<select[^>]*name="organisation".*?</select>', response.text, re.S)
    offered = re.findall(r'<option value="([^"]+)"', select.group(0))
    assert len(offered) == LONG_FACET_OPTIONS
    assert "big" in offered  # the most projects
    assert 'aria-describedby="organisation-help"' in select.group(0)
    assert "de zoekbalk vindt elke andere op naam" in response.text

    # A chosen organisation stays in the list, whatever its count.
    left_out = next(o.slug for o in small if o.slug not in offered)
    response = client.get(f"/nl/projects/?organisation={left_out}")
    select = re.search(r'<select[^>]*name="organisation".*?</select>', response.text, re.S)
    assert f'<option value="{left_out}" selected>' in select.group(0)


def test_a_filtered_long_facet_offers_those_with_most_filtered_projects(client):
    from projects import listing

    care = ThemeFactory(slug="care", name_nl="Zorg")
    make_projects(3, lead=OrganisationFactory(name_nl="Grote organisatie", slug="big"), theme=care)
    for n in range(listing.LONG_FACET_OPTIONS):
        make_projects(1, lead=OrganisationFactory(slug=f"small-{n}"), theme=care, prefix=f"s{n}")
    # The most projects of all, none of them about care.
    make_projects(5, lead=OrganisationFactory(slug="elsewhere"), prefix="elsewhere")

    response = client.get("/nl/projects/?theme=care")
    select = re.search(r'<select[^>]*name="organisation".*?</select>', response.text, re.S)
    offered = dict(re.findall(r'<option value="([^"]+)">([^<]*)</option>', select.group(0)))
    assert len(offered) == listing.LONG_FACET_OPTIONS
    assert offered["big"] == "Grote organisatie (3)"
    assert "elsewhere" not in offered
    assert 'aria-describedby="organisation-help"' in select.group(0)  # one was left out

    # Counted again after a change: one more project about care for "elsewhere".
    make_projects(1, lead=Organisation.objects.get(slug="elsewhere"), theme=care, prefix="new")
    response = client.get("/nl/projects/?theme=care&page=1")  # bulk inserts keep the cache
    select = re.search(r'<select[^>]*name="organisation".*?</select>', response.text, re.S)
    offered = dict(re.findall(r'<option value="([^"]+)">([^<]*)</option>', select.group(0)))
    assert offered["big"] == "Grote organisatie (3)"
    assert "elsewhere" in offered and offered["elsewhere"].endswith("(1)")
