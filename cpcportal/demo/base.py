"""Helpers that make the demo load idempotent: rows keyed on a natural key, saved only when
something differs, so a second run adds no rows, no history records and no new timestamps."""

from collections import Counter

from core.models import Period


def tr(nl: str, en: str) -> tuple[str, str]:
    """A translated value: Dutch first, English second."""
    return (nl, en)


def expand(values: dict) -> dict:
    """{"name": ("…", "…")} becomes {"name_nl": "…", "name_en": "…"}; other values stay."""
    result = {}
    for field, value in values.items():
        if isinstance(value, tuple):
            result[f"{field}_nl"], result[f"{field}_en"] = value
        else:
            result[field] = value
    return result


class Loader:
    """Keeps count of what a run creates and changes, for the summary."""

    def __init__(self):
        self.created = Counter()
        self.changed = Counter()

    def upsert(self, model, key: dict, values: dict | None = None):
        """get_or_create on the key, then update the other fields only when they differ."""
        key, values = expand(key), expand(values or {})
        obj = model.objects.filter(**key).first()
        if obj is None:
            obj = model(**{**key, **values})
            obj.save()
            self.created[model._meta.verbose_name_plural] += 1
            return obj
        before = {field: getattr(obj, field) for field in values}
        for field, value in values.items():
            setattr(obj, field, value)
        if isinstance(obj, Period):
            # Compare with the stored, normalised dates, not with what the data says.
            obj.normalise_period()
        if any(getattr(obj, field) != before[field] for field in values):
            obj.save()
            self.changed[model._meta.verbose_name_plural] += 1
        return obj

    @staticmethod
    def set_m2m(manager, objects) -> None:
        """Set a many-to-many relation without touching it when it is already right."""
        wanted = {obj.pk for obj in objects}
        if set(manager.values_list("pk", flat=True)) != wanted:
            manager.set(list(objects))
