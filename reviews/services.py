"""The rules of review: who submits, who decides, and what a decision does.

Whoever may change an item may submit it: the admin's own scoping (`ScopedAdminMixin`)
says which organisation editor owns what, so it is asked rather than written twice. Only
network editors approve or return. Each refusal raises `ReviewRefused`, a PermissionDenied,
so a view that lets it through answers 403.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import Publication, Publishable
from core.roles import NETWORK_EDITORS, is_network_editor
from reviews import mail
from reviews.models import Review, ReviewState


class ReviewRefused(PermissionDenied):
    """Not allowed, or not possible in the item's state; the message says which."""


def may_change(user, item) -> bool:
    if not admin.site.is_registered(type(item)):
        return False
    model_admin = admin.site.get_model_admin(type(item))
    request = HttpRequest()
    request.user = user
    return model_admin.has_change_permission(request, item)


def submit(item, user, *, base_url: str) -> Review:
    if not isinstance(item, Publishable) or not may_change(user, item):
        raise ReviewRefused(_("You cannot submit this item for review."))
    return _submit(item, user, base_url=base_url)


def submit_added(item, user, *, base_url: str) -> Review | None:
    """An item an organisation editor added but may not change afterwards (a donor, an
    outside body) goes to review at once: they could not submit it later."""
    if not isinstance(item, Publishable) or is_network_editor(user) or may_change(user, item):
        return None
    return _submit(item, user, base_url=base_url)


def _submit(item, user, *, base_url: str) -> Review:
    if item.publication != Publication.DRAFT:
        raise ReviewRefused(_("Only a draft is submitted for review; this item is published."))
    with transaction.atomic():
        if Review.objects.of(item).waiting().exists():
            raise ReviewRefused(_("This item is already waiting for review."))
        review = Review.objects.create(item=item, submitted_by=user)
        mail.queue_submitted(review, item, network_editors(), base_url=base_url)
    return review


def approve(review: Review, user, *, base_url: str) -> Review:
    """Publishes the item through its own field and save(), so history and cache see it."""
    with transaction.atomic():
        review = _decide(review, user, ReviewState.APPROVED)
        item = review.item
        item.publication = Publication.PUBLISHED
        item.save(update_fields=["publication", "updated_at"])
        mail.queue_decided(review, item, base_url=base_url)
    return review


def approve_published(item, user, *, base_url: str) -> Review | None:
    """A network editor published the item from its form or with the action, not from the
    dashboard: its waiting review, if any, is approved by them and the submitter told."""
    review = Review.objects.waiting().of(item).first()
    if review is None:
        return None
    with transaction.atomic():
        review = _decide(review, user, ReviewState.APPROVED)
        mail.queue_decided(review, item, base_url=base_url)
    return review


def return_to_editor(review: Review, user, comment: str, *, base_url: str) -> Review:
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(_("Say why the item is returned."), code="comment_required")
    with transaction.atomic():
        review = _decide(review, user, ReviewState.RETURNED, comment=comment)
        mail.queue_decided(review, review.item, base_url=base_url)
    return review


def _decide(review: Review, user, state: str, comment: str = "") -> Review:
    if not is_network_editor(user):
        raise ReviewRefused(_("Only network editors approve or return an item."))
    # Locked, so that two network editors deciding at once do not both succeed.
    review = Review.objects.select_for_update().get(pk=review.pk)
    if review.state != ReviewState.WAITING:
        raise ReviewRefused(_("This review has already been decided."))
    if review.item is None:
        raise ReviewRefused(_("The item of this review no longer exists."))
    review.state = state
    review.comment = comment
    review.decided_by = user
    review.decided_at = timezone.now()
    review.save(update_fields=["state", "comment", "decided_by", "decided_at"])
    return review


def network_editors() -> list:
    """Those told of a submission: active network editors (and superusers) with an address."""
    return list(
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(is_superuser=True) | Q(groups__name=NETWORK_EDITORS))
        .distinct()
        .order_by("pk")
    )
