"""The organisation directory with its filters, and organisation profiles."""

import json
import re

import pytest

from core.models import Publication
from organisations.models import (
    OrganisationKind,
    PartnershipKind,
    PartnershipLevel,
    SocialLink,
    WorkingPrinciple,
)
from projects.models import ParticipationRole
from tests.factories import (
    DonorFactory,
    FundingFactory,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def names(response):
    return re.findall(r'class="h5 org-card__title"><a href="[^"]+">([^<]+)</a>', response.text)


@pytest.fixture
def directory():
    network = NetworkFactory(name_nl="Kinderrechtencoalitie", slug="krc", country="BE")
    belgian = OrganisationFactory(name_nl="Belgisch lid", name_en="", country="BE")
    MembershipFactory(network=network, member=belgian)
    kyrgyz = OrganisationFactory(name_nl="CPC", country="KG")
    ProjectFactory(lead=kyrgyz)
    ministry = OrganisationFactory(
        name_nl="Ministerie", kind=OrganisationKind.GOVERNMENT, country="NL"
    )
    ParticipationFactory(project=ProjectFactory(), organisation=ministry)
    OrganisationFactory(name_nl="Los van alles")  # published, but in no network or project
    draft = OrganisationFactory(name_nl="Concept", publication=Publication.DRAFT, country="PE")
    MembershipFactory(network=network, member=draft)
    return {"network": network, "belgian": belgian, "kyrgyz": kyrgyz, "ministry": ministry}


def test_directory_lists_members_networks_and_project_participants(client, directory):
    response = client.get("/nl/organisations/")

    listed = names(response)
    assert response.status_code == 200
    assert {"Kinderrechtencoalitie", "Belgisch lid", "CPC", "Ministerie"} <= set(listed)
    assert "Los van alles" not in listed
    assert "Concept" not in response.text


def test_directory_leaves_out_former_members_and_partners_of_hidden_projects(client, directory):
    MembershipFactory(
        network=directory["network"],
        member=OrganisationFactory(name_nl="Oud-lid"),
        year_joined=2010,
        year_left=2015,
    )
    hidden_project = ProjectFactory(lead=OrganisationFactory(publication=Publication.DRAFT))
    ParticipationFactory(project=hidden_project, organisation=OrganisationFactory(name_nl="Stil"))

    listed = names(client.get("/nl/organisations/"))

    assert {"Belgisch lid", "Ministerie"} <= set(listed)
    assert "Oud-lid" not in listed and "Stil" not in listed


def test_directory_in_english_falls_back_to_dutch_names(client, directory):
    directory["kyrgyz"].name_en = "Child Protection Centre"
    directory["kyrgyz"].save()

    listed = names(client.get("/en/organisations/"))

    assert "Child Protection Centre" in listed
    assert "Belgisch lid" in listed  # no English name: the Dutch one


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=KG", {"CPC"}),
        ("kind=government", {"Ministerie"}),
        ("network=krc", {"Belgisch lid"}),
        ("network=krc&country=BE", {"Belgisch lid"}),
        ("network=krc&country=KG", set()),
        ("country=BE&kind=network", {"Kinderrechtencoalitie"}),
    ],
)
def test_directory_filters_combine(client, directory, query, expected):
    response = client.get(f"/nl/organisations/?{query}")

    assert response.status_code == 200
    assert set(names(response)) == expected


def test_directory_filter_controls_are_labelled_and_keep_their_state(client, directory):
    response = client.get("/nl/organisations/?country=KG&kind=ngo")

    assert '<label for="id_country"' in response.text
    assert '<label for="id_network"' in response.text
    assert '<label for="id_kind"' in response.text
    assert '<option value="KG" selected>' in response.text
    # Only countries that give results are offered; a draft's country is not.
    assert '<option value="PE"' not in response.text


def test_directory_network_filter_offers_no_draft_network(client, directory):
    NetworkFactory(name_nl="Conceptnetwerk", slug="concept", publication=Publication.DRAFT)

    response = client.get("/nl/organisations/?network=concept")

    assert response.status_code == 200
    assert "Conceptnetwerk" not in response.text
    # The unknown value is not applied.
    assert names(response) == names(client.get("/nl/organisations/"))


def test_directory_network_filter_offers_only_networks_with_a_listed_member(client, directory):
    # A coalition whose members are not in the portal would find nobody.
    NetworkFactory(name_nl="Coalitie zonder leden hier", slug="empty")

    response = client.get("/nl/organisations/")
    select = re.search(r'<select name="network".*?</select>', response.text, re.S).group(0)

    assert 'value="krc"' in select
    assert "Coalitie zonder leden hier" not in select
    assert client.get("/nl/organisations/?network=krc").context["organisations"]


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=999",
        "page=-1",
        "country=XX",
        "kind=spaceship",
        "network=does-not-exist",
        "country=" + "A" * 5000,
        "network=" + "a" * 5000 + "&kind=" + "b" * 5000,
        "country=KG&page=0",
    ],
)
def test_directory_bad_input_gives_a_normal_page(client, directory, query):
    response = client.get(f"/nl/organisations/?{query}")

    assert response.status_code == 200
    assert "A" * 200 not in response.text.replace("A" * 5000, "")  # no echoed error message


