"""What a careful reader found wrong in the demo, checked on the public pages: the facts
as the organisations' material gives them (docs: the domain brief)."""

import pytest

pytestmark = pytest.mark.django_db


def section(text: str, heading_id: str) -> str:
    """The section that the heading with this id opens, up to the next top-level one."""
    start = text.index(f'id="{heading_id}"')
    end = text.find('<section aria-labelledby="org-', start)
    return text[start : end if end != -1 else len(text)]


def test_defence_for_children_chairs_better_care_network_since_2016(first_run, client):
    dutch = client.get("/nl/organisations/defence-for-children-ecpat/").text
    english = client.get("/en/organisations/defence-for-children-ecpat/").text
    network = client.get("/nl/organisations/better-care-network-nederland/").text

    assert "Voorzitter sinds 2016 · lid sinds 2007" in dutch
    assert "Chair since 2016 · member since 2007" in english
    chair = network[network.index(">Defence for Children – ECPAT Nederland</a>") :]
    assert "Voorzitter sinds 2016" in chair[: chair.index("</li>")]


def test_the_kinderrechtencoalitie_shows_two_pillars_with_three_goals_and_its_members(
    first_run, client
):
    text = client.get("/nl/organisations/kinderrechtencoalitie/").text
    goals = section(text, "org-goals")
    pillars = goals.split('class="col-md-6 pillar"')[1:]

    assert [p[p.index(">", p.index("<h3")) + 1 : p.index("</h3>")] for p in pillars] == [
        "Kinderrechten realiseren",
        "Krachten bundelen",
    ]
    assert [p.count("<li>") for p in pillars] == [3, 3]
    assert "Een kinderreflex in elk beleid" in pillars[1]
    members = section(text, "org-members")
    assert members.count('class="member-row"') == 8
    assert "Child Focus" in members and "ECPAT België" in members


def test_the_two_alliances_are_funded_by_the_ministry_of_foreign_affairs(first_run, client):
    for slug in ("girls-advocacy-alliance", "down-to-zero"):
        text = client.get(f"/nl/projects/{slug}/").text
        funders = section(text, "funding-heading")
        assert "Ministerie van Buitenlandse Zaken" in funders
        assert "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking" in text
    donors = client.get("/nl/donors/").text
    assert "Ministerie van Buitenlandse Handel" not in donors


def test_the_girls_advocacy_alliance_says_ten_countries_and_four_for_defence(first_run, client):
    text = client.get("/en/projects/girls-advocacy-alliance/").text

    assert "worked in ten countries" in text
    assert "Defence for Children worked in four of them" in text


def test_the_vaccination_project_is_told_in_the_past(first_run, client):
    dutch = client.get("/nl/projects/cpc-vaccination-mobilisation/").text
    english = client.get("/en/projects/cpc-vaccination-mobilisation/").text

    assert "Het project liep tot februari 2021." in dutch and "moet" not in dutch
    assert "The project ran until February 2021." in english and "is due" not in english


@pytest.mark.parametrize(
    ("slug", "period"),
    [
        ("capisce", "October 2019 – 2021"),
        ("focus-on-my-needs", "January 2020 – March 2022"),
        ("speaking-minds", "July 2016 – July 2018"),
    ],
)
def test_projects_have_the_periods_of_the_material(first_run, client, slug, period):
    text = client.get(f"/en/projects/{slug}/").text

    assert f"<dd>{period}</dd>" in text
    assert "Completed" in text
