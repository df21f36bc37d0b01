"""Both languages side by side in the admin's forms, the "Translations" column and the
"translation missing" filter."""

import re

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import WorkingPrinciple
from tests.factories import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def row_classes(page: str) -> list[str]:
    return re.findall(r'<div class="form-row([^"]*)"', page)


def test_dutch_and_english_of_a_field_share_one_row_dutch_first(network_editor_client):
    project = ProjectFactory()

    page = network_editor_client.get(
        reverse("admin:projects_project_change", args=[project.pk])
    ).content.decode()

    rows = row_classes(page)
    for name in ("title", "summary", "description", "image_alt"):
        assert f" field-{name}_nl field-{name}_en" in rows, name
    assert "Title (Nederlands)" in page
    assert "Title (English)" in page
    assert page.index("Title (Nederlands)") < page.index("Title (English)")
    assert "[nl]" not in page
    assert re.search(r"css/admin-translations\.\w+\.css", page)


def test_fields_that_are_not_translated_keep_their_rows(network_editor_client):
    project = ProjectFactory()

    page = network_editor_client.get(
        reverse("admin:projects_project_change", args=[project.pk])
    ).content.decode()

    rows = row_classes(page)
    assert " field-slug" in rows
    assert " field-start field-start_precision" in rows
    assert page.index("field-title_nl") < page.index("field-slug")


def test_a_stacked_inline_puts_the_languages_side_by_side_too(network_editor_client):
    organisation = OrganisationFactory()
    WorkingPrinciple.objects.create(organisation=organisation, position=1, title_nl="Het kind")

    page = network_editor_client.get(
        reverse("admin:organisations_organisation_change", args=[organisation.pk])
    ).content.decode()

    rows = row_classes(page)
    assert " field-title_nl field-title_en" in rows
    assert " field-description_nl field-description_en" in rows


def test_the_form_still_saves_both_languages(network_editor_client):
    from tests.admin.conftest import change_form_data

    project = ProjectFactory()
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(network_editor_client.get(url))
    data["summary_en"] = "Schools that are safe."

    response = network_editor_client.post(url, data)

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.summary_en == "Schools that are safe."


def changelist_rows(client, query="") -> dict[str, str]:
    """Each row's title -> its "Translations" cell."""
    page = client.get(reverse("admin:projects_project_changelist") + query).content.decode()
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", page, re.S):
        title = re.search(r'<th class="field-title"><a [^>]*>([^<]*)</a>', row)
        status = re.search(r'<td class="field-translation_status">(.*?)</td>', row, re.S)
        if title and status:
            rows[title.group(1)] = re.sub(r"<[^>]+>", "", status.group(1)).strip()
    return rows


@pytest.fixture
def three_projects():
    ProjectFactory(title_nl="Compleet", title_en="Complete", description_en="<p>A text.</p>")
    ProjectFactory(title_nl="Zonder Engels", title_en="")
    ProjectFactory(
        title_nl="Zonder Nederlands",
        title_en="Without Dutch",
        description_nl="",
        description_en="<p>Only in English.</p>",
    )


def test_the_list_marks_which_language_an_item_lacks(three_projects, network_editor_client):
    rows = changelist_rows(network_editor_client)

    # Titles are shown in the admin's language (English), falling back to Dutch.
    assert rows["Complete"] == "Complete"
    assert rows["Zonder Engels"] == "English missing"
    assert rows["Without Dutch"] == "Dutch missing"


def test_a_field_empty_in_both_languages_is_not_a_missing_translation(network_editor_client):
    ProjectFactory(title_en="Nothing else", description_nl="", image_alt_nl="")

    assert changelist_rows(network_editor_client)["Nothing else"] == "Complete"


def test_the_filter_lists_the_items_missing_a_language(three_projects, network_editor_client):
    assert set(changelist_rows(network_editor_client, "?translation_missing=en")) == {
        "Zonder Engels"
    }
    assert set(changelist_rows(network_editor_client, "?translation_missing=nl")) == {
        "Without Dutch"
    }
    page = network_editor_client.get(reverse("admin:projects_project_changelist")).content
    assert b"translation missing" in page


def test_the_column_costs_no_query_per_row(network_editor_client):
    url = reverse("admin:projects_project_changelist")
    ProjectFactory()
    network_editor_client.get(url)
    with CaptureQueriesContext(connection) as few:
        network_editor_client.get(url)
    for _ in range(4):
        ProjectFactory(title_en="")
    with CaptureQueriesContext(connection) as more:
        network_editor_client.get(url)

    assert len(more) == len(few)


@pytest.mark.parametrize(
    "name",
    [
        "organisations_organisation",
        "organisations_network",
        "organisations_partnership",
        "organisations_framework",
        "projects_theme",
        "projects_targetgroup",
        "projects_reachfigure",
        "donors_donor",
        "donors_instrument",
    ],
)
def test_every_translated_list_has_the_column_and_the_filter(name, network_editor_client):
    response = network_editor_client.get(reverse(f"admin:{name}_changelist"))

    # The lists are empty: the column is asked of the admin, the filter is on the page.
    model_admin = admin.site.get_model_admin(response.context["cl"].model)
    assert "translation_status" in model_admin.get_list_display(response.wsgi_request)
    assert "translation_missing=en" in response.content.decode()


def test_the_form_of_an_item_says_which_fields_lack_a_language(network_editor_client):
    project = ProjectFactory(title_en="", summary_en="")
    complete = ProjectFactory(description_nl="")

    page = network_editor_client.get(
        reverse("admin:projects_project_change", args=[project.pk])
    ).content.decode()
    complete_page = network_editor_client.get(
        reverse("admin:projects_project_change", args=[complete.pk])
    ).content.decode()

    assert '<strong class="translation-missing">English missing:</strong>' in page
    assert "English missing:</strong> title, summary, description<" in page
    assert "translation-missing" not in complete_page


def test_the_note_is_on_the_item_not_repeated_on_its_inlines(network_editor_client):
    organisation = OrganisationFactory(mission_en="")
    WorkingPrinciple.objects.create(organisation=organisation, position=1, title_nl="Het kind")

    page = network_editor_client.get(
        reverse("admin:organisations_organisation_change", args=[organisation.pk])
    ).content.decode()

    assert page.count("English missing:") == 1
