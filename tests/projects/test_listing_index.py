"""The listing index (projects/listing_index.py, listing_source.py) follows every change,
and the day; the typo fallback only steps in when the words themselves find little."""

import datetime

import pytest
from django.core.cache import cache

from core.models import Publication
from donors.models import Donor
from organisations.models import Organisation
from projects import listing_source
from projects.listing import FEW_MATCHES
from projects.models import Project, ProjectKind
from tests.factories import DonorFactory, FundingFactory, OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

LIST = "/nl/projects/"


def slugs(client, **query):
    cache.clear()  # the page cache is not what is tested here
    response = client.get(LIST, query)
    assert response.status_code == 200
    return {project.slug for project in response.context["projects"]}


def counts(client, facet, **query):
    cache.clear()
    response = client.get(LIST, query)
    return {
        option.value: option.count
        for shown in response.context["facets"]
        if shown.name == facet
        for option in shown.options
    }


def test_a_change_without_signals_still_reaches_the_listing(client):
    ProjectFactory(slug="campaign", kind=ProjectKind.CAMPAIGN)
    assert slugs(client, kind="campaign") == {"campaign"}

    Project.objects.filter(slug="campaign").update(kind=ProjectKind.PROJECT)  # no signal

    assert slugs(client, kind="campaign") == set()
    assert slugs(client, kind="project") == {"campaign"}


def test_a_lead_made_private_hides_its_projects_and_their_counts(client):
    lead = OrganisationFactory(slug="lead")
    ProjectFactory(slug="led", lead=lead, countries=["KG"])
    ProjectFactory(slug="other", countries=["KG"])
    assert counts(client, "country") == {"KG": 2}

    Organisation.objects.filter(pk=lead.pk).update(publication=Publication.DRAFT)

    assert slugs(client) == {"other"}
    assert counts(client, "country") == {"KG": 1}


def test_a_donor_renamed_or_hidden_changes_the_donor_facet(client):
    project = ProjectFactory(slug="funded")
    donor = DonorFactory(slug="fund", name_nl="Fonds")
    FundingFactory(project=project, donor=donor)
    assert slugs(client, donor="fund") == {"funded"}

    Donor.objects.filter(pk=donor.pk).update(slug="fund-2")
    assert slugs(client, donor="fund-2") == {"funded"}
    Donor.objects.filter(pk=donor.pk).update(publication=Publication.DRAFT)
    assert counts(client, "donor") == {}


def test_status_and_years_follow_the_day(client, monkeypatch):
    ProjectFactory(
        slug="until-2030", start=datetime.date(2020, 1, 1), end=datetime.date(2030, 12, 31)
    )
    assert slugs(client, status="running") == {"until-2030"}

    monkeypatch.setattr(listing_source, "today", lambda: datetime.date(2031, 1, 2))

    assert slugs(client, status="completed") == {"until-2030"}
    assert slugs(client, status="running") == set()


def test_an_open_ended_project_counts_up_to_this_year(client):
    ProjectFactory(slug="open", start=datetime.date(2020, 3, 1), end=None, is_ongoing=True)
    this_year = listing_source.today().year

    years = counts(client, "year")

    assert set(years) == {str(year) for year in range(2020, this_year + 1)}


def test_a_typo_in_a_summary_word_is_corrected(client):
    ProjectFactory(slug="bishkek", title_nl="Opvang", summary_nl="Een huis in Bisjkek.")
    assert slugs(client, q="Bisjkk") == {"bishkek"}


def test_no_typo_fallback_when_the_words_find_plenty(client):
    for n in range(FEW_MATCHES):
        ProjectFactory(slug=f"peace-{n}", title_nl=f"Vredesonderwijs {n}")
    ProjectFactory(slug="typo", title_nl="Vredesonderwys")

    cache.clear()
    response = client.get(LIST, {"q": "vredesonderwijs"})

    assert response.context["page_obj"].paginator.count == FEW_MATCHES  # not the typo too
    assert slugs(client, q="vredesonderwys") == {"typo"}


def test_a_rolled_back_change_leaves_the_listing(client):
    from django.db import transaction

    ProjectFactory(slug="kept")
    with pytest.raises(RuntimeError), transaction.atomic():
        ProjectFactory(slug="rolled-back")
        assert slugs(client) == {"kept", "rolled-back"}  # seen inside its transaction
        raise RuntimeError

    assert slugs(client) == {"kept"}
    assert counts(client, "kind") == {"project": 1}
