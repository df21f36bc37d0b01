"""Signatures are erased a configurable time after their campaign ends; the count stays.
The default privacy statement says so."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import Campaign, Signature
from cpcportal.models import SitePage
from tests.factories import CampaignFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def ended(days_ago: int) -> Campaign:
    today = timezone.localdate()
    return CampaignFactory(
        start=today - datetime.timedelta(days=days_ago + 100),
        end=today - datetime.timedelta(days=days_ago),
    )


def test_signatures_are_erased_after_the_retention_and_the_count_stays(client, settings):
    settings.CAMPAIGN_SIGNATURE_RETENTION_DAYS = 30
    old = ended(31)
    recent = ended(30)
    running = CampaignFactory()
    for campaign in (old, recent, running):
        SignatureFactory.create_batch(2, campaign=campaign)
        SignatureFactory(campaign=campaign, confirmed_at=None)  # made just now
    counted_before = client.get(old.get_absolute_url()).text

    call_command("erase_signatures", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert not old.signatures.exists()
    assert recent.signatures.count() == running.signatures.count() == 3
    old.refresh_from_db()
    assert old.erased_signature_count == 2
    assert (
        "<strong>2</strong> confirmed signatures" in client.get(f"/en/campaigns/{old.slug}/").text
    )
    assert "<strong>2</strong>" in counted_before

    # Running it again erases nothing more and counts nothing twice.
    call_command("erase_signatures", stdout=open("/dev/null", "w"))  # noqa: SIM115
    old.refresh_from_db()
    assert old.erased_signature_count == 2


def test_unconfirmed_signatures_go_after_a_week(settings):
    campaign = CampaignFactory()
    week_ago = timezone.now() - datetime.timedelta(days=7, minutes=1)
    SignatureFactory(campaign=campaign, confirmed_at=None, created_at=week_ago, email="old@x.org")
    SignatureFactory(campaign=campaign, confirmed_at=None, email="new@x.org")
    SignatureFactory(campaign=campaign, created_at=week_ago, email="confirmed@x.org")

    call_command("erase_signatures", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert sorted(Signature.objects.values_list("email", flat=True)) == [
        "confirmed@x.org",
        "new@x.org",
    ]
    campaign.refresh_from_db()
    assert campaign.erased_signature_count == 0


def test_the_default_privacy_statement_speaks_of_petitions():
    page = SitePage.objects.get(key="privacy")
    assert "<h2>Petities</h2>" in page.body_nl
    assert "90 dagen na het einde van de campagne" in page.body_nl
    assert "<h2>Petitions</h2>" in page.body_en
    assert "90 days after the campaign ends" in page.body_en
    assert page.version == "2026-4"


def test_a_rewritten_privacy_statement_is_left_alone():
    migration = importlib.import_module("campaigns.migrations.0003_privacy_statement_petitions")
    page = SitePage.objects.get(key="privacy")
    page.body_nl = page.body = "<p>Eigen tekst.</p>"
    page.body_en = "<p>Our own text.</p>"
    page.version = "own"
    page.save()

    migration.add_petitions(apps, None)

    page.refresh_from_db()
    assert page.body_nl == "<p>Eigen tekst.</p>" and page.version == "own"
