"""Public pages set no cookie and may be kept by a shared cache; personal pages may not."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.factories import (
    DonorFactory,
    FundingFactory,
    OrganisationFactory,
    ProjectFactory,
    ThemeFactory,
    UserFactory,
    staff_login,
)
from tests.newsletter.conftest import form_data

pytestmark = pytest.mark.django_db

PREFIXED = [
    "/{lang}/",
    "/{lang}/about/",
    "/{lang}/organisations/",
    "/{lang}/organisations/?kind=ngo",
    "/{lang}/organisations/lead-org/",
    "/{lang}/projects/",
    "/{lang}/projects/?theme=care&sort=title",
    "/{lang}/projects/?q=water",
    "/{lang}/projects/water/",
    "/{lang}/projects/feed/rss/",
    "/{lang}/projects/feed/atom/",
    "/{lang}/donors/",
    "/{lang}/donors/fund/",
    "/{lang}/countries/kg/",
    "/{lang}/newsletter/",
    "/{lang}/newsletter/check-your-inbox/",
    "/{lang}/privacy/",
    "/{lang}/accessibility/",
]
PUBLIC_PAGES = [
    *(url.format(lang=lang) for url in PREFIXED for lang in ("nl", "en")),
    "/sitemap.xml",
    "/robots.txt",
]


@pytest.fixture
def site(portal):
    lead = OrganisationFactory(slug="lead-org", name_nl="Leidende organisatie", country="KG")
    project = ProjectFactory(
        slug="water", lead=lead, countries=["KG"], themes=[ThemeFactory(slug="care")]
    )
    FundingFactory(project=project, donor=DonorFactory(slug="fund"))


def assert_shareable(response, url, settings):
    assert response.status_code == 200, url
    assert not response.cookies, (url, response.cookies)
    assert "Set-Cookie" not in response.headers, url
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {
        "public",
        "max-age=0",
        f"s-maxage={settings.PUBLIC_PAGE_SHARED_MAX_AGE}",
    }, url
    assert "Cookie" not in response.get("Vary", ""), url


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_a_fresh_visitor_gets_a_public_page_without_a_cookie(site, settings, url):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600

    first = Client().get(url)  # built afresh
    again = Client().get(url)  # from the portal's own cache

    assert_shareable(first, url, settings)
    assert_shareable(again, url, settings)


def test_a_modest_max_age_so_that_a_save_shows_soon(settings):
    assert 0 < settings.PUBLIC_PAGE_SHARED_MAX_AGE <= 300


def test_staff_get_the_same_shareable_public_page(site, settings):
    client = Client()
    client.force_login(UserFactory(username="root", is_superuser=True))

    assert_shareable(client.get("/nl/projects/water/"), "/nl/projects/water/", settings)


@pytest.mark.parametrize("part", ["confirm", "unsubscribe"])
def test_the_newsletters_token_pages_stay_private(client, part):
    response = client.get(f"/nl/newsletter/{part}/not-a-token/")

    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert not response.cookies


def test_a_sign_up_answer_with_errors_is_not_marked_public(client):
    response = client.post("/en/newsletter/", form_data(email="not an address"))

    assert response.status_code == 200
    assert "not an address" in response.text
    assert "public" not in response.get("Cache-Control", "")


def test_the_admin_keeps_its_csrf_tokens():
    user = UserFactory(username="root", is_superuser=True)
    staff = Client(enforce_csrf_checks=True)
    login = staff.get(reverse("two_factor:login"))
    assert login.cookies["csrftoken"].value  # the staff login's form carries its token
    staff_login(staff, user)
    url = reverse("admin:auth_user_change", args=[user.pk])
    page = staff.get(url)
    form = {"username": "root", "date_joined_0": "2026-01-01", "date_joined_1": "10:00:00"}

    refused = staff.post(url, form, HTTP_ORIGIN="http://testserver")  # without the token

    assert refused.status_code == 403
    token = page.context["csrf_token"]
    accepted = staff.post(
        url, {**form, "csrfmiddlewaretoken": str(token), "is_superuser": "on", "is_active": "on"}
    )
    assert accepted.status_code == 302
    assert get_user_model().objects.get(pk=user.pk).is_superuser
