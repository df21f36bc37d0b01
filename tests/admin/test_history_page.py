"""The history page reads: one line per changed field, full values or a word diff, who and
when; network editors restore a version with one click, nobody else can."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime

from projects.models import Project
from tests.admin.conftest import change_form_data
from tests.admin.test_dutch_admin import dutch_client
from tests.factories import OrganisationFactory, ProjectFactory, network_editor

pytestmark = pytest.mark.django_db

LONG_SUMMARY = (
    "Noodhulp voor gezinnen in zeven wijken van Bisjkek: voedselpakketten, hygiënemiddelen "
    "en psychosociale steun voor kinderen en hun ouders, met vrijwilligers uit de buurt die "
    "de gezinnen kennen en elke week langsgaan om te vragen wat er nodig is, en dat "
    "samen met de school en de wijkcommissie regelen."
)


def history_url(project):
    return reverse("admin:projects_project_history", args=[project.pk])


def restore_url(project, version):
    return reverse("admin:projects_project_history_restore", args=[project.pk, version.history_id])


def edit(client, project, **values):
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(client.get(url)) | values
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_change_is_one_line_per_field_and_language_with_full_values(network_editor_client):
    project = ProjectFactory(summary_nl="Oude samenvatting", title_en="Safe schools")
    edit(network_editor_client, project, summary_nl="Nieuwe samenvatting", title_en="Safe")

    page = network_editor_client.get(history_url(project)).text

    assert "<dt>Summary (Dutch)</dt>" in page
    assert "<dt>Title (English)</dt>" in page
    assert page.count("<dt>") == 2  # nothing else changed, no base column twice
    assert "[nl]" not in page and "<dt>Summary</dt>" not in page
    assert "before: Oude samenvatting → after: Nieuwe samenvatting" in text_of(page)
    assert "before: Safe schools → after: Safe" in text_of(page)


def test_long_text_shows_the_words_removed_and_added_uncut(network_editor_client):
    project = ProjectFactory(summary_nl=LONG_SUMMARY)
    edit(network_editor_client, project, summary_nl=LONG_SUMMARY.replace("zeven", "negen"))

    page = network_editor_client.get(history_url(project)).text

    assert '<del><span class="visually-hidden">removed: </span>zeven</del>' in page
    assert '<ins><span class="visually-hidden">added: </span>negen</ins>' in page
    assert "chars]" not in page


def test_who_changed_it_by_full_name_and_system_when_nobody(network_editor_client):
    project = ProjectFactory(title_nl="Zonder gebruiker")  # saved outside a request
    editor = network_editor(username="anna", first_name="Anna", last_name="de Vries")
    client = dutch_client(editor)
    edit(client, project, title_nl="Met gebruiker")

    page = text_of(client.get(history_url(project)).text)

    assert "Anna de Vries" in page
    assert "systeem" in page
    assert "Titel (Nederlands)" in page
    assert "eerder: Zonder gebruiker → nu: Met gebruiker" in page


def test_the_page_runs_the_same_queries_for_few_versions_or_many(network_editor_client):
    project = ProjectFactory(lead=OrganisationFactory())

    def queries_with(versions):
        while project.history.count() < versions:
            project.summary_nl = f"Versie {project.history.count()}"
            project.save()
        with CaptureQueriesContext(connection) as queries:
            assert network_editor_client.get(history_url(project)).status_code == 200
        return len(queries)

    network_editor_client.get(history_url(project))  # fills Django's content-type cache
    few, many = queries_with(3), queries_with(40)

    assert few == many
    # Session, user, second factor, role, the item and its participations, permissions (2),
    # the versions (count, page): 10.
    assert many <= 10


def test_network_editor_restores_a_version_with_one_click(network_editor_client):
    project = ProjectFactory(title_nl="Veilige scholen", summary_en="Safe schools.")
    edit(network_editor_client, project, title_nl="Gekaapt", summary_en="Hijacked.")
    before_change = project.history.order_by("history_id")[0]

    page = network_editor_client.get(history_url(project)).text
    assert restore_url(project, before_change) in page
    response = network_editor_client.post(restore_url(project, before_change), follow=True)

    project.refresh_from_db()
    assert (project.title_nl, project.summary_en) == ("Veilige scholen", "Safe schools.")
    when = date_format(localtime(before_change.history_date), "DATETIME_FORMAT")
    assert f"The version of {when} is the current one again." in response.text
    newest = project.history.order_by("-history_id")[0]
    assert newest.history_user.username == "secretariat"
    assert "Restored the version of" in response.text
    assert project.history.count() == 3


def test_restoring_speaks_dutch():
    project = ProjectFactory(title_nl="Veilige scholen")
    client = dutch_client(network_editor(username="secretariaat"))
    edit(client, project, title_nl="Gekaapt")
    first = project.history.order_by("history_id")[0]

    response = client.post(restore_url(project, first), follow=True)

    assert "is weer de huidige versie" in response.text
    assert "Deze versie terugzetten" in response.text


def test_an_organisation_editor_has_no_restore_and_a_forged_one_changes_nothing(
    editor_client_for,
):
    organisation = OrganisationFactory()
    project = ProjectFactory(title_nl="Eerste titel", lead=organisation)
    client = editor_client_for(organisation)
    edit(client, project, title_nl="Tweede titel")
    first = project.history.order_by("history_id")[0]

    page = client.get(history_url(project))
    forged = client.post(restore_url(project, first))
    revert_form = reverse("admin:projects_project_simple_history", args=[project.pk, first.pk])
    change = reverse("admin:projects_project_change", args=[project.pk])
    forged_revert = client.post(revert_form, change_form_data(client.get(change)))

    assert page.status_code == 200
    assert "Restore this version" not in page.text and "/restore/" not in page.text
    assert "<dt>Title (Dutch)</dt>" in page.text  # the history itself they do read
    assert forged.status_code == 403
    assert forged_revert.status_code == 403
    project.refresh_from_db()
    assert project.title_nl == "Tweede titel"
    assert project.history.count() == 2


def test_restoring_another_organisations_item_is_not_found(editor_client_for):
    theirs = ProjectFactory(title_nl="Van een ander")
    client = editor_client_for(OrganisationFactory())

    response = client.post(restore_url(theirs, theirs.history.earliest()))

    assert response.status_code == 404
    assert Project.objects.get(pk=theirs.pk).history.count() == 1


def test_restore_is_a_post(network_editor_client):
    project = ProjectFactory()
    response = network_editor_client.get(restore_url(project, project.history.earliest()))
    assert response.status_code == 405


def test_a_version_that_no_longer_fits_is_not_restored(network_editor_client):
    project = ProjectFactory(slug="veilige-scholen")
    edit(network_editor_client, project, slug="veilig-onderweg")
    ProjectFactory(slug="veilige-scholen")  # another project took the old address
    first = project.history.order_by("history_id")[0]

    response = network_editor_client.post(restore_url(project, first), follow=True)

    assert "cannot be restored" in response.text
    project.refresh_from_db()
    assert project.slug == "veilig-onderweg"
