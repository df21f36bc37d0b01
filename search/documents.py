"""The text of an organisation or a donor that the site-wide search matches, per language:
one SQL expression, the same in the query and in its GIN index (migrations/0001_indexes.py,
which spells it out; tests/search checks that the query uses the index).

Names count in both languages, as in the project search; the English text falls back to the
Dutch per field, as the pages do.
"""

CONFIGURATIONS = {"nl": "dutch_unaccent", "en": "english_unaccent"}

# (table, the columns of names, the columns of text that have a Dutch and an English value)
SOURCES = {
    "organisations": (
        "organisations_organisation",
        ("name_nl", "name_en", "short_name_nl", "short_name_en", "city"),
        ("summary", "mission"),
    ),
    "donors": (
        "donors_donor",
        ("name_nl", "name_en", "short_name_nl", "short_name_en"),
        ("description", "support"),
    ),
}


def _text(column: str) -> str:
    return f"coalesce({column}, '')"


def document(source: str, language: str) -> str:
    """`to_tsvector(…)` of a row: its names and its texts in `language`."""
    _table, names, texts = SOURCES[source]
    parts = [_text(name) for name in names]
    for text in texts:
        if language == "nl":
            parts.append(_text(f"{text}_nl"))
        else:
            parts.append(f"coalesce(nullif({text}_en, ''), {text}_nl, '')")
    joined = " || ' ' || ".join(parts)
    return f"to_tsvector('{CONFIGURATIONS[language]}'::regconfig, {joined})"


def names_document(source: str, language: str) -> str:
    """`to_tsvector(…)` of a row's names alone: what ranks the matches (short, so cheap to
    make for every match, where the whole document would be made again for each)."""
    _table, columns, _texts = SOURCES[source]
    joined = " || ' ' || ".join(_text(column) for column in columns)
    return f"to_tsvector('{CONFIGURATIONS[language]}'::regconfig, {joined})"


def names(source: str) -> str:
    """A row's names, lower case without accents: what a misspelt search is compared to."""
    _table, columns, _texts = SOURCES[source]
    return "projects_unaccent(lower(" + " || ' ' || ".join(_text(c) for c in columns) + "))"


def index_name(source: str, language: str) -> str:
    return f"search_{source}_{language}_gin"


def create_indexes() -> str:
    return "\n".join(
        f"CREATE INDEX {index_name(source, language)} ON {SOURCES[source][0]} "
        f"USING gin (({document(source, language)}));"
        for source in SOURCES
        for language in CONFIGURATIONS
    )
