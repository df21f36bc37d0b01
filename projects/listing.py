"""The project listing's results and facets, from the listing index (projects/listing_index.py).

`find(filterset, sort)` gives the matching projects as a sequence of ids that a Paginator
pages (only the page's ids are ever materialised), their number, and every facet with its
options counted under every *other* active filter. Searching asks PostgreSQL once (the
full-text GIN index, with a typo fallback when the words themselves find little);
everything else is bitmap arithmetic. `listing_page()` does it all while holding the
index's lock: a threaded server may refresh the index for another request meanwhile.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from operator import itemgetter

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from pyroaring import BitMap

from core.db import prepared_cursor
from projects import search, selectors
from projects.filters import FACETS, LONG_FACETS, OPTION_BUILDERS, ProjectFilter
from projects.listing_index import EMPTY, ListingIndex
from projects.listing_source import current_index, index_lock
from projects.models import Project

# Fewer exact matches than this, and titles close to what was typed are added after them.
FEW_MATCHES = 20
# The long facets (organisations, donors) offer this many options with the most projects.
LONG_FACET_OPTIONS = 50


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]
    selected: str
    shortened: bool = False  # only the options with the most projects are offered

    @property
    def options_html(self) -> str:
        """The <option> elements: hundreds on every listing, ten times faster built here
        (escaped as the template would) than by the template's loop."""
        return mark_safe(  # noqa: S308 (every value escaped)
            "".join(
                f'<option value="{_escaped(o.value)}"{" selected" if o.selected else ""}>'
                f"{_escaped(o.label)} ({o.count:d})</option>"
                for o in self.options
            )
        )


@functools.lru_cache(maxsize=8192)
def _escaped(text) -> str:
    """The same few hundred values and names on every listing: escaped once."""
    return escape(str(text))


class Found(Sequence):
    """The matching projects' ids in the chosen order; slicing reads only that slice."""

    def __init__(self, index: ListingIndex, result: BitMap, order: str, ranked: list[int]):
        self.index, self.result, self.order, self.ranked = index, result, order, ranked

    def __len__(self) -> int:
        return len(self.result)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            raise TypeError("Found is read in slices")
        start, stop, _step = item.indices(len(self))
        if stop <= start:
            return []
        if self.order != "relevance":
            return self.index.page(self.result, self.order, start, stop)
        taken = []  # the search's own order, best first
        for pk in self.ranked:
            if pk in self.result:
                taken.append(pk)
                if len(taken) == stop:
                    break
        return taken[start:]


@dataclass
class Listing:
    found: Found
    facets: list[Facet]


def listing_page(filterset: ProjectFilter, sort: str, number, per_page: int):
    """(the Paginator's page of project ids, the facets) for a bound ProjectFilter."""
    with index_lock:
        listing = find(filterset, sort)
        page = Paginator(listing.found, per_page).get_page(number)
        page.object_list = list(page.object_list)
    return page, listing.facets


def find(filterset: ProjectFilter, sort: str) -> Listing:
    """Call with index_lock held, and read the result before letting it go."""
    index = current_index()
    language = get_language() or "nl"
    active = {name: value for name, value in filterset.active.items() if name != "q"}
    selected = {name: _as_value(name, value) for name, value in active.items()}
    matching = {name: index.matching(name, value) for name, value in selected.items()}
    ranked = []
    if filterset.searching:
        ranked = search_ids(index, filterset.active["q"], language)
        matching["q"] = BitMap(ranked)
    result = _intersection(index, matching.values())
    if sort == "relevance" and filterset.searching:
        order = "relevance"
    else:
        order = "newest" if sort not in ("title", "start") else f"{sort}:{language}"
    facets = [
        _facet(filterset, index, name, language, matching, result, selected.get(name, ""))
        for name in FACETS
    ]
    return Listing(Found(index, result, order, ranked), facets)


def _as_value(name: str, value) -> str:
    return str(int(value)) if name == "year" else str(value)


def _intersection(index: ListingIndex, sets) -> BitMap:
    sets = list(sets)
    if not sets:
        return index.everything
    return BitMap.intersection(*sets) if len(sets) > 1 else sets[0]


def _all_counts(index, name, base) -> list[tuple[object, int]]:
    by_key = index.keys.get(name, {})
    if len(base) == len(index.everything):  # no other filter: every project counts
        counts = [(key, len(ids)) for key, ids in by_key.items()]
    else:
        counts = [(key, ids.intersection_cardinality(base)) for key, ids in by_key.items()]
    return [(key, count) for key, count in counts if count]


def _most_projects(index, name, base, labels) -> tuple[list[tuple[object, int]], bool]:
    """(the LONG_FACET_OPTIONS keys with the most projects in `base`, with their counts;
    whether other keys with projects there were left out)."""
    if len(base) != len(index.everything):
        return index.key_table(name).most(base, LONG_FACET_OPTIONS)
    offered = []  # every project counts: the first keys of largest_first, and one more
    for key, ids in index.largest_first(name):
        if not ids:  # and neither have the rest
            break
        if labels is None or key in labels:
            offered.append((key, len(ids)))
            if len(offered) > LONG_FACET_OPTIONS:
                break
    return offered[:LONG_FACET_OPTIONS], len(offered) > LONG_FACET_OPTIONS


