"""Review test helpers: a draft project of one organisation, its editor and the secretariat."""

import pytest
from django.urls import reverse

from core.models import Publication
from tests.admin.conftest import english_client
from tests.factories import OrganisationFactory, ProjectFactory, network_editor, organisation_editor


@pytest.fixture
def cpc():
    return OrganisationFactory(name_nl="CPC", name_en="CPC", slug="cpc")


@pytest.fixture
def editor(cpc):
    return organisation_editor(cpc, username="cpc-editor", first_name="Aida")


@pytest.fixture
def secretariat():
    return network_editor(username="secretariat", email="secretariaat@example.org")


@pytest.fixture
def editor_client(editor):
    return english_client(editor)


@pytest.fixture
def secretariat_client(secretariat):
    return english_client(secretariat)


@pytest.fixture
def draft(cpc):
    return ProjectFactory(
        title_nl="Meisjes in de wetenschap",
        title_en="Girls in science",
        slug="girls-in-science",
        lead=cpc,
        publication=Publication.DRAFT,
    )


def submit_url(item) -> str:
    from reviews.status import submit_url as url

    return url(item)


def dashboard_url() -> str:
    return reverse("admin:reviews_review_changelist")
