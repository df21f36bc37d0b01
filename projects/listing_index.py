"""The project listing's index: which public projects carry which facet value, as compressed
bitmaps in this process's memory, rebuilt from PostgreSQL when the content changes.

Why (docs/performance.md, "Why the listing is built this way"): counting every facet's
options under every other active filter means, in SQL, expanding and grouping every
matching project's countries, themes, organisations and donors: 40–60 ms at 20,000
projects, five times that at 100,000, even on narrow rows. On bitmaps it is one C-level
intersection count per option, about a microsecond whatever the number of projects, and
the page of rows is picked before a single wide column is read.

PostgreSQL stays the only truth: the index is read from the tables in three queries and
holds nothing that is not there. Every statement that writes to a table it is built from
moves `projects_listing_version` on (projects/migrations/0007_listing_version.py); each
listing request reads that number (one query) and rebuilds the index if it moved, or if
the day changed (status and active years follow from today's date).

Bit *positions*, not project ids: position 0 is the newest public project, so the default
order's page is a slice of the result, and the other orders are lists of positions.
"""

from __future__ import annotations

import datetime
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Value, Window
from django.db.models.functions import Coalesce, Lower, NullIf, RowNumber
from pyroaring import BitMap

from core.models import today
from organisations.models import Organisation
from projects.models import Participation, Project, ProjectTheme, Theme

# Years a project can be counted in: the year filter's window (projects.filters).
FIRST_YEAR, LAST_YEAR = 1950, 2100

# Facets over rows linking a project to a thing an app above projects owns (the donors'
# fundings), added by projects.filters.add_related_facet: {name: (link_model, key, options)}.
RELATED_FACETS: dict[str, tuple] = {}


@dataclass
class Label:
    """A facet option's name in each language, and its place among the others."""

    names: dict[str, str]
    position: int = 0

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("nl") or ""


@dataclass
class ListingIndex:
    version: int
    day: datetime.date
    ids: list[int] = field(default_factory=list)  # project id by position, newest first
    positions: dict[int, int] = field(default_factory=dict)  # project id -> position
    everything: BitMap = field(default_factory=BitMap)
    # {facet: {value as in the URL: positions of the projects with it}}
    keys: dict[str, dict[str, BitMap]] = field(default_factory=dict)
    # {facet: {value: Label}} for the facets whose names live in the database
    labels: dict[str, dict[str, Label]] = field(default_factory=dict)
    # {order: positions in that order}, e.g. "title:en"
    orders: dict[str, list[int]] = field(default_factory=dict)

    def matching(self, facet: str, value: str) -> BitMap:
        return self.keys.get(facet, {}).get(value, EMPTY)

    def positions_of(self, project_ids) -> list[int]:
        """The positions of these project ids that are in the index (public), in order."""
        positions = self.positions
        return [positions[pk] for pk in project_ids if pk in positions]


EMPTY = BitMap()

# --- keeping it current ------------------------------------------------------------------

_current: ListingIndex | None = None
_lock = threading.Lock()


def stored_version() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM projects_listing_version WHERE id = 1")
        return cursor.fetchone()[0]


def current_index() -> ListingIndex:
    """The index as of the last committed change: one query when it is current."""
    global _current
    version, day = stored_version(), today()
    index = _current
    if index is None or index.version != version or index.day != day:
        with _lock:
            index = build(version, day)
            _current = index
    return index


# --- building it ---------------------------------------------------------------------------


def build(version: int, day: datetime.date) -> ListingIndex:
    index = ListingIndex(version=version, day=day)
    keys: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    _add_projects(index, keys, day)
    labels = _labels()
    _add_links(index, keys, labels)
    index.labels = {facet: dict(by_value.values()) for facet, by_value in labels.items()}
    index.keys = {
        facet: {value: BitMap(positions) for value, positions in by_value.items()}
        for facet, by_value in keys.items()
    }
    return index


def _title(language: str):
    if language == "en":
        return Lower(Coalesce(NullIf("title_en", Value("")), "title_nl"))
    return Lower("title_nl")


def _rank(*order_by):
    return Window(RowNumber(), order_by=list(order_by))


