"""The Dutch admin speaks Dutch: Django's messages with the article the model's name takes."""

import json
import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils.translation.trans_real import DjangoTranslation

from tests.admin.conftest import change_form_data, dutch_client
from tests.factories import (
    OrganisationFactory,
    ProjectFactory,
    ThemeFactory,
    network_editor,
    organisation_editor,
)

pytestmark = pytest.mark.django_db

# The same word in both languages.
UNCHANGED_IN_DUTCH = {"Filter"}


def saved_message(client, url, **extra) -> str:
    """Posts the change form back as shown (plus `extra`) and returns the message shown."""
    data = change_form_data(client.get(url)) | extra
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    (message,) = response.context["messages"]
    return str(message)


def test_a_changed_project_is_het_project(network_editor_client):
    project = ProjectFactory(title_nl="Veilige scholen")
    client = dutch_client(network_editor(username="secretariaat"))

    message = saved_message(client, reverse("admin:projects_project_change", args=[project.pk]))

    assert message.startswith("Het project “<a href=")
    assert message.endswith(">Veilige scholen</a>” is gewijzigd.")


def test_a_changed_organisation_is_de_organisatie_for_its_own_editor():
    organisation = OrganisationFactory(name_nl="Stichting Kinderstem")
    client = dutch_client(organisation_editor(organisation, username="redacteur"))
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])

    message = saved_message(client, url, _continue="1")

    assert message.startswith("De organisatie “<a href=")
    assert message.endswith(
        ">Stichting Kinderstem</a>” is gewijzigd. Je kunt deze hieronder verder bewerken."
    )


def test_a_network_and_a_theme_are_het_words():
    client = dutch_client(network_editor(username="secretariaat"))
    network = OrganisationFactory(kind="network", name_nl="Kindernetwerk")
    theme = ThemeFactory(name_nl="Onderwijs")

    changed = saved_message(
        client, reverse("admin:organisations_network_change", args=[network.pk]), _continue="1"
    )
    deleted = client.post(
        reverse("admin:projects_theme_delete", args=[theme.pk]), {"post": "yes"}, follow=True
    )

    assert changed.startswith("Het netwerk “")
    assert changed.endswith("is gewijzigd. Je kunt het hieronder verder bewerken.")
    assert [str(m) for m in deleted.context["messages"]] == ["Het thema “Onderwijs” is verwijderd."]


def test_english_keeps_djangos_wording(network_editor_client):
    project = ProjectFactory(title_en="Safe schools")
    url = reverse("admin:projects_project_change", args=[project.pk])

    message = saved_message(network_editor_client, url)

    assert message.startswith("The project “<a href=")
    assert message.endswith(">Safe schools</a>” was changed successfully.")


def test_the_pickers_javascript_speaks_dutch():
    client = dutch_client(network_editor(username="secretariaat"))

    script = client.get(reverse("admin:jsi18n")).text
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S)[1])

    assert catalogue['Choose %s by selecting them and then select the "Choose" arrow button.'] == (
        "Kies %s door ze te selecteren en dan op de pijl “Kiezen” te klikken."
    )
    assert catalogue["Remove all %s"] == "Alle %s verwijderen"


ADMIN_JS = Path(admin.__file__).parent / "static" / "admin" / "js"
GETTEXT_CALL = re.compile(r"""\b(n?gettext)\(\s*(['"])((?:\\.|(?!\2).)*)\2""")


def admin_js_msgids():
    for script in sorted(ADMIN_JS.rglob("*.js")):
        if "vendor" in script.parts:
            continue
        for call in GETTEXT_CALL.finditer(script.read_text()):
            yield call[1], re.sub(r"\\(.)", r"\1", call[3])


def test_every_string_of_the_admins_javascript_has_dutch():
    """Django's Dutch falls behind its JavaScript; ours (locale/nl/LC_MESSAGES/djangojs.po)
    fills the gap, and this finds a new gap after an upgrade."""
    dutch = DjangoTranslation(
        "nl", domain="djangojs", localedirs=[ADMIN_JS.parent.parent.parent / "locale"]
    )
    msgids = list(admin_js_msgids())
    assert len(msgids) > 40  # the pattern still finds Django's calls

    missing = [
        msgid
        for function, msgid in msgids
        if (dutch.gettext(msgid) if function == "gettext" else dutch.ngettext(msgid, "", 1))
        == msgid
        and msgid not in UNCHANGED_IN_DUTCH
    ]

    assert missing == []


def test_the_history_and_its_revert_form_speak_dutch():
    project = ProjectFactory(title_nl="Veilige scholen")
    client = dutch_client(network_editor(username="secretariaat"))
    change = reverse("admin:projects_project_change", args=[project.pk])
    saved_message(client, change, title_nl="Veilige scholen voor iedereen")

    history = client.get(reverse("admin:projects_project_history", args=[project.pk]))
    version = project.history.earliest()
    revert = client.get(
        reverse("admin:projects_project_simple_history", args=[project.pk, version.pk])
    )

    assert "Bij elke versie staat wie ze heeft opgeslagen" in history.text
    for header in ("Datum/tijd", "Wijziging", "Gewijzigd door", "Wijzigingen", "Terugzetten"):
        assert f'<th scope="col">{header}</th>' in history.text
    assert "Gewijzigd" in history.text and "Aangemaakt" in history.text
    assert "2 versies" in history.text
    assert "Titel (Nederlands)" in history.text and "Deze versie terugzetten" in history.text
    for english in ("Choose a date", "Change reason", "Changed by", "None", "Restore"):
        assert english not in history.text
    assert 'value="Terugzetten"' in revert.text
    assert "Klik hieronder op ‘Terugzetten’" in revert.text
