"""The project listing's index: which public projects carry which facet value, as compressed
bitmaps of project ids, and the projects in each order the listing offers, in this
process's memory. projects/listing_source.py fills it from PostgreSQL and keeps it current.

Why (docs/performance.md, "Why the listing is built this way"): counting every facet's
options under every other active filter means, in SQL, expanding and grouping every
matching project's countries, themes, organisations and donors: 40–60 ms at 20,000
projects, five times that at 100,000, even on narrow rows. On bitmaps it is one C-level
intersection count per option, about a microsecond whatever the number of projects, and
the page of ids is picked before a single wide column is read.

Facets whose options are things in the database (themes, organisations, donors) are kept
by the thing's id; `labels` turns a slug from the URL into that id and an id into names,
so a renamed theme or a changed slug needs new labels only.
"""

from __future__ import annotations

import datetime
import heapq
from dataclasses import dataclass, field

from pyroaring import BitMap
from sortedcontainers import SortedList

from projects.key_table import KeyTable

# Years a project can be counted in: the year filter's window (projects.filters).
FIRST_YEAR, LAST_YEAR = 1950, 2100

# Facets over rows linking a project to a thing an app above projects owns (the donors'
# fundings), added by projects.filters.add_related_facet: {name: (link_model, key, options)}.
RELATED_FACETS: dict[str, tuple] = {}

# Facets with thousands of options (organisations, donors): the listing offers those with
# the most projects (projects.listing), counted on a KeyTable (projects.key_table);
# projects.filters adds to it.
LONG_FACETS: set[str] = {"organisation"}

# The orders of projects.ordering.sort_projects but relevance (search gives that one).
ORDERS = ("newest", "title:nl", "title:en", "start:nl", "start:en")

EMPTY = BitMap()


@dataclass
class Label:
    """A facet option that is a thing in the database: its slug, names and place."""

    slug: str
    names: dict[str, str]
    position: int = 0

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("nl") or ""


@dataclass
class ProjectEntry:
    """What the index holds of one public project (see listing_source.project_entries)."""

    id: int
    keys: list[tuple[str, object]]  # (facet, value or thing id)
    sort_keys: tuple  # one per ORDERS, each ending in the id


@dataclass
class ListingIndex:
    day: datetime.date
    everything: BitMap = field(default_factory=BitMap)
    # {facet: {value or thing id: ids of the projects with it}}
    keys: dict[str, dict[object, BitMap]] = field(default_factory=dict)
    # {facet: {thing id: Label}} and {facet: {slug: thing id}}
    labels: dict[str, dict[int, Label]] = field(default_factory=dict)
    slugs: dict[str, dict[str, int]] = field(default_factory=dict)
    entries: dict[int, ProjectEntry] = field(default_factory=dict)
    orders: dict[str, SortedList] = field(default_factory=dict)
    # Counts every put and remove, so that what is derived from the bitmaps knows when to
    # be made again (largest_first, key_table).
    version: int = 0
    _largest: dict[str, tuple[int, list]] = field(default_factory=dict)
    _tables: dict[str, tuple[int, KeyTable]] = field(default_factory=dict)

    def __post_init__(self):
        self.orders = {name: SortedList() for name in ORDERS}

    # --- changing it --------------------------------------------------------------------

    def put(self, entry: ProjectEntry) -> None:
        self.remove(entry.id)
        self.version += 1
        self.entries[entry.id] = entry
        self.everything.add(entry.id)
        for facet, value in entry.keys:
            by_value = self.keys.setdefault(facet, {})
            if value not in by_value:
                by_value[value] = BitMap()
            by_value[value].add(entry.id)
        for name, sort_key in zip(ORDERS, entry.sort_keys, strict=True):
            self.orders[name].add(sort_key)

    def remove(self, project_id: int) -> None:
        entry = self.entries.pop(project_id, None)
        if entry is None:
            return
        self.version += 1
        self.everything.discard(project_id)
        for facet, value in entry.keys:
            self.keys[facet][value].discard(project_id)
        for name, sort_key in zip(ORDERS, entry.sort_keys, strict=True):
            self.orders[name].discard(sort_key)

    def set_labels(self, labels: dict[str, dict[int, Label]]) -> None:
        self.labels = labels
        self._tables = {}  # they know which keys have labels
        self.slugs = {
            facet: {label.slug: pk for pk, label in by_id.items()}
            for facet, by_id in labels.items()
        }

    # --- reading it ---------------------------------------------------------------------

    def key_of(self, facet: str, value: str):
        """The key a value from the URL stands for: a thing's id for labelled facets."""
        if facet in self.slugs:
            return self.slugs[facet].get(value)
        return value

    def matching(self, facet: str, value: str) -> BitMap:
        return self.keys.get(facet, {}).get(self.key_of(facet, value), EMPTY)

    def largest_first(self, facet: str) -> list[tuple[object, BitMap]]:
        """The facet's (key, ids), the keys with the most projects first (made again after
        any change; the long facets' counting stops early on it: projects.listing)."""
        made = self._largest.get(facet)
        if made is None or made[0] != self.version:
            ordered = sorted(self.keys.get(facet, {}).items(), key=lambda kv: -len(kv[1]))
            made = self._largest[facet] = (self.version, ordered)
        return made[1]

    def key_table(self, facet: str) -> KeyTable:
        """The facet's keys per project (made again after any change; a long facet's
        options are counted on it: projects.listing)."""
        made = self._tables.get(facet)
        if made is None or made[0] != self.version:
            table = KeyTable.of(self.largest_first(facet), self.labels.get(facet))
            made = self._tables[facet] = (self.version, table)
        return made[1]

    def page(self, result: BitMap, order: str, start: int, stop: int) -> list[int]:
        """The ids of `result` from `start` to `stop` in the order `order`."""
        ordered = self.orders[order]
        if len(result) == len(self.everything):
            return [sort_key[-1] for sort_key in ordered.islice(start, stop)]
        if len(result) * 8 < len(self.everything):  # few: sort just those
            which = ORDERS.index(order)
            entries = self.entries
            chosen = heapq.nsmallest(stop, (entries[pk].sort_keys[which] for pk in result))
            return [sort_key[-1] for sort_key in chosen[start:]]
        taken = []  # many: walk the order until the page is full
        for sort_key in ordered:
            if sort_key[-1] in result:
                taken.append(sort_key[-1])
                if len(taken) == stop:
                    break
        return taken[start:]
