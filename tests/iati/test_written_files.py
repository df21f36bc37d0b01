"""Activity files written ahead (`manage.py write_iati_files`), for portals whose full file
takes longer than a request may last: the views serve them, with their own ETag."""

import io

import pytest
from django.core.management import CommandError, call_command

from tests.factories import OrganisationFactory
from tests.iati.conftest import assert_valid, parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def files_dir(settings, tmp_path):
    settings.IATI_FILES_DIR = str(tmp_path)
    return tmp_path


def write(*args) -> str:
    out = io.StringIO()
    call_command("write_iati_files", "--base-url", "https://portal.example.org", *args, stdout=out)
    return out.getvalue()


def test_the_views_serve_the_written_files(client, full_project, files_dir):
    said = write()
    assert "activities.xml: 1 activities" in said
    response = client.get("/iati/activities.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    content = b"".join(response.streaming_content)
    assert content == (files_dir / "activities.xml").read_bytes()
    root = parse(content)
    assert_valid(root)
    links = [link.get("url") for link in root.iter("document-link")]
    assert any(url.startswith("https://portal.example.org/") for url in links)
    # The lead's own file, under its identifier as before.
    lead_file = client.get("/iati/NL-KVK-12345678/activities.xml")
    assert lead_file.status_code == 200
    assert_valid(parse(b"".join(lead_file.streaming_content)))
    again = client.get("/iati/activities.xml", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_an_unchanged_file_is_kept_and_a_changed_one_written_again(full_project, files_dir):
    write()
    written = (files_dir / "activities.xml").stat().st_mtime_ns
    assert "activities.xml" not in write()
    assert (files_dir / "activities.xml").stat().st_mtime_ns == written
    full_project.title_en = "Safe schools, second phase"
    full_project.save()
    assert "activities.xml: 1 activities" in write()
    assert b"Safe schools, second phase" in (files_dir / "activities.xml").read_bytes()
    assert "activities.xml" in write("--force")


def test_a_draft_organisation_gets_no_file_written_or_served(client, full_project, files_dir):
    draft = OrganisationFactory(iati_identifier="NL-KVK-87654321", publication="draft")
    write()
    assert not (files_dir / f"organisation-{draft.pk}-activities.xml").exists()
    assert client.get("/iati/NL-KVK-87654321/activities.xml").status_code == 404


def test_without_a_folder_the_command_says_what_to_set_and_the_views_write_live(
    client, full_project, settings
):
    settings.IATI_FILES_DIR = ""
    with pytest.raises(CommandError, match="DJANGO_IATI_FILES_DIR"):
        write()
    response = client.get("/iati/activities.xml")
    assert response.status_code == 200
    assert_valid(parse(b"".join(response.streaming_content)))
