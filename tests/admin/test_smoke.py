"""Every admin page a superuser opens renders, and works under the site's CSP."""

import datetime
import re

import pytest
from django.contrib import admin
from django.urls import reverse

from organisations.models import Goal, Network, Pillar, SocialLink, WorkingPrinciple
from projects.models import ReachFigure, TargetGroup
from tests.factories import (
    FundingFactory,
    InstrumentFactory,
    MembershipFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

OUR_APPS = {"organisations", "projects", "donors"}
REGISTERED = sorted(
    (model for model in admin.site._registry if model._meta.app_label in OUR_APPS),
    key=lambda model: model._meta.label,
)


@pytest.fixture
def one_of_everything():
    lead = OrganisationFactory(name_nl="Kinderrechten Leiden")
    project = ProjectFactory(title_nl="Veilig Thuis", lead=lead, themes=[ThemeFactory()])
    network = MembershipFactory(member=lead).network
    pillar = Pillar.objects.create(network=network, title_nl="Preventie")
    Goal.objects.create(network=network, pillar=pillar, title_nl="Minder geweld")
    WorkingPrinciple.objects.create(organisation=lead, title_nl="Participatie")
    SocialLink.objects.create(organisation=lead, platform="x", url="https://x.com/kr")
    ReachFigure.objects.create(project=project, value=500, label_nl="deelnemers per maand")
    TargetGroup.objects.create(name_nl="Jongeren", slug="jongeren")
    PartnershipFactory(organisation=lead)
    instrument = InstrumentFactory()
    FundingFactory(project=project, donor=instrument.donor, instrument=instrument)
    from organisations.models import Framework

    Framework.objects.create(title_nl="Kinderrechtenverdrag", year=1989)
    return project


def admin_url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def test_every_model_of_the_portal_is_in_the_admin():
    names = {model._meta.model_name for model in REGISTERED}
    assert {
        "organisation",
        "network",
        "partnership",
        "membership",
        "project",
        "theme",
        "donor",
        "instrument",
        "funding",
    } <= names


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_changelist_search_add_and_change_pages_render(superuser_client, one_of_everything, model):
    listing = superuser_client.get(admin_url(model, "changelist"))
    assert listing.status_code == 200
    shown = listing.context["cl"].result_count
    assert shown >= 1, f"the list of {model._meta.verbose_name_plural} is empty"

    assert superuser_client.get(admin_url(model, "changelist"), {"q": "a"}).status_code == 200
    assert superuser_client.get(admin_url(model, "add")).status_code == 200

    obj = model._default_manager.first()
    assert superuser_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_the_network_list_holds_networks_only(superuser_client, one_of_everything):
    response = superuser_client.get(admin_url(Network, "changelist"))

    listed = list(response.context["cl"].result_list)
    assert listed
    assert all(organisation.is_network for organisation in listed)


def test_project_list_shows_and_filters_by_the_derived_status(superuser_client):
    ProjectFactory(title_nl="Loopt nog")
    ProjectFactory(title_nl="Afgelopen", start=None, end=datetime.date(2019, 6, 30))
    ProjectFactory(title_nl="Stopgezet", manual_status="cancelled")
    url = reverse("admin:projects_project_changelist")

    everything = superuser_client.get(url)
    completed = superuser_client.get(url, {"status": "completed"})

    statuses = re.findall(r'<td class="field-status_display">([^<]*)</td>', everything.text)
    assert sorted(statuses) == ["Cancelled", "Completed", "Running"]
    assert [p.title_nl for p in completed.context["cl"].result_list] == ["Afgelopen"]


def test_project_countries_are_picked_by_name(superuser_client, one_of_everything):
    response = superuser_client.get(
        admin_url(type(one_of_everything), "change", one_of_everything.pk)
    )

    assert '<option value="KG" selected>Kyrgyzstan</option>' in response.text
    assert 'name="countries"' in response.text
    assert "KG," not in response.text  # no comma-separated text box


SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S)


@pytest.mark.parametrize(
    "model_name", ["organisations.organisation", "organisations.network", "projects.project"]
)
def test_change_pages_run_under_the_content_security_policy(
    superuser_client, one_of_everything, model_name
):
    from django.apps import apps

    model = apps.get_model(model_name)
    obj = model._default_manager.first()
    for url in (admin_url(model, "change", obj.pk), admin_url(model, "add")):
        response = superuser_client.get(url)

        assert "script-src 'self'" in response["Content-Security-Policy"]
        scripts = SCRIPT.findall(response.text)
        assert scripts
        for attributes, body in scripts:
            # Inline code would be blocked; every script is a file of our own.
            assert not body.strip(), f"inline script on {url}"
            source = re.search(r'src="([^"]+)"', attributes).group(1)
            assert source.startswith("/"), f"{source} is not served by us"
            assert not source.startswith("//")
