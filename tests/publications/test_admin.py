"""Publications through the admin: the PDF checked by its content, and an organisation's
editors kept to their own organisations' publications."""

import pytest
from django.test import override_settings
from django.urls import reverse

from core.models import Publication as State
from publications.models import Publication
from tests.admin.conftest import change_form_data
from tests.factories import ProjectFactory, PublicationFactory
from tests.publications.conftest import encrypted_pdf, pdf_bytes, png_bytes, upload

pytestmark = pytest.mark.django_db

ADD = reverse("admin:publications_publication_add")
LIST = reverse("admin:publications_publication_changelist")


def change_url(publication):
    return reverse("admin:publications_publication_change", args=[publication.pk])


def new_publication(client, organisation, **changes):
    data = change_form_data(client.get(ADD))
    data.update(
        {
            "title_nl": "Jaarverslag 2024",
            "title_en": "Annual report 2024",
            "slug": "jaarverslag-2024",
            "kind": "annual_report",
            "summary_nl": "Wat we in 2024 deden.",
            "published_on": "2025-05-01",
            "language": "nl",
            "organisations": [str(organisation.pk)],
            **changes,
        }
    )
    return data


def errors_of(response, field):
    return response.context["adminform"].form.errors.get(field, [])


def test_a_valid_pdf_is_stored_with_a_thumbnail(network_editor_client, two_organisations):
    a, _b = two_organisations
    data = new_publication(network_editor_client, a, file=upload(pdf_bytes(2), "verslag.pdf"))

    response = network_editor_client.post(ADD, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    publication = Publication.objects.get(slug="jaarverslag-2024")
    assert publication.file and publication.thumbnail
    assert "verslag" not in publication.file.name
    assert (publication.thumbnail_width, publication.file_size) == (300, len(pdf_bytes(2)))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (png_bytes(), "This file is not a PDF"),
        (b"Just some text, named as if it were a PDF.\n", "This file is not a PDF"),
        (b"%PDF-1.7\n% not really a PDF after all\n", "This PDF is damaged"),
        (pdf_bytes()[:200], "This PDF is damaged"),
        (encrypted_pdf(), "This PDF is protected with a password"),
    ],
    ids=["png", "text", "pdf-signature-only", "truncated", "encrypted"],
)
def test_what_is_not_a_usable_pdf_is_refused(
    network_editor_client, two_organisations, content, message
):
    data = new_publication(network_editor_client, two_organisations[0], file=upload(content))

    response = network_editor_client.post(ADD, data)

    assert response.status_code == 200
    assert any(message in error for error in errors_of(response, "file"))
    assert not Publication.objects.exists()


@override_settings(PUBLICATION_MAX_BYTES=500)
def test_a_pdf_over_the_size_limit_is_refused(network_editor_client, two_organisations):
    data = new_publication(network_editor_client, two_organisations[0], file=upload(pdf_bytes()))
    assert len(pdf_bytes()) > 500

    response = network_editor_client.post(ADD, data)

    assert any("at most 500" in error for error in errors_of(response, "file"))
    assert not Publication.objects.exists()


def test_a_file_or_a_link_but_not_both_nor_neither(network_editor_client, two_organisations):
    a, _b = two_organisations
    both = new_publication(
        network_editor_client, a, file=upload(pdf_bytes()), url="https://example.org/r.pdf"
    )
    neither = new_publication(network_editor_client, a)

    assert errors_of(network_editor_client.post(ADD, both), "url") == [
        "Give either a PDF file or a link, not both."
    ]
    assert errors_of(network_editor_client.post(ADD, neither), "file") == [
        "Upload the publication as a PDF, or give a link to it."
    ]
    assert not Publication.objects.exists()


def test_a_link_must_be_https(network_editor_client, two_organisations):
    data = new_publication(network_editor_client, two_organisations[0], url="http://x.org/r.pdf")

    assert errors_of(network_editor_client.post(ADD, data), "url")


def test_an_editor_adds_a_publication_of_their_organisation_as_a_draft(
    editor_client_for, two_organisations
):
    a, _b = two_organisations
    client = editor_client_for(a)
    data = new_publication(client, a, url="https://example.org/r.pdf", publication="published")

    assert client.post(ADD, data).status_code == 302

    publication = Publication.objects.get()
    assert list(publication.organisations.all()) == [a]
    assert publication.publication == State.DRAFT  # the secretariat publishes


def test_an_editor_cannot_add_a_publication_of_another_organisation(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    client = editor_client_for(a)
    data = new_publication(client, b, url="https://example.org/r.pdf")

    response = client.post(ADD, data)

    assert errors_of(response, "organisations") == ["Name at least one organisation you edit."]
    assert not Publication.objects.exists()


def test_an_editor_sees_and_opens_only_their_organisations_publications(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    own = PublicationFactory(organisations=[a], title_nl="Van ons")
    shared = PublicationFactory(organisations=[a, b], title_nl="Samen")
    other = PublicationFactory(organisations=[b], title_nl="Van een ander")
    client = editor_client_for(a)

    listed = client.get(LIST)
    assert listed.status_code == 200
    assert set(listed.context["cl"].result_list) == {own, shared}
    assert "Van een ander" not in listed.text

    assert client.get(change_url(own)).status_code == 200
    assert client.get(change_url(other)).status_code == 404
    data = change_form_data(client.get(change_url(own)))
    data["title_nl"] = "Gekaapt"
    assert client.post(change_url(other), data).status_code == 404
    delete = reverse("admin:publications_publication_delete", args=[other.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 404
    other.refresh_from_db()
    assert other.title_nl == "Van een ander"


def test_a_bulk_action_with_another_organisations_publication_is_refused(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    own, other = PublicationFactory(organisations=[a]), PublicationFactory(organisations=[b])
    client = editor_client_for(a)

    response = client.post(
        LIST, {"action": "delete_selected", "_selected_action": [own.pk, other.pk]}
    )

    assert response.status_code == 403
    assert Publication.objects.count() == 2


def test_the_network_editor_edits_every_publication(network_editor_client, two_organisations):
    other = PublicationFactory(organisations=[two_organisations[1]])
    data = change_form_data(network_editor_client.get(change_url(other)))
    data["title_nl"] = "Nagekeken"

    assert network_editor_client.post(change_url(other), data).status_code == 302
    other.refresh_from_db()
    assert other.title_nl == "Nagekeken"


def test_an_editor_saving_a_shared_publication_keeps_the_other_organisations_links(
    editor_client_for, two_organisations
):
    a, b = two_organisations
    theirs = ProjectFactory(lead=b, title_nl="Project van de ander")
    shared = PublicationFactory(organisations=[a, b], projects=[theirs], title_nl="Samen")
    client = editor_client_for(a)
    data = change_form_data(client.get(change_url(shared)))
    data["title_nl"] = "Samen, verbeterd"

    response = client.post(change_url(shared), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    shared.refresh_from_db()
    assert shared.title_nl == "Samen, verbeterd"
    assert set(shared.organisations.all()) == {a, b}
    assert list(shared.projects.all()) == [theirs]
