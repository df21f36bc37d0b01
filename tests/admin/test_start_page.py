"""The admin's start page shows the sections apps add, to the users they are meant for."""

import pytest

from core import start_page
from core.roles import is_network_editor


@pytest.fixture
def secretariat_note_section():
    def build(request):
        if not is_network_editor(request.user):
            return None
        return start_page.Section(
            title="For the secretariat",
            template="admin/start/links.html",
            context={
                "links": [
                    {"label": "first waiting item", "url": "/admin/a/"},
                    {"label": "second waiting item", "url": "/admin/b/", "detail": "x"},
                ]
            },
        )

    start_page.add_section(build)
    yield
    start_page._builders.remove(build)


@pytest.mark.django_db
def test_network_editor_sees_a_section_above_the_models(
    secretariat_note_section, network_editor_client
):
    page = network_editor_client.get("/admin/").content.decode()
    assert "For the secretariat" in page
    assert page.index("second waiting item") < page.index('id="content-main"')


@pytest.mark.django_db
def test_a_section_left_out_for_an_organisation_editor(secretariat_note_section, editor_client_for):
    from tests.factories import OrganisationFactory

    page = editor_client_for(OrganisationFactory()).get("/admin/").content.decode()
    assert "For the secretariat" not in page
