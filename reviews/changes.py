"""What changed in the items that wait for review: field by field, old and new, since the
item's last approved version (for an item never approved: every field that has a value).

Minimal on purpose, with simple_history's `diff_against`. Lead: core/history.py (issue
#13's "history that reads", built in parallel) has the richer diff with full values and
word diffs; swap `field_changes` for it when both are merged.

A fixed number of queries whatever the number of reviews: per kind of item, one for the
newest versions and one for the approved ones.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from modeltranslation.translator import NotRegistered, translator

# Shown elsewhere on the dashboard, or kept by the machinery rather than the editor.
SKIPPED = {"publication", "created_at", "updated_at"}


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


def compared_fields(model) -> list:
    try:
        untranslated = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        untranslated = set()
    # `title` mirrors `title_nl`: compare the language columns only.
    return [
        field
        for field in model._meta.fields
        if field.editable
        and not field.primary_key
        and field.name not in SKIPPED
        and field.name not in untranslated
    ]


def field_changes(reviews) -> dict[int, list[Change]]:
    """review pk -> its item's changes. Each review needs `last_approved_at` annotated."""
    by_model: dict = {}
    for review in reviews:
        by_model.setdefault(review.content_type.model_class(), []).append(review)
    result = {}
    for model, model_reviews in by_model.items():
        if model is None or not hasattr(model, "history"):
            continue
        history = model.history.model
        ids = [review.object_id for review in model_reviews]
        newest = _one_per_item(history.objects.filter(id__in=ids))
        cutoffs = [
            Q(id=r.object_id, history_date__lte=r.last_approved_at)
            for r in model_reviews
            if r.last_approved_at is not None
        ]
        approved = _one_per_item(history.objects.filter(reduce(or_, cutoffs))) if cutoffs else {}
        fields = compared_fields(model)
        for review in model_reviews:
            now = newest.get(review.object_id)
            if now is not None:
                result[review.pk] = _changes(now, approved.get(review.object_id), fields)
    return result


def _one_per_item(queryset) -> dict:
    rows = queryset.order_by("id", "-history_date", "-history_id").distinct("id")
    return {row.id: row for row in rows}


def _changes(now, before, fields) -> list[Change]:
    if before is None:
        return [
            Change(str(field.verbose_name), "", _display(field, field.value_from_object(now)))
            for field in fields
            if field.value_from_object(now) not in (None, "", [], False)
        ]
    by_name = {field.name: field for field in fields}
    delta = now.diff_against(before, included_fields=list(by_name))
    return [
        Change(
            str(by_name[change.field].verbose_name),
            _display(by_name[change.field], change.old),
            _display(by_name[change.field], change.new),
        )
        for change in delta.changes
    ]


def _display(field, value) -> str:
    if value in (None, "", []):
        return "–"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, list | tuple):
        return ", ".join(str(part) for part in value)
    return str(value)
