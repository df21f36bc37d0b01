"""The start page's "recent changes" for network editors: the last saves of any content the
portal keeps history of (projects, organisations, donors, fundings, site pages, …), each
with who, when, the item linked to its history page (where the diff and the restore
button are) and the fields that changed.

It knows the apps' models only through simple_history's registry, so it lives in core and
imports no app. Queries: one UNION over every history table for the newest rows (each
with the id of the item's version before it), then one per history table that has rows
among them, fetching those versions and the ones before them with their users and
foreign keys: at most 1 + the number of history tables (13 today), however many
versions there are.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.admin.utils import quote
from django.db.models import CharField, OuterRef, Subquery, Value
from django.db.models import ForeignKey as ForeignKeyField
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from simple_history.models import registered_models
from simple_history.utils import get_history_model_for_model

from core.history import changed_fields, field_label
from core.history_admin import restored_version_id
from core.roles import is_network_editor
from core.start_page import Section, add_section

LIMIT = 15
FIELDS_NAMED = 4  # a summary names this many changed fields, then "and N more"


@dataclass(frozen=True)
class RecentChange:
    when: datetime
    who: str
    kind: str  # created, changed or deleted
    item: str
    url: str | None  # the item's history page, when the admin has one
    summary: str


def history_models() -> list:
    """Every history table of a tracked model (not of many-to-many links)."""
    models = {model for model in registered_models.values() if not model._meta.auto_created}
    return sorted(
        (get_history_model_for_model(model) for model in models),
        key=lambda history_model: history_model._meta.label,
    )


def recent_changes(limit: int = LIMIT) -> list[RecentChange]:
    tables = {model._meta.label: model for model in history_models()}
    newest = _newest_rows(tables, limit)
    wanted: dict[str, set[int]] = {}
    for label, history_id, previous_id, _when in newest:
        wanted.setdefault(label, set()).update(
            value for value in (history_id, previous_id) if value is not None
        )
    fetched = {
        (label, record.history_id): record
        for label, ids in wanted.items()
        for record in _versions(tables[label], ids)
    }
    return [
        _describe(fetched[label, history_id], fetched.get((label, previous_id)))
        for label, history_id, previous_id, _when in newest
    ]


def build_section(request) -> Section | None:
    if not is_network_editor(request.user):
        return None
    return Section(
        title=_("Recent changes"),
        template="admin/start/recent_changes.html",
        context={
            "changes": recent_changes(),
            "empty": _("Nothing has been changed yet."),
        },
        order=20,
    )


def register() -> None:
    add_section(build_section)


def _newest_rows(tables: dict, limit: int) -> list[tuple]:
    parts = []
    for label, history_model in tables.items():
        pk_name = history_model.instance_type._meta.pk.attname
        previous = (
            history_model.objects.filter(
                **{pk_name: OuterRef(pk_name)}, history_id__lt=OuterRef("history_id")
            )
            .order_by("-history_id")
            .values("history_id")[:1]
        )
        parts.append(
            history_model.objects.annotate(
                table=Value(label, output_field=CharField()), previous_id=Subquery(previous)
            )
            .order_by("-history_date")
            .values_list("table", "history_id", "previous_id", "history_date")[:limit]
        )
    if not parts:
        return []
    union = parts[0].union(*parts[1:], all=True)
    return list(union.order_by("-history_date")[:limit])


def _versions(history_model, ids):
    foreign_keys = [
        field.name for field in history_model.tracked_fields if isinstance(field, ForeignKeyField)
    ]
    return history_model.objects.filter(history_id__in=ids).select_related(
        "history_user", *foreign_keys
    )


def _describe(record, previous) -> RecentChange:
    model = record.instance_type
    item = record.instance
    # The version's related objects were fetched with it: str() needs no query.
    item._state.fields_cache.update(record._state.fields_cache)
    user = record.history_user
    if user is None:
        who = pgettext("history: changed by nobody signed in", "system")
    else:
        who = user.get_full_name() or user.get_username()
    return RecentChange(
        when=record.history_date,
        who=who,
        kind=record.get_history_type_display(),
        item=f"{capfirst(model._meta.verbose_name)}: {item}",
        url=_history_url(model, getattr(record, model._meta.pk.attname)),
        summary=_summary(record, previous),
    )


def _summary(record, previous) -> str:
    if restored_version_id(record) is not None:
        return _("Restored an earlier version")
    if record.history_type != "~" or previous is None:
        return ""
    labels = [field_label(field) for field in changed_fields(previous, record)]
    if not labels:
        return _("No field an editor sees changed.")
    if len(labels) <= FIELDS_NAMED:
        return ", ".join(labels)
    return _("%(fields)s and %(count)d more") % {
        "fields": ", ".join(labels[:FIELDS_NAMED]),
        "count": len(labels) - FIELDS_NAMED,
    }


def _history_url(model, pk) -> str | None:
    try:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}_history"
        return reverse(name, args=[quote(pk)])
    except NoReverseMatch:
        return None