def _add_projects(index: ListingIndex, keys, day: datetime.date) -> None:
    """Every public project, newest first, with its place in each of the other orders (the
    same as projects.selectors.sort_projects, computed by PostgreSQL)."""
    rows = (
        Project.objects.public()
        .with_status(on=day)
        .annotate(
            rank_title_nl=_rank(_title("nl"), "pk"),
            rank_title_en=_rank(_title("en"), "pk"),
            rank_start_nl=_rank(F("start").desc(nulls_last=True), _title("nl"), "pk"),
            rank_start_en=_rank(F("start").desc(nulls_last=True), _title("en"), "pk"),
        )
        .order_by("-created_at", "-pk")
        .values_list(
            "pk",
            "kind",
            "countries",
            "current_status",
            "start",
            "end",
            "rank_title_nl",
            "rank_title_en",
            "rank_start_nl",
            "rank_start_en",
        )
    )
    orders = {name: {} for name in ("title:nl", "title:en", "start:nl", "start:en")}
    for position, row in enumerate(rows):
        pk, kind, countries, status, start, end, *ranks = row
        index.ids.append(pk)
        index.positions[pk] = position
        keys["kind"][kind].append(position)
        keys["status"][status].append(position)
        for code in countries:
            keys["country"][code].append(position)
        for year in _active_years(start, end, day):
            keys["year"][str(year)].append(position)
        for order, rank in zip(orders.values(), ranks, strict=True):
            order[rank] = position
    index.everything = BitMap(range(len(index.ids)))
    index.orders = {name: [order[rank] for rank in sorted(order)] for name, order in orders.items()}


def _active_years(start, end, day) -> range:
    """The calendar years a project is active, as projects.selectors.with_active_years."""
    first = start or end
    if first is None:
        return range(0)
    last = end or max(start, day)
    return range(max(first.year, FIRST_YEAR), min(last.year, LAST_YEAR) + 1)


def _link_querysets() -> dict[str, object]:
    """{facet: (project_id, key id) of every link that facet counts}."""
    querysets = {
        "theme": ProjectTheme.objects.annotate(key_id=F("theme_id")),
        "organisation": Participation.objects.of_public_organisations().annotate(
            key_id=F("organisation_id")
        ),
    }
    for name, (link_model, key, options) in RELATED_FACETS.items():
        # A donor funding a project twice sets the same bit twice: no DISTINCT needed.
        querysets[name] = link_model.objects.filter(**{f"{key}__in": options()}).annotate(
            key_id=F(f"{key}_id")
        )
    return {name: (queryset, LINK_COLUMNS) for name, queryset in querysets.items()}


LINK_COLUMNS = ("project_id", "key_id")
LABEL_COLUMNS = ("pk", "slug", "name_nl", "name_en", "option_position")


def _label_querysets() -> dict[str, object]:
    """{facet: (id, slug, Dutch name, English name, position) of every option it offers}."""
    querysets = {
        "theme": Theme.objects.annotate(option_position=F("position")),
        "organisation": Organisation.objects.public().annotate(option_position=Value(0)),
    }
    for name, (_link_model, _key, options) in RELATED_FACETS.items():
        querysets[name] = options().annotate(option_position=Value(0))
    return {name: (queryset, LABEL_COLUMNS) for name, queryset in querysets.items()}


def _union_all(querysets: dict[str, object]):
    """One statement for several querysets of the same columns, each row led by its name.
    Columns are picked by name: Django does not keep values_list()'s order in the SQL."""
    parts, params = [], []
    for name, (queryset, columns) in querysets.items():
        sql, part_params = queryset.order_by().values(*columns).query.sql_with_params()
        picked = ", ".join(f"part.{connection.ops.quote_name(column)}" for column in columns)
        parts.append(f"SELECT %s, {picked} FROM ({sql}) AS part")  # noqa: S608 (ours)
        params.extend([name, *part_params])
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()


def _labels() -> dict[str, dict[int, tuple[str, Label]]]:
    labels: dict[str, dict[int, tuple[str, Label]]] = defaultdict(dict)
    for facet, pk, slug, name_nl, name_en, position in _union_all(_label_querysets()):
        labels[facet][pk] = (slug, Label({"nl": name_nl, "en": name_en}, position))
    return labels


def _add_links(index: ListingIndex, keys, labels) -> None:
    positions = index.positions
    for facet, project_id, key_id in _union_all(_link_querysets()):
        position = positions.get(project_id)
        label = labels[facet].get(key_id)
        if position is not None and label is not None:
            keys[facet][label[0]].append(position)
