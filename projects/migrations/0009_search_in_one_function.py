"""The listing's search as one function: the exact matches, and only when they are few the
matches of the nearest known words (projects.listing.search_ids).

The same steps as one statement of common table expressions cost about 0.8 ms more a
search, even when the typo fallback was not needed (the exact matches materialised and
scanned three times, and the fallback's plan set up): 1.9 ms → 1.1 ms for the median search
at 20,000 projects.
"""

from django.db import migrations

FORWARD = r"""
CREATE FUNCTION projects_search_ids(
    exact_query tsquery, typed text[], config regconfig, language text, few integer
)
    RETURNS TABLE (exact_ids integer[], close_ids integer[])
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    corrected tsquery;
BEGIN
    SELECT array_agg(m.id ORDER BY m.rank DESC, m.updated_at DESC, m.id)
      INTO exact_ids FROM projects_search_matches(exact_query, language) AS m;
    IF coalesce(cardinality(exact_ids), 0) < few THEN
        -- Each word typed, or the nearest known word (trigram distance, by the GiST index).
        SELECT to_tsquery(config, string_agg(coalesce((
                   SELECT w.word FROM projects_search_word w
                    WHERE w.word % t.term ORDER BY w.word <-> t.term LIMIT 1
               ), t.term), ' & '))
          INTO corrected
          FROM (SELECT projects_unaccent(lower(term)) AS term
                  FROM unnest(typed) AS words (term)) AS t;
        IF corrected IS NOT NULL THEN
            SELECT array_agg(m.id ORDER BY m.rank DESC, m.updated_at DESC, m.id)
              INTO close_ids FROM projects_search_matches(corrected, language) AS m
             WHERE m.id <> ALL (coalesce(exact_ids, '{}'));
        END IF;
    END IF;
    RETURN NEXT;
END $$;
"""

BACKWARD = "DROP FUNCTION IF EXISTS projects_search_ids(tsquery, text[], regconfig, text, integer);"


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_search_rows")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