def _facet(filterset, index, name, language, matching, result, selected) -> Facet:
    """The options of one facet, counted among the projects every other filter selects."""
    if name in matching:
        base = _intersection(index, [s for other, s in matching.items() if other != name])
    else:
        base = result
    labels = index.labels.get(name)  # None: the key is the value (a country, a year…)
    chosen = index.key_of(name, selected) if selected else None
    if name in LONG_FACETS:
        counts, shortened = _most_projects(index, name, base, labels)
    else:
        counts, shortened = _all_counts(index, name, base), False
    counts = [(key, count) for key, count in counts if labels is None or key in labels]
    if chosen is not None and chosen not in dict(counts):  # shown, even with no projects
        by_key = index.keys.get(name, {})
        if chosen in (by_key if labels is None else labels):
            counts.append((chosen, by_key.get(chosen, EMPTY).intersection_cardinality(base)))
    if labels is None:
        rows = [(key, None, 0, count) for key, count in counts]
    else:
        rows = [
            (labels[key].slug, labels[key].name(language), labels[key].position, count)
            for key, count in counts
        ]
    options = [
        Option(value, label, count, value == selected)
        for value, label, count in OPTION_BUILDERS[name](rows)
        if count or value == selected
    ]
    return Facet(name, str(filterset.filters[name].label), options, selected, shortened)


# --- search -------------------------------------------------------------------------------

# The full-text match (projects_search_matches) uses the GIN index on the language's
# vector in the narrow search rows (projects/migrations/0008_search_rows.py), drafts
# included: the listing index keeps only public projects. Only when it finds fewer than
# FEW_MATCHES does the typo fallback run: each word is replaced by the nearest known word
# and the search runs again, so its cost follows the vocabulary, not the projects. Both
# steps are one function (projects/migrations/0009_search_in_one_function.py), so the
# page's query count is fixed; the statement is prepared on the server (core/db.py).
SEARCH_SQL = """
SELECT exact_ids, close_ids
  FROM projects_search_ids(to_tsquery(%(config)s, %(tsquery)s), %(typed)s::text[],
                           %(config)s::regconfig, %(language)s, %(few)s)
"""


def search_ids(index: ListingIndex, text: str, language: str) -> list[int]:
    """Ids of the public projects matching `text`, best first: exact matches by
    relevance, then (if those are few) the matches of the nearest known words."""
    terms = search.search_terms(text)
    if not terms:
        return []
    if language not in search.CONFIGURATIONS:
        language = "nl"
    config, _column = search.CONFIGURATIONS[language]
    with prepared_cursor() as cursor:  # parsed and planned once per connection
        cursor.execute(
            SEARCH_SQL,
            {
                "config": config,
                "language": language,
                "tsquery": search.tsquery_text(terms),
                "typed": terms,
                "few": FEW_MATCHES,
            },
        )
        exact, close = cursor.fetchone()
    public = index.everything
    return [pk for pk in (*(exact or []), *(close or [])) if pk in public]


def cards_in_order(project_ids: list[int]) -> list:
    """The cards of the page's public projects, in the order of the ids (one query)."""
    statement = _cards_statement(get_language() or "nl")
    params = [*statement.params[: statement.at], list(project_ids)]
    params += statement.params[statement.at + 1 :]
    with prepared_cursor() as cursor:
        cursor.execute(statement.sql, params)
        rows = cursor.fetchall()
    fields, annotations = statement.fields, statement.annotations
    by_id = {}
    for row in rows:  # as a raw queryset would make them
        card = Project.from_db(connection.alias, fields, row[: len(fields)])
        for (name, convert), value in zip(annotations, row[len(fields) :], strict=True):
            setattr(card, name, convert(value, None, connection) if convert else value)
        by_id[card.pk] = card
    return [by_id[pk] for pk in project_ids if pk in by_id]


@dataclass(frozen=True)
class CardsStatement:
    sql: str
    params: list
    at: int  # the position of the ids among the parameters
    fields: list[str]  # the project's columns, first in the select
    annotations: list[tuple[str, object]]  # then each annotation, with its from_db_value


# The cards' statement, compiled by the ORM once per language (that took 2.7 ms a page),
# with the ids as one array parameter so that one text serves every page, and prepared
# on the server once per connection (core/db.py: parsing and planning it took 1.2 ms).
_card_statements: dict[str, CardsStatement] = {}


def _cards_statement(language: str) -> CardsStatement:
    if language not in _card_statements:
        ids = []  # found among the parameters by identity
        by_ids = Project.objects.filter(
            RawSQL('"projects_project"."id" = ANY(%s)', (ids,), output_field=BooleanField())
        )
        query = selectors.project_cards(by_ids).only(*selectors.CARD_SHOWS).order_by().query
        compiler = query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        select = compiler.select
        fields = [select[at][0].target.attname for at in compiler.klass_info["select_fields"]]
        annotated = sorted(compiler.annotation_col_map.items(), key=itemgetter(1))
        annotations = [
            (name, getattr(query.annotation_select[name].output_field, "from_db_value", None))
            for name, _at in annotated
        ]
        # cards_in_order reads the columns in this order: the project's, then annotations.
        positions = [*compiler.klass_info["select_fields"], *(at for _name, at in annotated)]
        assert positions == list(range(len(select))), "the cards' columns moved"
        at = next(position for position, param in enumerate(params) if param is ids)
        _card_statements[language] = CardsStatement(sql, list(params), at, fields, annotations)
    return _card_statements[language]


def projects_per_country() -> dict[str, int]:
    """{country code: the number of public projects there}, from the listing index (the
    same counts as the listing's country facet, without a query over every project)."""
    with index_lock:
        by_country = current_index().keys.get("country", {})
        return {code: len(ids) for code, ids in by_country.items() if ids}


def searched(text: str, language: str) -> list[int]:
    """Ids of the public projects matching `text`, best first (the listing's search)."""
    with index_lock:
        return search_ids(current_index(), text, language)
