"""What the site-wide search finds, kind by kind: projects (the listing's own search),
organisations, donors, countries, news, campaigns and publications. Each source is one
query at most (news, campaigns and publications one together), whatever it finds, so the
page's query count is fixed.

Organisations and donors match as projects do: every word must occur (stemmed in the page's
language, accents ignored), the last one may be unfinished; when nothing matches, names
close to what was typed (trigram word similarity) are shown instead.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from django.db.models import BooleanField, F, FloatField, Value, Window
from django.db.models.aggregates import Count
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from campaigns import selectors as campaign_selectors
from core.localised import localised, name_order
from donors.models import Donor
from news import selectors as news_selectors
from organisations.models import Organisation
from projects import country_search, listing
from projects.models import Project, country_name
from projects.search import search_terms, tsquery_text
from publications import selectors as publication_selectors
from search import documents

SHOWN = 10  # of each kind; the projects link to the listing for the rest
# Every typed word at least this close (pg_trgm's word_similarity) to part of the names: a
# slip ("Childern", "Lotery"), not a guess; "kinderen" against "Kinderpostzegels" is 0.67.
TYPO_SIMILARITY = 0.55
COUNTRY_TYPO_RATIO = 0.8  # difflib's ratio of a typed word to a word of a country's names


@dataclass
class Hit:
    title: str
    url: str
    text: str = ""
    count: int | None = None  # a country's projects


@dataclass
class Group:
    key: str
    label: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    more_url: str = ""  # where all of them are listed, if the page shows only the first
    more_label: str = ""


def find_projects(text: str, language: str) -> Group:
    ids = listing.searched(text, language)
    shown = ids[:SHOWN]
    by_id = {
        project.pk: project
        for project in Project.objects.filter(pk__in=shown).only(
            "pk", "slug", "title_nl", "title_en", "summary_nl", "summary_en"
        )
    }
    hits = [
        Hit(str(project.title), project.get_absolute_url(), project.summary or "")
        for project in (by_id.get(pk) for pk in shown)
        if project is not None
    ]
    more = reverse("projects:list") + "?" + urlencode({"q": text}) if len(ids) > SHOWN else ""
    label = ngettext("All %(count)s project found", "All %(count)s projects found", len(ids)) % {
        "count": len(ids)
    }
    return Group("projects", _("Projects"), len(ids), hits, more, label)


def _exact_or_close(exact, close):
    """SQL of the primary keys of the `exact` matches, or when there are none, of the
    `close` ones (two querysets of primary keys)."""
    exact_sql, exact_params = exact.query.sql_with_params()
    close_sql, close_params = close.query.sql_with_params()
    # Not an OR: the exact matches come from the GIN index once (the CTE), and the close
    # names are looked for only when there are none (a one-time check). An OR, or NOT
    # EXISTS over the exact query, made PostgreSQL compute every row's vector.
    return RawSQL(  # noqa: S611 (two querysets' own SQL, their parameters kept apart)
        f"WITH exact AS MATERIALIZED ({exact_sql}) SELECT * FROM exact UNION ALL "  # noqa: S608
        f"SELECT * FROM ({close_sql}) AS close WHERE NOT EXISTS (SELECT 1 FROM exact)",
        (*exact_params, *close_params),
    )


def _close_to(names: str, terms: list[str]) -> RawSQL:
    """Every typed word close to some part of `names` (word_similarity 1: it occurs in
    them), as one condition per word: a subquery over the words per row cost 25 µs a row."""
    close_to = " AND ".join(
        [f"word_similarity(projects_unaccent(lower(%s)), {names}) >= %s"] * len(terms)
    )
    params = [value for term in terms for value in (term, TYPO_SIMILARITY)]
    return RawSQL(close_to, params, BooleanField())  # noqa: S611 (names: our own SQL)


def _found(model, source: str, terms: list[str], language: str):
    """The public rows of `model` matching the words (or, if none do, close to them), best
    first, each annotated with `total`: one query."""
    config = documents.CONFIGURATIONS[language]
    query = "to_tsquery(%s::regconfig, %s)"
    document = documents.document(source, language)
    match_params = [config, tsquery_text(terms)]
    # The SQL is documents.py's constants; what was typed goes in as parameters only.
    matches = RawSQL(f"{document} @@ {query}", match_params, BooleanField())  # noqa: S611
    # Names that match rank first; the rest by name.
    rank = f"ts_rank({documents.names_document(source, language)}, {query})"
    public = model.objects.public()
    found = _exact_or_close(
        public.filter(matches).order_by().values("pk"),
        public.filter(_close_to(documents.names(source), terms)).order_by().values("pk"),
    )
    return (
        public.filter(pk__in=found)
        .annotate(
            rank=RawSQL(rank, match_params, FloatField()),  # noqa: S611
            total=Window(Count("pk")),
        )
        .order_by("-rank", F("name").asc())
    )


def _group(label, model, source, terms, language, summary) -> Group:
    rows = list(_found(model, source, terms, language)[:SHOWN])
    hits = [Hit(str(row.name), row.get_absolute_url(), summary(row) or "") for row in rows]
    return Group(source, label, rows[0].total if rows else 0, hits)


def find_organisations(text: str, language: str) -> Group:
    terms = search_terms(text)
    return _group(
        _("Organisations"), Organisation, "organisations", terms, language, lambda o: o.summary
    )


def find_donors(text: str, language: str) -> Group:
    terms = search_terms(text)
    return _group(_("Donors"), Donor, "donors", terms, language, lambda d: d.description)


def _dated(kind: str, public, searched, terms: list[str], date_field: str = "published_on"):
    """The first SHOWN of one kind of dated item (news, publications): what `searched` (the
    index's own search: stemmed, accents ignored, the last word a prefix) matches, or else
    the titles close to every word; the best first, then the newest. Rows of the columns
    every kind has, to be combined into one query (find_dated)."""
    titles = "projects_unaccent(lower(coalesce(title_nl, '') || ' ' || coalesce(title_en, '')))"
    found = _exact_or_close(
        searched.order_by().values("pk"),
        public.filter(_close_to(titles, terms)).order_by().values("pk"),
    )
    return (
        public.filter(pk__in=found)
        .annotate(
            group_key=Value(kind),
            rank=searched.query.annotations["search_rank"],
            total=Window(Count("pk")),
            shown_title=localised("title"),
            shown_text=localised("summary"),
        )
        .order_by(F("rank").desc(nulls_last=True), F(date_field).desc(nulls_last=True), "-pk")
        .values_list("group_key", "slug", "shown_title", "shown_text", "total")[:SHOWN]
    )


# kind: (label, the label of the link to all of them, the listing's and the page's URL names)
DATED_KINDS = {
    "news": (
        lambda: _("News"),
        lambda n: ngettext("All %(count)s news item found", "All %(count)s news items found", n),
        "news:list",
        "news:detail",
    ),
    "campaigns": (
        lambda: _("Campaigns"),
        lambda n: ngettext("All %(count)s campaign found", "All %(count)s campaigns found", n),
        "campaigns:list",
        "campaigns:detail",
    ),
    "publications": (
        lambda: _("Publications"),
        lambda n: ngettext(
            "All %(count)s publication found", "All %(count)s publications found", n
        ),
        "publications:list",
        "publications:detail",
    ),
}


def find_dated(text: str, language: str) -> list[Group]:
    """News, campaigns and publications, each kind a group: one query for all of them."""
    terms = search_terms(text)
    news = news_selectors.public_news()
    campaigns = campaign_selectors.public_campaigns()
    publications = publication_selectors.public_publications()
    parts = [
        _dated("news", news, news_selectors.search(news, text, language), terms),
        _dated(
            "campaigns",
            campaigns,
            campaign_selectors.search(campaigns, text, language),
            terms,
            date_field="start",
        ),
        _dated(
            "publications",
            publications,
            publication_selectors.search(publications, text, language),
            terms,
        ),
    ]
    rows = list(parts[0].union(*parts[1:], all=True))
    groups = []
    for kind, (label, all_label, list_name, detail_name) in DATED_KINDS.items():
        mine = [row for row in rows if row[0] == kind]
        total = mine[0][4] if mine else 0
        hits = [
            Hit(title, reverse(detail_name, kwargs={"slug": slug}), summary or "")
            for _kind, slug, title, summary, _total in mine
        ]
        more = reverse(list_name) + "?" + urlencode({"q": text}) if total > SHOWN else ""
        groups.append(Group(kind, label(), total, hits, more, all_label(total) % {"count": total}))
    return groups


def _words(text: str) -> list[str]:
    """Lower case without accents, as names are sorted (core.localised.name_order)."""
    return search_terms(name_order(text))


def _country_matches(terms: list[str], words: list[str]) -> bool:
    """Every typed word begins a word of the names, or is a slip of one."""
    return all(
        any(word.startswith(term) for word in words)
        or difflib.get_close_matches(term, words, n=1, cutoff=COUNTRY_TYPO_RATIO)
        for term in terms
    )


def find_countries(text: str, language: str) -> Group:
    """Countries with public projects whose name, in Dutch or English, is what was typed."""
    terms = _words(text)
    names_by_code = country_search.known_names()
    counts = listing.projects_per_country()
    hits = [
        Hit(country_name(code), reverse("country", kwargs={"code": code.lower()}), count=count)
        for code, count in counts.items()
        if terms and _country_matches(terms, _words(names_by_code.get(code, "")))
    ]
    hits.sort(key=lambda hit: name_order(hit.title))
    return Group("countries", _("Countries"), len(hits), hits[:SHOWN])


def find_everything(text: str, language: str) -> list[Group]:
    """Every kind's group, in the order the page shows them."""
    return [
        find_projects(text, language),
        find_organisations(text, language),
        find_countries(text, language),
        find_donors(text, language),
        *find_dated(text, language),
    ]
