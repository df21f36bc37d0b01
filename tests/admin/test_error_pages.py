"""A refused or missing admin page keeps the admin's look and the staff member's language;
public pages keep the public error pages."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from core.models import Publication
from tests.factories import OrganisationFactory, ProjectFactory, organisation_editor, staff_login

pytestmark = pytest.mark.django_db

NOT_FOUND_NL = "Dit item bestaat niet, of je kunt het niet bewerken."
NO_ACCESS_NL = "Je hebt geen toegang tot deze pagina."
ADMIN_BREADCRUMB = '<div class="breadcrumbs"><a href="/admin/">'
PUBLIC_NAVIGATION = 'class="site-header"'


def client_in(language, user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    staff_login(client, user)
    return client


@pytest.fixture
def theirs():
    """A project of organisation B, and a Dutch editor of organisation A only."""
    a, b = OrganisationFactory(), OrganisationFactory()
    project = ProjectFactory(title_nl="Van B", lead=b, publication=Publication.PUBLISHED)
    return project, client_in("nl", organisation_editor(a))


def assert_admin_error_page(response, status, message):
    assert response.status_code == status
    text = response.text
    assert '<html lang="nl"' in text
    assert re.search(r'<header id="header">.*Kinderrechtenportaal.*</header>', text, re.S)
    assert ADMIN_BREADCRUMB in text
    assert message in text
    assert PUBLIC_NAVIGATION not in text
    assert "Van B" not in text


@pytest.mark.parametrize("view", ["change", "delete"])
def test_another_organisations_project_is_not_found_in_the_admins_look(theirs, view):
    project, client = theirs

    response = client.get(reverse(f"admin:projects_project_{view}", args=[project.pk]))

    assert_admin_error_page(response, 404, NOT_FOUND_NL)


def test_another_organisations_history_is_not_found_like_one_that_never_was(theirs):
    project, client = theirs

    response = client.get(reverse("admin:projects_project_history", args=[project.pk]))
    never = client.get(reverse("admin:projects_project_history", args=[project.pk + 10_000]))

    assert_admin_error_page(response, 404, NOT_FOUND_NL)
    assert never.status_code == 404


def test_a_page_outside_the_editors_permissions_is_refused_in_the_admins_look(theirs):
    _, client = theirs

    response = client.get(reverse("admin:auth_user_changelist"))

    assert_admin_error_page(response, 403, NO_ACCESS_NL)


def test_a_deleted_project_reads_like_another_organisations(theirs):
    project, client = theirs
    url = reverse("admin:projects_project_change", args=[project.pk])
    not_yours = client.get(url)
    project.delete()

    gone = client.get(url)

    assert_admin_error_page(gone, 404, NOT_FOUND_NL)
    page = not_yours.text
    assert gone.text[page.index('<div id="content"') :] == page[page.index('<div id="content"') :]


def test_the_error_page_follows_the_staff_members_language():
    a, b = OrganisationFactory(), OrganisationFactory()
    project = ProjectFactory(lead=b)
    client = client_in("en", organisation_editor(a))

    response = client.get(reverse("admin:auth_user_changelist"))

    assert project.pk  # another organisation's project exists; the page is about users
    assert response.status_code == 403
    assert '<html lang="en"' in response.text
    assert "You have no access to this page." in response.text
    assert NO_ACCESS_NL not in response.text


def test_an_unknown_staff_account_page_is_not_found_in_the_admins_look():
    response = Client(HTTP_ACCEPT_LANGUAGE="nl").get("/account/no-such-page/")

    assert response.status_code == 404
    assert ADMIN_BREADCRUMB in response.text
    assert PUBLIC_NAVIGATION not in response.text


def test_a_public_unknown_address_keeps_the_public_404(theirs):
    _, client = theirs  # signed in as staff: the public page still looks public

    response = client.get("/nl/projects/no-such-project/")

    assert response.status_code == 404
    assert PUBLIC_NAVIGATION in response.text
    assert "Pagina niet gevonden" in response.text
    assert ADMIN_BREADCRUMB not in response.text


def test_a_staff_form_without_its_token_is_refused_in_the_admins_look():
    client = Client(HTTP_ACCEPT_LANGUAGE="nl", enforce_csrf_checks=True)

    response = client.post("/account/login/", {"auth-username": "someone"})

    assert response.status_code == 403
    assert "Het formulier is niet verstuurd" in response.text
    assert ADMIN_BREADCRUMB in response.text
    assert "CSRF" not in response.text  # the reason is for the log, not the page


def test_a_public_form_from_elsewhere_keeps_djangos_refusal():
    client = Client(HTTP_ACCEPT_LANGUAGE="nl", enforce_csrf_checks=True)

    response = client.post("/nl/newsletter/", {"email": "a@example.org"})

    assert response.status_code == 403
    assert ADMIN_BREADCRUMB not in response.text
