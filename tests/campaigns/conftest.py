import time

import pytest

from campaigns.models import Signature
from newsletter.forms import sign_started
from tests.factories import CampaignFactory


@pytest.fixture
def campaign(db):
    return CampaignFactory(slug="family", title_nl="Een gezin", title_en="A family")


def form_data(email="ada@example.org", **extra):
    data = {
        "name": "Ada Lovelace",
        "email": email,
        "place": "Leiden",
        "show_name": "on",
        "consent": "on",
        "website": "",
        "started": sign_started(time.time() - 10),
    }
    data.update(extra)
    return {f"petition-{key}": value for key, value in data.items()}


@pytest.fixture
def sign(client, campaign, django_capture_on_commit_callbacks):
    """Posts the petition form as a person would, running the after-commit sending."""

    def post(email="ada@example.org", language="nl", slug=None, ip="203.0.113.77", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"/{language}/campaigns/{slug or campaign.slug}/",
                form_data(email, **extra),
                REMOTE_ADDR=ip,
            )

    return post


def confirm_link(message) -> str:
    """The path of the confirmation link in an e-mail."""
    for line in message.body.splitlines():
        if "/campaigns/confirm/" in line:
            return line[line.index("/", line.index("//") + 2) :].strip()
    raise AssertionError("no confirmation link in the e-mail")


def signatures() -> list[tuple[str, bool]]:
    return sorted(
        (email, confirmed is not None)
        for email, confirmed in Signature.objects.values_list("email", "confirmed_at")
    )
