"""Rich text in the admin: the editor on every rich-text field, and the server cleaning
what the editor could never have made."""

import json
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from cpcportal.models import SitePage
from projects.models import Project
from tests.admin.conftest import change_form_data
from tests.factories import ProjectFactory, network_editor, staff_login

pytestmark = pytest.mark.django_db

KEPT = (
    "<h2>Doel</h2><h3>Aanpak</h3><p><strong>Vet</strong> en <em>cursief</em>, "
    '<a href="https://example.org/" rel="noopener noreferrer">een veilige link</a></p>'
    "<ul><li>een</li></ul><ol><li>twee</li></ol>"
)
# What the toolbar cannot make: each piece with the text that stays behind of it.
FORBIDDEN = (
    '<script>alert("script")</script>'
    '<p><img src="x" onerror="alert(1)">Na de afbeelding</p>'
    "<table><tr><td>In een tabel</td></tr></table>"
    "<h1>Grote kop</h1>"
    '<p style="color: red" onclick="alert(2)">Met stijl</p>'
    '<p><a href="javascript:alert(3)">Valse link</a></p>'
)


def test_posted_markup_keeps_what_the_toolbar_makes_and_loses_the_rest(network_editor_client):
    project = ProjectFactory()
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(network_editor_client.get(url))
    data |= {"description_nl": KEPT + FORBIDDEN, "description_en": FORBIDDEN}

    response = network_editor_client.post(url, data)

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.description_nl == (
        KEPT + "<p>Na de afbeelding</p>In een tabelGrote kop<p>Met stijl</p>"
        '<p><a rel="noopener noreferrer">Valse link</a></p>'
    )
    for gone in ("script", "alert", "<img", "onerror", "<table", "<h1", "style=", "javascript:"):
        assert gone not in project.description_en


@pytest.mark.parametrize(
    ("url_name", "fields"),
    [
        ("admin:projects_project_change", ["description_nl", "description_en"]),
        ("admin:cpcportal_sitepage_change", ["body_nl", "body_en"]),
    ],
)
def test_every_rich_text_field_gets_the_editor(network_editor_client, url_name, fields):
    obj = ProjectFactory() if "project" in url_name else SitePage.objects.first()

    response = network_editor_client.get(reverse(url_name, args=[obj.pk]))

    html = response.text
    textareas = {
        match["name"]: match[0]
        for match in re.finditer(r'<textarea[^>]*name="(?P<name>\w+)"[^>]*>', html)
    }
    for field in fields:
        assert "data-richtext=" in textareas[field], field
    assert re.search(r'<script src="/static/js/richtext-editor\.\w+\.js" type="module">', html)
    if "summary_nl" in textareas:  # plain text stays a plain textarea
        assert "data-richtext=" not in textareas["summary_nl"]


def test_the_editor_module_is_served_from_our_static_files(client):
    from django.contrib.staticfiles.storage import staticfiles_storage

    for path in ("js/richtext-editor.js", "django_prose_editor/editor.js"):
        assert staticfiles_storage.exists(path)
    assert Project._meta.get_field("description").formfield().widget.attrs["data-richtext"]


EDITOR_MODULE = Path(__file__).resolve().parents[2] / "static" / "js" / "richtext-editor.js"
# The link dialog of django-prose-editor's editor.js, the one dialog our toolbar opens.
LINK_DIALOG = ("Edit Link", "URL", "Title", "Update", "Cancel")


def test_the_editors_menu_and_link_dialog_speak_dutch():
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    staff_login(client, network_editor(username="secretariaat"))
    script = client.get(reverse("admin:jsi18n")).text
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S)[1])
    menu = re.findall(r'gettext\("([^"]+)"\)', EDITOR_MODULE.read_text())

    assert len(menu) > 10  # the pattern still finds the module's labels
    untranslated = [msgid for msgid in (*menu, *LINK_DIALOG) if msgid not in catalogue]
    assert untranslated == []
    assert catalogue["Bold"] == "Vet"
