"""The admin's language follows the staff member's choice; public pages keep their prefix's."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import StaffPreference
from tests.factories import network_editor, staff_login

pytestmark = pytest.mark.django_db


def client_for(user, browser: str) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=browser)
    staff_login(client, user)
    return client


def page_language(response) -> str:
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


def test_staff_who_chose_english_get_the_english_admin_from_a_dutch_browser():
    user = network_editor(username="secretariat")
    StaffPreference.objects.create(user=user, language="en")

    response = client_for(user, "nl").get("/admin/")

    assert page_language(response) == "en"
    assert "Administration" in response.content.decode()


def test_staff_who_chose_dutch_get_the_dutch_admin_from_an_english_browser():
    user = network_editor(username="secretariaat")
    StaffPreference.objects.create(user=user, language="nl")
    client = client_for(user, "en")

    assert page_language(client.get("/admin/")) == "nl"
    assert page_language(client.get(reverse("two_factor:profile"))) == "nl"


def test_without_a_choice_the_browser_decides():
    user = network_editor(username="secretariat")

    assert page_language(client_for(user, "en").get("/admin/")) == "en"
    assert page_language(client_for(user, "nl").get("/admin/")) == "nl"


def test_public_pages_keep_the_language_of_their_address():
    user = network_editor(username="secretariaat")
    StaffPreference.objects.create(user=user, language="nl")

    response = client_for(user, "nl").get("/en/about/")

    assert page_language(response) == "en"


def test_choosing_english_turns_the_admin_english_and_is_kept_for_the_next_login():
    user = network_editor(username="secretariaat")
    client = client_for(user, "nl")
    form = client.get(reverse("admin_language"))
    assert page_language(form) == "nl"
    assert 'href="/account/language/"' in client.get("/admin/").content.decode()

    response = client.post(reverse("admin_language"), {"language": "en"}, follow=True)

    assert page_language(response) == "en"
    assert "The admin&#x27;s language is saved." in response.content.decode()
    assert page_language(client_for(user, "nl").get("/admin/")) == "en"


def test_back_to_the_browsers_language():
    user = network_editor(username="secretariaat")
    StaffPreference.objects.create(user=user, language="en")
    client = client_for(user, "nl")

    client.post(reverse("admin_language"), {"language": ""})

    assert page_language(client.get("/admin/")) == "nl"
    assert StaffPreference.objects.get(user=user).language == ""


def test_a_language_not_offered_is_refused_with_a_message():
    user = network_editor(username="secretariat")
    StaffPreference.objects.create(user=user, language="en")
    client = client_for(user, "en")

    response = client.post(reverse("admin_language"), {"language": "fr"})

    assert response.status_code == 200
    assert "Choose one of the languages offered." in response.content.decode()
    assert StaffPreference.objects.get(user=user).language == "en"
    assert page_language(client.get("/admin/")) == "en"


def test_the_language_page_is_for_staff_only():
    response = Client().get(reverse("admin_language"))

    assert response.status_code == 302
    assert "/account/language/" not in response["Location"].split("?")[0]
