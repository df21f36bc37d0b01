"""A project's page: content, links, metadata, drafts, and a fixed number of queries."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import Precision, Publication
from projects.models import ParticipationRole, ReachFigure, TargetGroup
from tests.factories import (
    DonorFactory,
    FundingFactory,
    InstrumentFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProjectFactory,
    ThemeFactory,
)
from tests.projects.conftest import count_queries, make_projects

pytestmark = pytest.mark.django_db

PAGE = "/nl/projects/safe-homes/"


@pytest.fixture
def project():
    theme = ThemeFactory(name_nl="Jeugdzorg", name_en="Youth care", slug="youth-care")
    lead = OrganisationFactory(name_nl="Stichting Kind", slug="kind")
    project = ProjectFactory(
        slug="safe-homes",
        title_nl="Veilige thuizen",
        title_en="Safe homes",
        summary_nl="Gezinnen versterken.",
        summary_en="Strengthening families.",
        description_nl="<p>Een <em>lange</em> beschrijving.</p>",
        description_en="<p>A <em>long</em> description.</p>",
        start=datetime.date(2016, 1, 1),
        start_precision=Precision.YEAR,
        end=datetime.date(2020, 12, 31),
        end_precision=Precision.YEAR,
        countries=["KG", "UG"],
        website="https://example.org/safe-homes",
        themes=[theme],
        lead=lead,
    )
    ParticipationFactory(
        project=project,
        organisation=OrganisationFactory(name_nl="Partner Oeganda"),
        description_nl="werkt in Kampala",
    )
    ParticipationFactory(
        project=project,
        organisation=OrganisationFactory(
            name_nl="Verborgen partner", publication=Publication.DRAFT
        ),
    )
    donor = DonorFactory(name_nl="Ministerie van Buitenlandse Zaken", slug="bz")
    FundingFactory(
        project=project, donor=donor, instrument=InstrumentFactory(donor=donor, name_nl="Matra")
    )
    FundingFactory(
        project=project, donor=DonorFactory(name_nl="Geheime donor", publication=Publication.DRAFT)
    )
    ReachFigure.objects.create(project=project, value=500, label_nl="deelnemers per maand")
    group = TargetGroup.objects.create(name_nl="Jongeren in de zorg", slug="youth")
    project.target_groups.add(group)
    return project


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_page_answers_in_both_languages(client, project, language):
    response = client.get(f"/{language}/projects/safe-homes/")
    assert response.status_code == 200


def test_the_page_shows_the_project(client, project):
    content = client.get(PAGE).content.decode()

    assert "<h1>Veilige thuizen</h1>" in content
    assert "Gezinnen versterken." in content
    assert "<p>Een <em>lange</em> beschrijving.</p>" in content
    assert "2016–2020" in content
    assert "Afgerond" in content or "Completed" in content
    assert "Kirgizië" in content and "Oeganda" in content
    assert "Jeugdzorg" in content
    assert "Jongeren in de zorg" in content
    assert "500" in content and "deelnemers per maand" in content
    assert "Stichting Kind" in content and "Partner Oeganda" in content
    assert "werkt in Kampala" in content
    assert "Ministerie van Buitenlandse Zaken" in content and "Matra" in content
    assert 'href="https://example.org/safe-homes"' in content
    assert "Verborgen partner" not in content
    assert "Geheime donor" not in content


def test_the_english_page_is_in_english(client, project):
    content = client.get("/en/projects/safe-homes/").content.decode()

    assert "<h1>Safe homes</h1>" in content
    assert "<p>A <em>long</em> description.</p>" in content
    assert "Kyrgyzstan" in content


def test_roles_are_shown(client, project):
    content = client.get("/en/projects/safe-homes/").content.decode()
    assert str(ParticipationRole.LEAD.label) in content or "Lead applicant" in content
    assert "Partner" in content


def test_a_role_is_named_once_and_a_note_that_repeats_it_is_left_out(client, project):
    lead = project.participations.get(role=ParticipationRole.LEAD)
    lead.description_nl, lead.description_en = "Penvoerder", "Lead applicant"
    lead.save()

    dutch = client.get(PAGE).text
    english = client.get("/en/projects/safe-homes/").text

    assert dutch.count("Penvoerder") == 1
    assert english.count("Lead applicant") == 1
    assert "werkt in Kampala" in dutch  # a note that says more stays


def test_countries_are_listed_by_name_and_the_facts_come_before_the_story(client):
    ProjectFactory(slug="europe", countries=["AT", "BE", "DE"])

    text = client.get("/nl/projects/europe/").text
    listing = client.get("/nl/projects/").text

    facts = text[text.index('id="facts-heading"') :]
    names = re.findall(
        r'<li class="list-inline-item"><a href="/nl/countries/\w+/">(\w+)</a>', facts
    )
    assert names == ["België", "Duitsland", "Oostenrijk"]
    assert "België, Duitsland, Oostenrijk" in listing  # on the card too
    # On a phone the columns stack in the page's order: the facts first.
    assert text.index('id="facts-heading"') < text.index('id="organisations-heading"')


def test_metadata(client, project):
    content = client.get(PAGE).content.decode()

    assert "<title>Veilige thuizen – " in content
    assert '<meta name="description" content="Gezinnen versterken.">' in content
    assert '<link rel="canonical" href="http://testserver/nl/projects/safe-homes/">' in content
    assert '<meta property="og:title" content="Veilige thuizen">' in content
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    )
    assert data["@type"] == "Project"
    assert data["name"] == "Veilige thuizen"
    assert data["url"] == "http://testserver/nl/projects/safe-homes/"
    assert {"@type": "Organization", "name": "Ministerie van Buitenlandse Zaken"} in data["funder"]


def test_json_ld_cannot_close_its_script_element(client):
    ProjectFactory(slug="evil", title_nl="</script><script>alert(1)</script>")
    content = client.get("/nl/projects/evil/").content.decode()

    assert "<script>alert(1)" not in content
    assert "\\u003C/script\\u003E" in content


def test_links_to_countries_and_organisations(client, project):
    content = client.get(PAGE).content.decode()

    with translation.override("nl"):
        assert f'href="{reverse("country", kwargs={"code": "kg"})}"' in content
        assert f'href="{reverse("organisations:detail", kwargs={"slug": "kind"})}"' in content


def test_related_projects_share_a_theme_or_the_lead(client, project):
    theme = project.themes.get()
    ProjectFactory(slug="same-theme", title_nl="Zelfde thema", themes=[theme])
    ProjectFactory(
        slug="same-lead",
        title_nl="Zelfde penvoerder",
        lead=project.participations.get(role=ParticipationRole.LEAD).organisation,
    )
    ProjectFactory(slug="unrelated", title_nl="Iets anders")
    ProjectFactory(
        slug="draft-related", title_nl="Concept", themes=[theme], publication=Publication.DRAFT
    )

    related = client.get(PAGE).context["related_projects"]

    assert {p.slug for p in related} == {"same-theme", "same-lead"}


def test_related_projects_sharing_partners_and_a_donor_come_before_a_shared_theme(client, project):
    theme = project.themes.get()
    lead = project.participations.get(role=ParticipationRole.LEAD).organisation
    partner = project.participations.get(organisation__name_nl="Partner Oeganda").organisation
    donor = DonorFactory()
    FundingFactory(project=project, donor=donor)
    for n in range(4):  # newer, but they only share the theme
        ProjectFactory(slug=f"theme-{n}", themes=[theme], start=datetime.date(2024, 1, 1))
    sister = ProjectFactory(slug="sister", lead=partner, start=datetime.date(2010, 1, 1))
    ParticipationFactory(project=sister, organisation=lead)
    FundingFactory(project=sister, donor=donor)
    same_donor = ProjectFactory(slug="same-donor", start=datetime.date(2011, 1, 1))
    FundingFactory(project=same_donor, donor=donor)

    related = client.get(PAGE).context["related_projects"]

    assert [p.slug for p in related][:2] == ["sister", "same-donor"]
    assert len(related) == 4  # then the newest of those sharing the theme


def test_a_hidden_partner_or_donor_relates_no_project(client, project):
    hidden = project.participations.get(organisation__name_nl="Verborgen partner").organisation
    secret = project.fundings.get(donor__name_nl="Geheime donor").donor
    via_partner = ProjectFactory(slug="via-hidden-partner")
    ParticipationFactory(project=via_partner, organisation=hidden)
    FundingFactory(project=ProjectFactory(slug="via-secret-donor"), donor=secret)

    related = client.get(PAGE).context["related_projects"]

    assert not {p.slug for p in related} & {"via-hidden-partner", "via-secret-donor"}


def test_a_draft_answers_404(client):
    ProjectFactory(slug="draft", publication=Publication.DRAFT)
    ProjectFactory(slug="draft-lead", lead=OrganisationFactory(publication=Publication.DRAFT))

    assert client.get("/nl/projects/draft/").status_code == 404
    assert client.get("/en/projects/draft-lead/").status_code == 404
    assert client.get("/nl/projects/does-not-exist/").status_code == 404


def test_the_number_of_queries_does_not_grow_with_the_data(client, project):
    theme = project.themes.get()
    lead = project.participations.get(role=ParticipationRole.LEAD).organisation
    make_projects(10, theme=theme, lead=lead, prefix="few")
    few = count_queries(client, PAGE)

    make_projects(290, theme=theme, lead=lead, prefix="many")
    for _ in range(5):
        ParticipationFactory(project=project)
        FundingFactory(project=project)
    many = count_queries(client, PAGE)

    assert few == many
    assert many <= 10
