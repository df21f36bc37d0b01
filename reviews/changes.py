"""What changed in the items that wait for review: field by field, since the item's last
approved version (for an item never approved: every field that has a value), with the same
lines as the history page (core.history: full values, a word diff for long text).

A fixed number of queries whatever the number of reviews: per kind of item, one for the
newest versions and one for the approved ones.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from core.history import FieldChange, changes_between, compared_fields, display, field_label

# Shown elsewhere on the dashboard, or kept by the machinery rather than the editor.
SKIPPED = frozenset({"publication", "created_at", "updated_at"})


def field_changes(reviews) -> dict[int, list[FieldChange]]:
    """review pk -> its item's changes. Each review needs `last_approved_at` annotated."""
    by_model: dict = {}
    for review in reviews:
        by_model.setdefault(review.content_type.model_class(), []).append(review)
    result = {}
    for model, model_reviews in by_model.items():
        if model is None or not hasattr(model, "history"):
            continue
        history = model.history.model
        related = [field.name for field in compared_fields(history) if field.many_to_one]
        versions = history.objects.select_related(*related)
        ids = [review.object_id for review in model_reviews]
        newest = _one_per_item(versions.filter(id__in=ids))
        cutoffs = [
            Q(id=r.object_id, history_date__lte=r.last_approved_at)
            for r in model_reviews
            if r.last_approved_at is not None
        ]
        approved = _one_per_item(versions.filter(reduce(or_, cutoffs))) if cutoffs else {}
        for review in model_reviews:
            now = newest.get(review.object_id)
            if now is not None:
                result[review.pk] = _changes(now, approved.get(review.object_id))
    return result


def _one_per_item(queryset) -> dict:
    rows = queryset.order_by("id", "-history_date", "-history_id").distinct("id")
    return {row.id: row for row in rows}


def _changes(now, before) -> list[FieldChange]:
    if before is not None:
        return changes_between(before, now, skip=SKIPPED)
    return [
        FieldChange(field_label(field), "", display(now, field))
        for field in compared_fields(type(now))
        if field.name not in SKIPPED and field.value_from_object(now) not in (None, "", [], False)
    ]
