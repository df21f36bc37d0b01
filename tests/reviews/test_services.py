"""The rules of review, called directly: who may submit and decide, and what a decision does."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core.models import Publication
from projects.models import Project
from reviews import services
from reviews.models import Review, ReviewState
from tests.factories import OrganisationFactory, ProjectFactory, organisation_editor

pytestmark = pytest.mark.django_db

BASE = "https://portal.example.org"


def test_submitting_tells_every_network_editor_with_an_address(
    draft, editor, secretariat, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review = services.submit(draft, editor, base_url=BASE)

    assert review.state == ReviewState.WAITING
    assert review.item == draft
    [message] = mail.outbox
    assert message.to == ["secretariaat@example.org"]
    assert message.subject == "Ter beoordeling: Meisjes in de wetenschap"
    assert f"{BASE}/admin/reviews/review/" in message.body
    assert f"{BASE}/admin/projects/project/{draft.pk}/change/" in message.body
    draft.refresh_from_db()
    assert draft.publication == Publication.DRAFT


def test_one_waiting_review_per_item(draft, editor):
    services.submit(draft, editor, base_url=BASE)

    with pytest.raises(services.ReviewRefused):
        services.submit(draft, editor, base_url=BASE)
    # The database says so too, whoever writes the row.
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.create(item=draft, submitted_by=editor)


def test_an_editor_cannot_submit_another_organisations_item_nor_a_published_one(draft, cpc):
    stranger = organisation_editor(OrganisationFactory(), username="stranger")
    published = ProjectFactory(lead=cpc, publication=Publication.PUBLISHED)
    editor = organisation_editor(cpc, username="own-editor")

    with pytest.raises(services.ReviewRefused):
        services.submit(draft, stranger, base_url=BASE)
    with pytest.raises(services.ReviewRefused):
        services.submit(published, editor, base_url=BASE)
    assert not Review.objects.exists()


def test_approval_publishes_the_item_and_tells_the_submitter_in_dutch(
    draft, editor, secretariat, django_capture_on_commit_callbacks
):
    editor.email = "aida@example.org"
    editor.save()
    review = services.submit(draft, editor, base_url=BASE)

    with django_capture_on_commit_callbacks(execute=True):
        services.approve(review, secretariat, base_url=BASE)

    review.refresh_from_db()
    assert (review.state, review.decided_by) == (ReviewState.APPROVED, secretariat)
    assert Project.objects.public().filter(pk=draft.pk).exists()
    # Through the item's save(): its history has the published version.
    assert draft.history.latest().publication == Publication.PUBLISHED
    [message] = [m for m in mail.outbox if m.to == ["aida@example.org"]]
    assert message.subject == "Goedgekeurd en gepubliceerd: Meisjes in de wetenschap"


def test_only_a_network_editor_decides(draft, editor):
    review = services.submit(draft, editor, base_url=BASE)

    with pytest.raises(services.ReviewRefused):
        services.approve(review, editor, base_url=BASE)
    with pytest.raises(services.ReviewRefused):
        services.return_to_editor(review, editor, "Nee.", base_url=BASE)
    review.refresh_from_db()
    draft.refresh_from_db()
    assert review.state == ReviewState.WAITING
    assert draft.publication == Publication.DRAFT


def test_returning_needs_a_comment_which_the_submitter_reads(
    draft, editor, secretariat, django_capture_on_commit_callbacks
):
    editor.email = "aida@example.org"
    editor.save()
    review = services.submit(draft, editor, base_url=BASE)

    with pytest.raises(ValidationError):
        services.return_to_editor(review, secretariat, "  ", base_url=BASE)
    with django_capture_on_commit_callbacks(execute=True):
        services.return_to_editor(
            review, secretariat, "Voeg een Engelse samenvatting toe.", base_url=BASE
        )

    review.refresh_from_db()
    assert review.state == ReviewState.RETURNED
    draft.refresh_from_db()
    assert draft.publication == Publication.DRAFT
    [message] = [m for m in mail.outbox if m.to == ["aida@example.org"]]
    assert message.subject == "Teruggestuurd: Meisjes in de wetenschap"
    assert "Voeg een Engelse samenvatting toe." in message.body
    # Returned, it may be submitted again; the first review stays in the item's history.
    services.submit(draft, editor, base_url=BASE)
    assert list(Review.objects.of(draft).values_list("state", flat=True)) == [
        ReviewState.RETURNED,
        ReviewState.WAITING,
    ]


def test_a_decided_review_is_not_decided_twice(draft, editor, secretariat):
    review = services.submit(draft, editor, base_url=BASE)
    services.approve(review, secretariat, base_url=BASE)

    with pytest.raises(services.ReviewRefused):
        services.return_to_editor(review, secretariat, "Te laat.", base_url=BASE)