def test_directory_is_paginated_and_keeps_filters_in_page_links(client):
    for _ in range(30):
        ProjectFactory(lead=OrganisationFactory(country="KG"))

    first = client.get("/nl/organisations/?country=KG")
    second = client.get("/nl/organisations/?country=KG&page=2")

    assert len(names(first)) == 24
    assert len(names(second)) == 6
    assert "?country=KG&amp;page=2" in first.text


@pytest.fixture
def profile():
    organisation = OrganisationFactory(
        name_nl="Kinderbeschermingscentrum",
        name_en="Child Protection Centre",
        short_name_nl="CPC",
        slug="cpc",
        country="KG",
        city="Bishkek",
        vision_nl="Elk kind veilig.",
        approach_nl="Peer-to-peer.",
        website="https://cpc.example.org",
        anbi_rsin="111222333",
        cbf_recognised=True,
        be_enterprise_number="0123.456.749",
    )
    for position, title in [(2, "Bewijs"), (0, "Het kind centraal"), (1, "Integraal")]:
        WorkingPrinciple.objects.create(
            organisation=organisation, position=position, title_nl=title
        )
    SocialLink.objects.create(
        organisation=organisation, platform="facebook", url="https://facebook.com/cpc"
    )
    return organisation


def test_profile_in_both_languages(client, profile):
    dutch = client.get("/nl/organisations/cpc/")
    english = client.get("/en/organisations/cpc/")

    assert dutch.status_code == english.status_code == 200
    assert "Kinderbeschermingscentrum" in dutch.text
    assert "Child Protection Centre" in english.text
    assert "Elk kind veilig." in english.text  # no English vision: the Dutch one
    for text in [
        "111222333",
        "CBF",
        "0123.456.749",
        "https://cpc.example.org",
        "https://facebook.com/cpc",
        "Bishkek",
    ]:
        assert text in dutch.text


def test_profile_lists_working_principles_in_order(client, profile):
    text = client.get("/nl/organisations/cpc/").text

    assert text.index("Het kind centraal") < text.index("Integraal") < text.index("Bewijs")


def test_profile_shows_networks_projects_and_distinct_donors(client, profile):
    network = NetworkFactory(name_nl="Netwerk X", name_en="Network X")
    MembershipFactory(network=network, member=profile, role="secretariat", year_joined=2016)
    led = ProjectFactory(lead=profile, title_nl="Geleid project", title_en="")
    partnered = ProjectFactory(title_nl="Partnerproject", title_en="")
    ParticipationFactory(project=partnered, organisation=profile, role=ParticipationRole.PARTNER)
    hidden = ProjectFactory(
        lead=profile, title_nl="Conceptproject", title_en="", publication="draft"
    )
    donor = DonorFactory(name_nl="UNICEF", name_en="UNICEF")
    FundingFactory(donor=donor, project=led)
    FundingFactory(donor=donor, project=partnered)
    FundingFactory(donor=DonorFactory(name_nl="Verborgen donor", name_en=""), project=hidden)
    FundingFactory(
        donor=DonorFactory(name_nl="Conceptdonor", name_en="", publication="draft"), project=led
    )

    text = client.get("/en/organisations/cpc/").text

    assert "Network X" in text and "Secretariat" in text and "2016" in text
    lead_section = text[
        text.index('id="org-lead-projects"') : text.index('id="org-partner-projects"')
    ]
    assert "Geleid project" in lead_section and "Partnerproject" not in lead_section
    assert "Partnerproject" in text[text.index('id="org-partner-projects"') :]
    assert "Conceptproject" not in text
    assert text.count(">UNICEF</a>") == 1
    assert "Verborgen donor" not in text and "Conceptdonor" not in text


def test_profile_of_a_network_lists_its_members(client):
    network = NetworkFactory(slug="bcn")
    MembershipFactory(network=network, member=OrganisationFactory(name_nl="Lid A"), role="chair")
    MembershipFactory(
        network=network, member=OrganisationFactory(name_nl="Lid B", publication="draft")
    )

    text = client.get("/nl/organisations/bcn/").text

    assert "Lid A" in text
    assert "Lid B" not in text


