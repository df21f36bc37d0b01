"""Saving what the data files say through the models, idempotently: rows are found by a
natural key and saved only when new or different, so that a second run adds no rows, no
history records and no new timestamps; what is saved is first checked with full_clean(),
so that every rule an editor meets in the admin holds for the demo too."""

from collections import Counter

from django.core.exceptions import ValidationError

from core.models import Period

from .schema import DemoDataError


def expand(values: dict) -> dict:
    """{"name": ("…", "…")} becomes {"name_nl": "…", "name_en": "…"}; other values stay."""
    result = {}
    for field, value in values.items():
        if isinstance(value, tuple):
            result[f"{field}_nl"], result[f"{field}_en"] = value
        else:
            result[field] = value
    return result


def period(item: dict, ongoing_default: bool = False) -> dict:
    """The start, end and their precision from an item's start: and end:, as model fields."""
    values = {"start": None, "end": None}
    values["start_precision"] = values["end_precision"] = "day"
    for side in ("start", "end"):
        if side in item:
            values[side], values[f"{side}_precision"] = item[side]
    values["is_ongoing"] = item.get("ongoing", ongoing_default)
    return values


def error_text(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{field}: {' '.join(str(m) for m in messages)}"
            if field != "__all__"
            else " ".join(str(m) for m in messages)
            for field, messages in error.message_dict.items()
        )
    return " ".join(str(message) for message in error.messages)


class Loader:
    """Keeps count of what a run creates and changes, for the summary."""

    def __init__(self):
        self.created = Counter()
        self.changed = Counter()

    def upsert(self, model, key: dict, values: dict | None = None, *, where: str):
        """Find the row by its key, or make it; check it; save it only when it is new or
        something differs. `where` names the item in the data files for error messages."""
        key, values = expand(key), expand(values or {})
        obj = model.objects.filter(**key).first()
        is_new = obj is None
        if is_new:
            obj = model(**key)
        before = {} if is_new else {field: getattr(obj, field) for field in values}
        for field, value in values.items():
            setattr(obj, field, value)
        if isinstance(obj, Period):
            # Compare with the stored, normalised dates, not with what the data says.
            obj.normalise_period()
        if not is_new and all(getattr(obj, field) == before[field] for field in values):
            return obj
        try:
            obj.full_clean()
        except ValidationError as error:
            raise DemoDataError(f"{where}: {error_text(error)}") from None
        obj.save()
        (self.created if is_new else self.changed)[model._meta.verbose_name_plural] += 1
        return obj

    @staticmethod
    def set_m2m(manager, objects) -> None:
        """Set a many-to-many relation without touching it when it is already right."""
        wanted = {obj.pk for obj in objects}
        if set(manager.values_list("pk", flat=True)) != wanted:
            manager.set(list(objects))
