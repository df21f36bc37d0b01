"""The campaign index and page in both languages, the menu, the sitemap, a profile."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import CampaignFactory, OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def test_the_index_splits_current_and_past_campaigns(client):
    today = timezone.localdate()
    CampaignFactory(title_en="Running now", title_nl="Loopt nu")
    CampaignFactory(
        title_en="Long ago",
        title_nl="Lang geleden",
        start=today - datetime.timedelta(days=900),
        end=today - datetime.timedelta(days=400),
    )
    CampaignFactory(title_en="Not yet public", publication="draft")

    html = client.get("/en/campaigns/").text

    current, past = html.split('id="past-heading"')
    assert "Running now" in current and "Long ago" not in current
    assert "Long ago" in past
    assert "Not yet public" not in html
    assert "Loopt nu" in client.get("/nl/campaigns/").text


def test_an_index_without_campaigns_says_so(client, db):
    html = client.get("/nl/campaigns/").text
    assert "past-heading" not in html
    assert client.get("/en/campaigns/").text.count("There is no campaign running") == 1


def test_the_page_shows_goal_period_partners_and_outside_bodies(client):
    partner = OrganisationFactory(name_en="Defence for Children", slug="dci")
    ministry = OrganisationFactory(name_en="Ministry of Justice", slug="jenv", kind="government")
    hidden = OrganisationFactory(name_en="Hidden body", publication="draft")
    CampaignFactory(
        slug="dont-look-away",
        title_en="Don't Look Away",
        goal_en="No child exploited by travellers.",
        body_en="<p>Report <script>alert(1)</script>what you see.</p>",
        start=datetime.date(2024, 1, 1),
        end=datetime.date(2030, 12, 31),
        organisations=[partner],
        outside_bodies=[ministry, hidden],
    )

    html = client.get("/en/campaigns/dont-look-away/").text

    assert "<h1>Don&#x27;t Look Away</h1>" in html
    assert "No child exploited by travellers." in html
    assert "1 January 2024 – 31 December 2030" in html
    assert '<a href="/en/organisations/dci/">Defence for Children</a>' in html
    assert '<a href="/en/organisations/jenv/">Ministry of Justice</a>' in html
    assert "Hidden body" not in html
    assert "<script>" not in html.split("<main", 1)[1].split("</main>")[0]


def test_the_menu_leads_to_the_campaigns_in_both_languages(client, db):
    for language in ("nl", "en"):
        html = client.get(f"/{language}/").text
        nav = html[html.index("<nav") : html.index("</nav>")]
        assert f'href="/{language}/campaigns/"' in nav
    # On the index the item is the current page; on a campaign's page, its section.
    CampaignFactory(slug="in-section")
    index = client.get("/en/campaigns/").text
    assert 'active" aria-current="page" href="/en/campaigns/"' in index
    page = client.get("/en/campaigns/in-section/").text
    assert 'active" aria-current="true" href="/en/campaigns/"' in page


def test_the_sitemap_lists_public_campaigns(client):
    CampaignFactory(slug="visible")
    CampaignFactory(slug="invisible", publication="draft")
    xml = client.get("/sitemap.xml").text
    assert "/nl/campaigns/visible/" in xml and "/en/campaigns/visible/" in xml
    assert "/nl/campaigns/</loc>" in xml
    assert "invisible" not in xml


def test_a_profile_lists_its_campaigns(client):
    partner = OrganisationFactory(slug="partner")
    CampaignFactory(title_en="Ours", organisations=[partner])
    CampaignFactory(title_en="Ours in draft", organisations=[partner], publication="draft")
    html = client.get("/en/organisations/partner/").text
    assert "Ours" in html and "Ours in draft" not in html
    assert 'id="org-campaigns"' in html


def test_the_counter_keeps_erased_signatures(client):
    campaign = CampaignFactory(slug="counted", erased_signature_count=7)
    SignatureFactory(campaign=campaign)
    assert "<strong>8</strong> confirmed signatures" in client.get("/en/campaigns/counted/").text
