"""The read queries of the dashboard and the start page, each a fixed number of queries."""

from django.db.models import OuterRef, Subquery

from reviews.changes import field_changes
from reviews.models import Review, ReviewState


def _last_approved_at():
    return Subquery(
        Review.objects.filter(
            content_type=OuterRef("content_type"),
            object_id=OuterRef("object_id"),
            state=ReviewState.APPROVED,
        )
        .order_by("-decided_at")
        .values("decided_at")[:1]
    )


def waiting(limit: int | None = None) -> list[Review]:
    """What waits, oldest first, with the item (`review.item`) fetched per kind of item."""
    queryset = (
        Review.objects.waiting()
        .select_related("content_type", "submitted_by")
        .annotate(last_approved_at=_last_approved_at())
        .prefetch_related("item")
        .order_by("submitted_at", "pk")
    )
    return list(queryset[:limit] if limit else queryset)


def waiting_with_changes() -> list[Review]:
    reviews = [review for review in waiting() if review.item is not None]
    changes = field_changes(reviews)
    for review in reviews:
        review.changes = changes.get(review.pk, [])
    return reviews


def recently_decided(limit: int = 20) -> list[Review]:
    return list(
        Review.objects.exclude(state=ReviewState.WAITING)
        .select_related("content_type", "submitted_by", "decided_by")
        .prefetch_related("item")
        .order_by("-decided_at", "-pk")[:limit]
    )


def open_submissions_of(user, limit: int = 20) -> list[Review]:
    """The user's items whose latest review waits or was returned, newest first."""
    latest = (
        Review.objects.filter(submitted_by=user)
        .order_by("content_type_id", "object_id", "-submitted_at", "-pk")
        .distinct("content_type_id", "object_id")
        .values("pk")
    )
    return list(
        Review.objects.filter(pk__in=latest, state__in=[ReviewState.WAITING, ReviewState.RETURNED])
        .select_related("content_type")
        .prefetch_related("item")
        .order_by("-submitted_at", "-pk")[:limit]
    )
