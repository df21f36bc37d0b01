"""Country names for the search vectors: django-countries' Dutch and English names, copied
to the table the search trigger reads (projects/migrations/0010_country_names_in_search.py).

Run after every migrate (post_migrate): a new django-countries release that renames a
country changes the table, and the projects in that country get their vectors rebuilt.
"""

import functools

from django.db import connections, transaction
from django.utils import translation
from django_countries import countries

LANGUAGES = ("nl", "en")
# As projects/migrations/0008_search_rows.py collects the words of titles and summaries.
COUNTRY_WORDS = """
INSERT INTO projects_search_word (word)
SELECT DISTINCT word FROM unnest(%s::text[]) AS names (text),
       regexp_split_to_table(projects_unaccent(lower(names.text)), '[^[:alnum:]]+') AS word
 WHERE length(word) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING
"""


def names_by_code() -> dict[str, str]:
    """Each country's names in the site's languages, once each: {"KG": "Kirgizië Kyrgyzstan"}."""
    names = {}
    for language in LANGUAGES:
        with translation.override(language):
            for code, name in countries:
                names.setdefault(code, [])
                if str(name) not in names[code]:
                    names[code].append(str(name))
    return {code: " ".join(found) for code, found in names.items()}


@functools.cache
def known_names() -> dict[str, str]:
    """names_by_code() once per process: the catalogues do not change while it runs."""
    return names_by_code()


def sync(using: str = "default") -> list[str]:
    """The table made equal to django-countries' names; returns the codes that changed."""
    wanted = names_by_code()
    # All or nothing: a table half rewritten would leave some countries unsearchable.
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute("SELECT to_regclass('projects_country_name') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return []  # migrated back before 0010
        # The typo fallback corrects what was typed against these words: "Nederlnd".
        cursor.execute(COUNTRY_WORDS, [list(wanted.values())])
        cursor.execute("SELECT code, names FROM projects_country_name")
        stored = dict(cursor.fetchall())
        changed = sorted(
            code for code in wanted.keys() | stored.keys() if wanted.get(code) != stored.get(code)
        )
        if not changed:
            return []
        cursor.execute("DELETE FROM projects_country_name WHERE code = ANY(%s)", [changed])
        rows = [(code, wanted[code]) for code in changed if code in wanted]
        cursor.executemany("INSERT INTO projects_country_name (code, names) VALUES (%s, %s)", rows)
        # The trigger rebuilds a project's vectors when its countries are written.
        cursor.execute(
            "UPDATE projects_project SET countries = countries WHERE countries && %s::varchar[]",
            [changed],
        )
    return changed


def sync_after_migrate(sender, using="default", plan=None, **kwargs) -> None:
    sync(using)
