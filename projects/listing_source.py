"""Filling the listing index (projects/listing_index.py) from PostgreSQL, and keeping it
current with one cheap query per listing request.

PostgreSQL stays the only truth: the index holds nothing that is not in the tables, and
triggers log every change to them (projects/migrations/0007_listing_changes.py). On each
request a process reads the log rows it may not have seen: those written since the oldest
transaction that was still running when it last looked (`horizon`, a snapshot's xmin).
It reads again only the projects those rows name, and any project whose row it saw
before but that has gone since (a rolled-back change). A new day, an emptied table or
more changed projects than a quarter of the index: it builds the whole index again.
"""

from __future__ import annotations

import datetime
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Value
from pyroaring import BitMap
from sortedcontainers import SortedList

from core.db import prepared_cursor
from core.models import today
from organisations.models import Organisation
from projects.listing_index import (
    FIRST_YEAR,
    LAST_YEAR,
    ORDERS,
    RELATED_FACETS,
    Label,
    ListingIndex,
    ProjectEntry,
)
from projects.models import Participation, Project, ProjectTheme, Theme
from projects.ordering import title_in_language

NAMES_CHANGED, REBUILD = None, -1  # what a log row's project_id may say instead of a project


@dataclass
class Known:
    """A process's index, and which log rows it has applied."""

    index: ListingIndex
    horizon: int  # every change of a transaction older than this is in the index
    applied: dict[int, int | None] = field(default_factory=dict)  # log rows at or after it


_known: Known | None = None
# Held while the index changes, and by projects.listing while a request reads it.
index_lock = threading.RLock()

CHANGES_SQL = """
SELECT pg_snapshot_xmin(pg_current_snapshot())::text,
       array_agg(id), array_agg(project_id), array_agg(xid::text)
  FROM projects_listing_change
 WHERE xid >= coalesce(%s::xid8, pg_snapshot_xmin(pg_current_snapshot()))
"""


def current_index() -> ListingIndex:
    """The index with every change this request's snapshot can see: one query when
    nothing changed, a few more when something did."""
    global _known
    with index_lock:
        known = _known
        with prepared_cursor() as cursor:  # on every listing request: planned once
            cursor.execute(CHANGES_SQL, [str(known.horizon) if known else None])
            horizon, ids, projects, xids = cursor.fetchone()
        horizon = int(horizon)
        changes = list(zip(ids or [], projects or [], map(int, xids or []), strict=True))
        if known is None or known.index.day != today():
            known = Known(build(), horizon)
        else:
            dirty = {project for row, project, _xid in changes if row not in known.applied}
            rows_now = {row for row, _project, _xid in changes}
            dirty |= {project for row, project in known.applied.items() if row not in rows_now}
            if REBUILD in dirty or len(dirty) > len(known.index.entries) // 4 + 1000:
                known = Known(build(), horizon)
            else:
                update(known.index, dirty)
        known.horizon = horizon
        known.applied = {row: project for row, project, xid in changes if xid >= horizon}
        _known = known
        return known.index


# --- reading projects ---------------------------------------------------------------------


def build() -> ListingIndex:
    """The whole index, in bulk (bitmaps and orders made at once, not project by project)."""
    day = today()
    index = ListingIndex(day=day)
    entries = project_entries(day)
    index.entries = {entry.id: entry for entry in entries}
    index.everything = BitMap(index.entries)
    keys = defaultdict(lambda: defaultdict(list))
    for entry in entries:
        for facet, value in entry.keys:
            keys[facet][value].append(entry.id)
    index.keys = {
        facet: {value: BitMap(ids) for value, ids in by_value.items()}
        for facet, by_value in keys.items()
    }
    index.orders = {
        name: SortedList(entry.sort_keys[which] for entry in entries)
        for which, name in enumerate(ORDERS)
    }
    index.set_labels(labels())
    return index


def update(index: ListingIndex, project_ids: set) -> None:
    """Read these projects again (and the names, if they changed)."""
    if NAMES_CHANGED in project_ids:
        index.set_labels(labels())
    ids = {pk for pk in project_ids if pk is not None}
    if not ids:
        return
    for project_id in ids:
        index.remove(project_id)
    for entry in project_entries(index.day, ids):
        index.put(entry)


