"""Searching projects: PostgreSQL full text per language, with a trigram fallback for typos.

The vectors `search_nl` and `search_en` are columns kept up to date by database triggers
(projects/migrations/0003_search.py); the configurations `dutch_unaccent` and
`english_unaccent` ignore accents, so "Kirgizie" finds "Kirgizië".
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db.models import Expression, F, FloatField, Func, Q, TextField, Value
from django.db.models.functions import Greatest, Lower
from django.utils.translation import get_language

# What is searched at most: enough for any real query, cheap whatever is pasted.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

# Letters and digits only: every to_tsquery operator (& | ! ( ) : * < > quotes) is dropped.
WORD = re.compile(r"[^\W_]+")

CONFIGURATIONS = {"nl": ("dutch_unaccent", "search_nl"), "en": ("english_unaccent", "search_en")}
# The text search configuration of each language, for the other apps' search documents.
TEXT_CONFIGURATIONS = {language: config for language, (config, _column) in CONFIGURATIONS.items()}


class BaseTableColumn(Expression):
    """A column the model does not declare (it is maintained by triggers), on the base table.

    Compiled against the query's own base alias, so it stays right when the queryset is
    used as a subquery and Django renames its tables.
    """

    def __init__(self, column: str, output_field):
        super().__init__(output_field=output_field)
        self.column = column

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        table = compiler.quote_name_unless_alias(alias)
        return f"{table}.{connection.ops.quote_name(self.column)}", []


class Unaccent(Func):
    """The immutable unaccent wrapper the trigram indexes are built on."""

    function = "projects_unaccent"
    output_field = TextField()


class WordSimilarity(Func):
    function = "word_similarity"
    output_field = FloatField()


def search_terms(text: str) -> list[str]:
    return WORD.findall((text or "")[:MAX_QUERY_LENGTH])[:MAX_TERMS]


def tsquery_text(terms: list[str]) -> str:
    """All words must occur; the last one may be unfinished (prefix match while typing)."""
    return " & ".join([*terms[:-1], f"{terms[-1]}:*"])


def search_by_document(queryset, text: str, language: str, document):
    """The rows whose `document(language)` (an indexed SearchVector, the same expression as
    their GIN index's) matches every word, the last one perhaps unfinished; annotated with
    `search_rank`. News, publications and campaigns search this way."""
    terms = search_terms(text)
    if not terms:
        return queryset
    language = language if language in TEXT_CONFIGURATIONS else "nl"
    query = SearchQuery(
        tsquery_text(terms), search_type="raw", config=TEXT_CONFIGURATIONS[language]
    )
    vector = document(language)
    return (
        queryset.alias(document=vector)
        .filter(document=query)
        .annotate(search_rank=SearchRank(vector, query))
    )


def search(queryset, text: str, language: str | None = None):
    """Projects matching `text`, annotated with `search_rank` (higher is better).

    A project matches on its text (title, summary, description, names of organisations
    and donors) in the active language, or when its title is close to what was typed.
    """
    terms = search_terms(text)
    if not terms:
        return queryset
    config, column = CONFIGURATIONS.get(language or get_language(), CONFIGURATIONS["nl"])
    query = SearchQuery(tsquery_text(terms), search_type="raw", config=config)
    typed = Unaccent(Lower(Value(" ".join(terms))))
    return (
        queryset.alias(
            search_vector=BaseTableColumn(column, SearchVectorField()),
            title_nl_plain=Unaccent(Lower("title_nl")),
            title_en_plain=Unaccent(Lower("title_en")),
        )
        .filter(
            Q(search_vector=query)
            # %> uses the trigram indexes on unaccent(lower(title)).
            | Q(title_nl_plain__trigram_word_similar=typed)
            | Q(title_en_plain__trigram_word_similar=typed)
        )
        .annotate(
            search_rank=SearchRank(F("search_vector"), query)
            + Greatest(
                WordSimilarity(typed, F("title_nl_plain")),
                WordSimilarity(typed, F("title_en_plain")),
            )
        )
    )
