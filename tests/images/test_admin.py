"""Uploading a project photo in the admin: a description is required, the renditions are
made at once, and the checklists name a photo left without one."""

import pytest
from django.urls import reverse

from projects.models import Project
from tests.admin.conftest import change_form_data, english_client
from tests.factories import ProjectFactory, UserFactory
from tests.images.conftest import upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client():
    return english_client(UserFactory(username="root", is_superuser=True))


def test_a_photo_without_a_description_is_refused(superuser_client):
    project = ProjectFactory(image_alt_nl="", image_alt_en="")
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(superuser_client.get(url))
    data["image"] = upload("class.jpg", size=(900, 600))
    data["image_alt_nl"] = data["image_alt_en"] = " "

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    assert "Describe the image for people who cannot see it" in response.text
    project.refresh_from_db()
    assert not project.image


def test_a_described_photo_is_saved_with_its_renditions(superuser_client, media):
    project = ProjectFactory()
    url = reverse("admin:projects_project_change", args=[project.pk])
    data = change_form_data(superuser_client.get(url))
    data["image"] = upload("class.jpg", size=(900, 600))
    data["image_alt_nl"] = "Kinderen in een klas"

    response = superuser_client.post(url, data)

    assert response.status_code == 302
    project.refresh_from_db()
    assert (project.image_width, project.image_height) == (900, 600)
    assert (media / "renditions" / project.image.name / "640.webp").is_file()
    assert (media / "renditions" / project.image.name / "900.jpg").is_file()


def test_the_checklist_names_a_photo_without_a_description(superuser_client, media):
    project = ProjectFactory(title_en="Without a description", image_alt_nl="Eerst")
    Project.objects.filter(pk=project.pk).update(
        image="images/projects/old.jpg", image_alt_nl="", image_alt_en=""
    )

    listing = superuser_client.get(
        reverse("admin:projects_project_changelist") + "?lacks=image_alt"
    )

    assert "Without a description" in listing.text