def project_entries(day: datetime.date, ids: set | None = None) -> list[ProjectEntry]:
    """The public projects (of `ids`, or all), with their facet keys and sort keys.

    Sort keys as projects.ordering.sort_projects orders: titles lower-cased by
    PostgreSQL, compared by code point as the database's C collation does.
    """
    projects = Project.objects.public()
    if ids is not None:
        projects = projects.filter(pk__in=ids)
    projects = projects.with_status(on=day).annotate(
        sort_title_nl=title_in_language("nl"), sort_title_en=title_in_language("en")
    )
    columns = ("id", "kind", "countries", "current_status", "start", "end", "created_at")
    rows = _select(projects, (*columns, "sort_title_nl", "sort_title_en"))
    links = _links(ids)
    entries = []
    for pk, kind, countries, status, start, end, created_at, title_nl, title_en in rows:
        keys = [("kind", kind), ("status", status)]
        keys += [("country", code) for code in countries]
        keys += [("year", str(year)) for year in _active_years(start, end, day)]
        keys += links.get(pk, [])
        # Latest start first, undated last.
        start_key = (start is None, -start.toordinal() if start else 0)
        sort_keys = (
            (-created_at.timestamp(), -pk, pk),
            (title_nl, pk),
            (title_en, pk),
            (*start_key, title_nl, pk),
            (*start_key, title_en, pk),
        )
        entries.append(ProjectEntry(pk, keys, sort_keys))
    return entries


def _active_years(start, end, day) -> range:
    """The calendar years a project is active, as projects.selectors.with_active_years."""
    first = start or end
    if first is None:
        return range(0)
    last = end or (start if start > day else day)
    return range(max(first.year, FIRST_YEAR), min(last.year, LAST_YEAR) + 1)


def _links(ids: set | None) -> dict[int, list[tuple[str, int]]]:
    """{project id: [(facet, thing id)]} of the themes, organisations taking part and the
    things of the related facets (donors), from one query."""
    querysets = {
        "theme": ProjectTheme.objects.annotate(key_id=F("theme_id")),
        "organisation": Participation.objects.of_public_organisations().annotate(
            key_id=F("organisation_id")
        ),
    }
    for name, (link_model, key, options) in RELATED_FACETS.items():
        querysets[name] = link_model.objects.filter(**{f"{key}__in": options()}).annotate(
            key_id=F(f"{key}_id")
        )
    links = defaultdict(list)
    parts = {
        name: (queryset if ids is None else queryset.filter(project_id__in=ids))
        for name, queryset in querysets.items()
    }
    for facet, project_id, key_ids in _union_all(parts, ("project_id", "key_id"), "project_id"):
        # A donor funding a project twice is one key: the bitmap keeps it once anyway.
        links[project_id] += [(facet, key_id) for key_id in set(key_ids)]
    return links


def labels() -> dict[str, dict[int, Label]]:
    """{facet: {thing id: Label}} of every option the labelled facets may offer."""
    querysets = {
        "theme": Theme.objects.annotate(option_position=F("position")),
        "organisation": Organisation.objects.public().annotate(option_position=Value(0)),
    }
    for name, (_link_model, _key, options) in RELATED_FACETS.items():
        querysets[name] = options().annotate(option_position=Value(0))
    columns = ("pk", "slug", "name_nl", "name_en", "option_position")
    found = {name: {} for name in querysets}
    for facet, pk, slug, name_nl, name_en, position in _union_all(querysets, columns):
        found[facet][pk] = Label(slug, {"nl": name_nl, "en": name_en}, position)
    return found


# --- plain SQL rows -----------------------------------------------------------------------
# Columns are picked by name: Django does not keep values_list()'s order in the SQL, and
# modeltranslation's and Django's row wrappers took a third of the time.


def _select(queryset, columns) -> list[tuple]:
    quote = connection.ops.quote_name
    sql, params = queryset.order_by().values(*columns).query.sql_with_params()
    picked = ", ".join(f"part.{quote(column)}" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {picked} FROM ({sql}) AS part", params)  # noqa: S608
        return cursor.fetchall()


def _union_all(querysets: dict, columns: tuple, group: str = "") -> list[tuple]:
    """One statement for several querysets with the same columns, each row led by its
    name; grouped by the column `group` (the others aggregated into arrays) if given."""
    quote = connection.ops.quote_name
    parts, params = [], []
    for name, queryset in querysets.items():
        sql, part_params = queryset.order_by().values(*columns).query.sql_with_params()
        picked = ", ".join(
            f"part.{quote(column)}"
            if column == group or not group
            else f"array_agg(part.{quote(column)})"
            for column in columns
        )
        grouped = f" GROUP BY part.{quote(group)}" if group else ""
        parts.append(f"SELECT %s, {picked} FROM ({sql}) AS part{grouped}")  # noqa: S608
        params.extend([name, *part_params])
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()
