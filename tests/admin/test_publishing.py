"""Only network editors publish: an organisation editor's new or changed item stays a draft
whatever the form, the list's actions or a crafted POST say (the secretariat publishes it
after review, see tests/reviews/)."""

import pytest
from django.urls import reverse

from core.models import Publication
from projects.models import Project
from tests.admin.conftest import change_form_data, new_project_data
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("action", ["publish", "unpublish"])
def test_organisation_editor_cannot_publish_or_unpublish_their_own_project_in_bulk(
    editor_client_for, two_organisations, action
):
    a, _b = two_organisations
    before = Publication.DRAFT if action == "publish" else Publication.PUBLISHED
    own = ProjectFactory(lead=a, publication=before)
    client = editor_client_for(a)

    listing = client.get(reverse("admin:projects_project_changelist"))
    response = client.post(
        reverse("admin:projects_project_changelist"),
        {"action": action, "_selected_action": [own.pk], "post": "yes"},
    )

    offered = [value for value, _label in listing.context["action_form"].fields["action"].choices]
    assert action not in offered
    assert response.status_code in {200, 302, 403}
    own.refresh_from_db()
    assert own.publication == before  # the secretariat publishes, after review


def test_organisation_editors_new_project_is_a_draft_whatever_the_post_says(
    editor_client_for, two_organisations
):
    a, _b = two_organisations
    client = editor_client_for(a)
    form = client.get(reverse("admin:projects_project_add"))
    data = new_project_data(client, a)
    data["publication"] = Publication.PUBLISHED  # not a field of their form: crafted

    response = client.post(reverse("admin:projects_project_add"), data)

    assert "publication" not in form.context["adminform"].form.fields
    assert response.status_code == 302, response.context["errors"]
    assert Project.objects.get(slug="nieuw-project").publication == Publication.DRAFT
    assert "/nl/projects/nieuw-project/" not in client.get("/nl/projects/").text


def test_organisation_editor_cannot_publish_their_draft_through_its_change_form(
    editor_client_for, two_organisations
):
    a, _b = two_organisations
    own = ProjectFactory(lead=a, publication=Publication.DRAFT)
    client = editor_client_for(a)
    data = change_form_data(client.get(reverse("admin:projects_project_change", args=[own.pk])))
    data["publication"] = Publication.PUBLISHED
    data["title_nl"] = "Nog een concept"

    response = client.post(reverse("admin:projects_project_change", args=[own.pk]), data)

    assert response.status_code == 302, response.context["errors"]
    own.refresh_from_db()
    assert own.title_nl == "Nog een concept"
    assert own.publication == Publication.DRAFT