def test_profiles_say_since_when_a_member_holds_its_role(client):
    network = NetworkFactory(slug="bcn", name_nl="Netwerk X", name_en="Network X")
    chair = OrganisationFactory(slug="dci", name_nl="Defence for Children")
    MembershipFactory(
        network=network, member=chair, role="chair", year_joined=2007, role_since=2016
    )
    member = OrganisationFactory(slug="wilde-ganzen", name_nl="Wilde Ganzen")
    MembershipFactory(network=network, member=member, year_joined=2012)

    def networks_of(url):
        text = client.get(url).text
        return text[text.index('id="org-networks"') :]

    assert "Voorzitter sinds 2016 · lid sinds 2007" in networks_of("/nl/organisations/dci/")
    assert "Chair since 2016 · member since 2007" in networks_of("/en/organisations/dci/")
    assert "Lid sinds 2012" in networks_of("/nl/organisations/wilde-ganzen/")
    members = client.get("/nl/organisations/bcn/").text
    start = members.index(">Defence for Children</a>")
    chair_row = members[start : members.index("</li>", start)]
    assert "Voorzitter sinds 2016" in chair_row and "lid sinds 2007" in chair_row


def test_network_profile_shows_its_pillars_with_their_goals(client, portal, count_queries):
    text = client.get("/en/organisations/better-care/").text
    goals = text[text.index('id="org-goals"') : text.index('id="org-members"')]
    pillar = goals[goals.index("Realising rights") : goals.index("</section>")]

    assert "CRC everywhere" in pillar and "Exchange and advocacy" not in pillar
    assert "Further goals" in goals and "Exchange and advocacy" in goals
    with_pillars = count_queries(client, "/en/organisations/better-care/")
    portal.pillars.all().delete()  # its goals stay, under no pillar
    assert count_queries(client, "/en/organisations/better-care/") == with_pillars
    assert 'id="org-goals"' not in client.get("/en/organisations/dci/").text


def test_profile_groups_partnerships_by_level_in_order(client, profile):
    levels = [
        (PartnershipLevel.INTERNATIONAL, "Changing the way we care"),
        (PartnershipLevel.NATIONAL, "Ministerie van Vrouwen"),
        (PartnershipLevel.LOCAL, "Opvanghuis"),
        (PartnershipLevel.REGIONAL, "Provincie"),
    ]
    for level, name in levels:
        PartnershipFactory(
            organisation=profile,
            partner=OrganisationFactory(name_nl=name, name_en=""),
            level=level,
            kind=PartnershipKind.TRAINING,
        )
    PartnershipFactory(
        organisation=profile, partner=OrganisationFactory(name_nl="Geheim", publication="draft")
    )

    text = client.get("/en/organisations/cpc/").text

    headings = re.findall(r'<h3 id="level-\d+" class="h5">([^<]+)</h3>', text)
    assert headings == ["Local", "Regional", "National", "International"]
    assert (
        text.index("Opvanghuis")
        < text.index("Provincie")
        < text.index("Ministerie van Vrouwen")
        < text.index("Changing the way we care")
    )
    assert "Geheim" not in text


def test_profile_has_json_ld(client, profile):
    text = client.get("/en/organisations/cpc/").text

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "NGO"
    assert data["name"] == "Child Protection Centre"
    assert data["url"] == "http://testserver/en/organisations/cpc/"
    assert data["address"]["addressCountry"] == "KG"
    assert "https://facebook.com/cpc" in data["sameAs"]


def test_json_ld_cannot_be_broken_out_of(client, profile):
    profile.summary_nl = "</script><script>alert(1)</script>"  # reaches the JSON-LD
    profile.save()

    text = client.get("/nl/organisations/cpc/").text

    assert "<script>alert(1)" not in text


def test_outside_body_is_an_organisation_in_json_ld(client):
    OrganisationFactory(slug="ministry", kind=OrganisationKind.GOVERNMENT)

    text = client.get("/nl/organisations/ministry/").text

    assert '"@type": "Organization"' in text


def test_draft_profile_is_not_found(client):
    OrganisationFactory(slug="concept", publication=Publication.DRAFT)

    assert client.get("/nl/organisations/concept/").status_code == 404
    assert client.get("/en/organisations/concept/").status_code == 404
    assert client.get("/nl/organisations/" + "x" * 3000 + "/").status_code == 404


def test_directory_in_english_orders_by_the_name_a_visitor_reads(client):
    for name_nl, name_en in [("Zebra", "Alpha"), ("Beta", ""), ("Aap", "Gamma")]:
        ProjectFactory(lead=OrganisationFactory(name_nl=name_nl, name_en=name_en))

    assert names(client.get("/en/organisations/")) == ["Alpha", "Beta", "Gamma"]
    assert names(client.get("/nl/organisations/")) == ["Aap", "Beta", "Zebra"]
