"""Review in the admin, through HTTP: the editor submits from the change form, the
secretariat decides on the dashboard, and every way around it is refused."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import Publication
from donors.models import Donor
from organisations.models import Organisation
from reviews.models import Review, ReviewState
from tests.admin.conftest import change_form_data, new_project_data
from tests.factories import OrganisationFactory, ProjectFactory, organisation_editor
from tests.reviews.conftest import dashboard_url, submit_url

pytestmark = pytest.mark.django_db


def change_url(item) -> str:
    return reverse("admin:projects_project_change", args=[item.pk])


def public_listing(client) -> str:
    return client.get("/nl/projects/").text


def test_the_editor_submits_a_draft_from_its_change_form(
    editor_client, draft, secretariat, django_capture_on_commit_callbacks
):
    form = editor_client.get(change_url(draft)).text
    assert f'href="{submit_url(draft)}"' in form

    confirm = editor_client.get(submit_url(draft))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(submit_url(draft))

    assert confirm.status_code == 200
    assert "goes to the secretariat" in confirm.text
    assert response.status_code == 302
    assert response["Location"] == change_url(draft)
    assert Review.objects.of(draft).get().state == ReviewState.WAITING
    assert [m.to for m in mail.outbox] == [["secretariaat@example.org"]]
    after = editor_client.get(change_url(draft)).text
    assert "waiting for review since" in after
    assert f'href="{submit_url(draft)}"' not in after


def test_the_secretariat_approves_on_the_dashboard_and_only_then_it_is_public(
    editor_client, secretariat_client, draft, client
):
    editor_client.post(submit_url(draft))
    assert "/nl/projects/girls-in-science/" not in public_listing(client)

    dashboard = secretariat_client.get(dashboard_url())
    review = Review.objects.get()
    assert dashboard.status_code == 200
    assert "Girls in science" in dashboard.text
    assert "Meisjes in de wetenschap" in dashboard.text  # the changes: the Dutch title
    approve = reverse("admin:reviews_review_approve", args=[review.pk])
    assert f'action="{approve}"' in dashboard.text

    response = secretariat_client.post(approve)

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.publication == Publication.PUBLISHED
    assert "/nl/projects/girls-in-science/" in public_listing(client)


def test_returned_with_a_comment_the_editor_reads_it_and_may_submit_again(
    editor_client, secretariat_client, draft
):
    editor_client.post(submit_url(draft))
    review = Review.objects.get()
    returned = reverse("admin:reviews_review_return", args=[review.pk])

    without_comment = secretariat_client.post(returned, {"comment": ""}, follow=True)
    assert "Say why the item is returned." in without_comment.text
    secretariat_client.post(returned, {"comment": "Add the English summary."})

    form = editor_client.get(change_url(draft)).text
    assert "Add the English summary." in form
    assert f'href="{submit_url(draft)}"' in form
    start = editor_client.get(reverse("admin:index")).text
    assert "Your submissions" in start
    assert "returned: Add the English summary." in start


def test_an_organisation_editor_cannot_approve_nor_return_nor_open_the_dashboard(
    editor_client, draft
):
    editor_client.post(submit_url(draft))
    review = Review.objects.get()

    assert editor_client.get(dashboard_url()).status_code == 403
    approve = reverse("admin:reviews_review_approve", args=[review.pk])
    assert editor_client.post(approve).status_code == 403
    returned = reverse("admin:reviews_review_return", args=[review.pk])
    assert editor_client.post(returned, {"comment": "Zelf terug."}).status_code == 403

    review.refresh_from_db()
    draft.refresh_from_db()
    assert review.state == ReviewState.WAITING
    assert draft.publication == Publication.DRAFT


def test_an_organisation_editor_cannot_submit_another_organisations_item(draft):
    stranger = organisation_editor(OrganisationFactory(), username="stranger")
    from tests.admin.conftest import english_client

    client = english_client(stranger)

    assert client.get(submit_url(draft)).status_code == 404
    assert client.post(submit_url(draft)).status_code == 404
    assert not Review.objects.exists()


def test_a_published_item_is_not_submitted_and_an_editor_cannot_unpublish_it(editor_client, cpc):
    published = ProjectFactory(lead=cpc, publication=Publication.PUBLISHED)
    data = change_form_data(editor_client.get(change_url(published)))
    data["publication"] = Publication.DRAFT

    editor_client.post(change_url(published), data)
    response = editor_client.post(submit_url(published), follow=True)

    assert "Only a draft is submitted for review" in response.text
    published.refresh_from_db()
    assert published.publication == Publication.PUBLISHED
    assert not Review.objects.exists()


def test_the_secretariats_start_page_lists_what_waits(editor_client, secretariat_client, draft):
    editor_client.post(submit_url(draft))

    start = secretariat_client.get(reverse("admin:index")).text

    assert "Waiting for review (1)" in start
    assert f'href="{dashboard_url()}#review-{Review.objects.get().pk}"' in start


def dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(dashboard_url()).status_code == 200
    return len(queries)


def test_the_dashboard_takes_the_same_queries_for_one_item_as_for_many(
    secretariat_client, secretariat, cpc, editor
):
    from reviews import services

    # One approved before and submitted again: its changes are against the approved version.
    first = ProjectFactory(lead=cpc, publication=Publication.DRAFT)
    services.approve(services.submit(first, editor, base_url=""), secretariat, base_url="")
    first.publication = Publication.DRAFT
    first.title_nl = "Nieuwe titel"
    first.save()
    services.submit(first, editor, base_url="")
    one = dashboard_queries(secretariat_client)
    for _ in range(4):
        services.submit(
            ProjectFactory(lead=cpc, publication=Publication.DRAFT), editor, base_url=""
        )
    services.submit(OrganisationFactory(publication=Publication.DRAFT), secretariat, base_url="")

    many = dashboard_queries(secretariat_client)
    page = secretariat_client.get(dashboard_url()).text

    # A second kind of item (an organisation) adds its own: the item, its newest version.
    assert many == one + 2
    assert one == 12
    assert "Changes since the last approved version" in page
    assert "Nieuwe titel" in page
    assert "New item: every field with a value" in page


@pytest.mark.parametrize(
    ("model", "add", "data"),
    [
        (
            Donor,
            "admin:donors_donor_add",
            {"name_nl": "Fonds Nieuw", "slug": "fonds-nieuw", "type": "foundation"},
        ),
        (
            Organisation,
            "admin:organisations_organisation_add",
            {"name_nl": "Gemeente Nieuw", "slug": "gemeente-nieuw", "kind": "public_body"},
        ),
    ],
)
def test_an_organisation_editors_new_donor_or_outside_body_goes_to_review_at_once(
    editor_client, secretariat, model, add, data, django_capture_on_commit_callbacks
):
    # They may not change it once added, so they could not submit it later.
    form = change_form_data(editor_client.get(reverse(add)))
    form.update({**data, "publication": Publication.PUBLISHED})

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse(add), form)

    assert response.status_code == 302, response.context["errors"]
    item = model.objects.get(slug=data["slug"])
    assert item.publication == Publication.DRAFT
    assert Review.objects.of(item).get().state == ReviewState.WAITING
    assert [m.to for m in mail.outbox] == [["secretariaat@example.org"]]


def test_an_organisation_editors_new_project_waits_until_they_submit_it(editor_client, cpc):
    # Theirs to change: they submit it when it is ready.
    form = new_project_data(editor_client, cpc)

    response = editor_client.post(reverse("admin:projects_project_add"), form)

    assert response.status_code == 302, response.context["errors"]
    assert not Review.objects.exists()


def test_published_with_the_action_its_waiting_review_is_approved_and_the_editor_told(
    editor,
    editor_client,
    secretariat,
    secretariat_client,
    draft,
    django_capture_on_commit_callbacks,
):
    editor.email = "aida@example.org"
    editor.save()
    editor_client.post(submit_url(draft))
    changelist = reverse("admin:projects_project_changelist")

    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})

    review = Review.objects.get()
    assert review.state == ReviewState.APPROVED
    assert review.decided_by == secretariat
    assert "Nothing waits for review." in secretariat_client.get(dashboard_url()).text
    assert any("aida@example.org" in message.to for message in mail.outbox)


def test_published_from_its_form_its_waiting_review_is_approved(
    editor_client, secretariat, secretariat_client, draft
):
    editor_client.post(submit_url(draft))
    data = change_form_data(secretariat_client.get(change_url(draft)))
    data["publication"] = Publication.PUBLISHED

    response = secretariat_client.post(change_url(draft), data)

    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.state, review.decided_by) == (ReviewState.APPROVED, secretariat)
