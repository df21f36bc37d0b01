"""Public pages come from the cache until the content changes, and never go stale after a
save: not in the admin, not elsewhere, not when the date moves on."""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.cache import GENERATION_KEY
from core.models import Publication
from organisations.models import Organisation, SocialLink
from projects.models import TargetGroup
from tests.admin.conftest import change_form_data, english_client
from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ProjectFactory,
    ThemeFactory,
    UserFactory,
)
from tests.newsletter.conftest import form_data

pytestmark = pytest.mark.django_db

CACHED_PAGES = [
    "/nl/",
    "/en/about/",
    "/nl/organisations/",
    "/nl/organisations/?kind=ngo",
    "/en/organisations/lead-org/",
    "/nl/projects/",
    "/nl/projects/?theme=care&sort=title",
    "/nl/projects/?q=water",
    "/en/projects/water/",
    "/nl/donors/",
    "/en/donors/fund/",
    "/nl/countries/kg/",
    "/nl/privacy/",
    "/en/accessibility/",
]


@pytest.fixture
def site(portal, settings):
    # Long enough for any test run; expiry is not what these tests are about.
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    lead = OrganisationFactory(slug="lead-org", name_nl="Leidende organisatie", country="KG")
    project = ProjectFactory(
        slug="water",
        title_nl="Schoon water",
        title_en="Clean water",
        lead=lead,
        countries=["KG"],
        themes=[ThemeFactory(slug="care")],
    )
    FundingFactory(project=project, donor=DonorFactory(slug="fund", name_nl="Fonds"))
    return project


def get_counting(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response, len(queries)


@pytest.mark.parametrize("url", CACHED_PAGES)
def test_a_page_seen_before_comes_from_the_cache(client, site, url):
    first, cold = get_counting(client, url)
    again, warm = get_counting(Client(), url)

    assert cold > 0
    assert warm == 0
    assert again.content == first.content


def test_a_visitor_signs_up_from_a_cached_page_without_any_cookie(site):
    Client().get("/nl/projects/")
    visitor = Client(enforce_csrf_checks=True)
    page, queries = get_counting(visitor, "/nl/projects/")

    assert queries == 0
    assert not page.cookies and "csrfmiddlewaretoken" not in page.text
    signed_up = visitor.post(
        "/nl/newsletter/", form_data(source="/nl/projects/"), HTTP_ORIGIN="http://testserver"
    )
    assert signed_up.status_code == 302
    assert signed_up["Location"] == "/nl/newsletter/check-your-inbox/"


def test_a_project_saved_in_the_admin_shows_at_once(client, site):
    assert "Schoon water" in client.get("/nl/projects/water/").text
    assert "Schoon water" in client.get("/nl/projects/").text
    assert "Schoon water" in client.get("/nl/organisations/lead-org/").text

    admin = english_client(UserFactory(username="root", is_superuser=True))
    url = reverse("admin:projects_project_change", args=[site.pk])
    data = change_form_data(admin.get(url))
    data["title_nl"] = "Veilig drinkwater"
    assert admin.post(url, data).status_code == 302

    for page in ("/nl/projects/water/", "/nl/projects/", "/nl/organisations/lead-org/"):
        text = client.get(page).text
        assert "Veilig drinkwater" in text, page
        assert "Schoon water" not in text, page
    # The staff member who saved sees the new version too.
    assert "Veilig drinkwater" in admin.get("/nl/projects/water/").text


def test_unpublishing_and_publishing_an_organisation_changes_the_pages_that_show_it(client, site):
    lead = Organisation.objects.get(slug="lead-org")
    assert "Leidende organisatie" in client.get("/nl/organisations/").text
    assert client.get("/nl/organisations/lead-org/").status_code == 200
    assert "Schoon water" in client.get("/nl/projects/").text
    assert client.get("/nl/projects/water/").status_code == 200

    admin = english_client(UserFactory(username="root", is_superuser=True))
    changelist = reverse("admin:organisations_organisation_changelist")
    unpublish = {"action": "unpublish", "_selected_action": [lead.pk], "post": "yes"}
    assert admin.post(changelist, unpublish).status_code == 302

    assert "Leidende organisatie" not in client.get("/nl/organisations/").text
    assert client.get("/nl/organisations/lead-org/").status_code == 404
    assert "Schoon water" not in client.get("/nl/projects/").text  # its lead is a draft
    assert client.get("/nl/projects/water/").status_code == 404

    assert admin.post(changelist, {**unpublish, "action": "publish"}).status_code == 302

    assert "Leidende organisatie" in client.get("/nl/organisations/").text
    assert client.get("/nl/organisations/lead-org/").status_code == 200
    assert "Schoon water" in client.get("/nl/projects/").text
    assert Organisation.objects.get(slug="lead-org").publication == Publication.PUBLISHED


def test_changes_made_outside_the_admin_show_at_once(client, site, portal):
    client.get("/nl/projects/water/")
    client.get("/nl/about/")

    site.target_groups.add(TargetGroup.objects.create(name_nl="Jongeren", slug="youth"))
    SocialLink.objects.create(
        organisation=portal, platform=SocialLink.Platform.BLUESKY, url="https://bsky.example/"
    )

    assert "Jongeren" in client.get("/nl/projects/water/").text
    assert "https://bsky.example/" in client.get("/nl/about/").text  # in the footer


def test_a_cached_status_follows_the_date(client, site):
    starts = datetime.date(2031, 1, 1)
    ProjectFactory(slug="soon", start=starts, end=None, title_nl="Binnenkort")
    day_before = starts - datetime.timedelta(days=1)

    with mock.patch("django.utils.timezone.localdate", return_value=day_before):
        assert "Gepland" in client.get("/nl/projects/soon/").text
    with mock.patch("django.utils.timezone.localdate", return_value=starts):
        assert "Gepland" not in client.get("/nl/projects/soon/").text


def test_a_save_by_another_worker_shows_at_once(client, site):
    """Pages are kept in each worker's memory; what tells every worker of a save is the
    generation in the cache they share, the one thing a kept page is read with."""
    client.get("/nl/projects/water/")
    # Another worker saves: its signal moves the shared generation, and this worker's own
    # memory of pages is left as it was.
    Project = type(site)
    Project.objects.filter(pk=site.pk).update(title_nl="Schoon drinkwater")
    cache.incr(GENERATION_KEY)

    assert "Schoon drinkwater" in client.get("/nl/projects/water/").text


def test_a_browser_without_compression_gets_the_kept_page_unpacked(client, site):
    first = Client().get("/nl/projects/", headers={"accept-encoding": "br, gzip"})
    assert first["Content-Encoding"] == "br"

    plain, queries = get_counting(Client(), "/nl/projects/")

    assert queries == 0
    assert "Content-Encoding" not in plain
    assert "Schoon water" in plain.text


@pytest.mark.parametrize("url", ["/nl/projects/?q=water", "/nl/newsletter/"])
def test_a_page_reads_the_shared_generation_once(client, site, url):
    """In production the shared cache is a table: each read of the generation is a query,
    however many remembered fragments (header, footer, newsletters) the page has."""
    from core import cache as content_cache

    reads = []
    real_get = content_cache.cache.get

    def counting_get(key, *args, **kwargs):
        reads.append(key)
        return real_get(key, *args, **kwargs)

    with mock.patch.object(content_cache.cache, "get", side_effect=counting_get):
        assert client.get(url).status_code == 200

    assert reads.count(GENERATION_KEY) == 1
