"""Narrow rows for the listing's full-text search: one per project, its id, the vectors to
match (kept out of line) and a small vector to rank by (kept in line).

Matching on projects_project read thousands of its wide rows (both languages'
descriptions) to hand out ids, and ranked on the whole vector: 80 ms for a common word at
20,000 projects. Here the GIN index finds the rows, a heap page holds ~30 of them, the big
vectors are never read (a plain or prefix query needs no recheck) and the rank reads only
title and summary (`ts_filter` keeps weights A and B of the full vector).

PostgreSQL's planner does not count the cost of reading out-of-line vectors: for a common
word it would rather scan every row (and read every vector) than use the index. The
function projects_search_matches runs the match with sequential scans off.
"""

from django.db import migrations

FORWARD = r"""
CREATE TABLE projects_search_row (
    -- No foreign key: Django's flush truncates projects_project alone; triggers clean up.
    project_id integer PRIMARY KEY,
    updated_at timestamptz NOT NULL,
    rank_nl tsvector,
    rank_en tsvector,
    search_nl tsvector,
    search_en tsvector
) WITH (toast_tuple_target = 128);

-- Every word of the titles and summaries, lower case without accents: the typo fallback
-- corrects what was typed against these (a few thousand words, whatever the number of
-- projects) and searches again. Words are never removed: a stale one finds nothing.
CREATE TABLE projects_search_word (word text PRIMARY KEY);
ALTER TABLE projects_search_row
    ALTER COLUMN rank_nl SET STORAGE PLAIN,
    ALTER COLUMN rank_en SET STORAGE PLAIN,
    ALTER COLUMN search_nl SET STORAGE EXTERNAL,
    ALTER COLUMN search_en SET STORAGE EXTERNAL;

CREATE FUNCTION projects_search_row_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO projects_search_row
        VALUES (NEW.id, NEW.updated_at,
                ts_filter(NEW.search_nl, '{a,b}'), ts_filter(NEW.search_en, '{a,b}'),
                NEW.search_nl, NEW.search_en)
    ON CONFLICT (project_id) DO UPDATE SET
        updated_at = EXCLUDED.updated_at, rank_nl = EXCLUDED.rank_nl,
        rank_en = EXCLUDED.rank_en, search_nl = EXCLUDED.search_nl,
        search_en = EXCLUDED.search_en;
    INSERT INTO projects_search_word
        SELECT DISTINCT word FROM regexp_split_to_table(projects_unaccent(lower(concat_ws(' ',
            NEW.title_nl, NEW.title_en, NEW.summary_nl, NEW.summary_en))), '[^[:alnum:]]+') AS word
         WHERE length(word) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER projects_search_row_insert AFTER INSERT ON projects_project
    FOR EACH ROW EXECUTE FUNCTION projects_search_row_write();
CREATE TRIGGER projects_search_row_update AFTER UPDATE ON projects_project
    FOR EACH ROW
    WHEN (NEW.search_nl IS DISTINCT FROM OLD.search_nl
          OR NEW.search_en IS DISTINCT FROM OLD.search_en
          OR NEW.updated_at IS DISTINCT FROM OLD.updated_at)
    EXECUTE FUNCTION projects_search_row_write();

CREATE FUNCTION projects_search_row_delete() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE projects_search_row;
    ELSE
        DELETE FROM projects_search_row WHERE project_id = OLD.id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER projects_search_row_delete AFTER DELETE ON projects_project
    FOR EACH ROW EXECUTE FUNCTION projects_search_row_delete();
CREATE TRIGGER projects_search_row_truncate AFTER TRUNCATE ON projects_project
    FOR EACH STATEMENT EXECUTE FUNCTION projects_search_row_delete();

INSERT INTO projects_search_row
    SELECT id, updated_at, ts_filter(search_nl, '{a,b}'), ts_filter(search_en, '{a,b}'),
           search_nl, search_en
      FROM projects_project;
INSERT INTO projects_search_word
    SELECT DISTINCT word FROM projects_project, regexp_split_to_table(projects_unaccent(lower(
        concat_ws(' ', title_nl, title_en, summary_nl, summary_en))), '[^[:alnum:]]+') AS word
     WHERE length(word) BETWEEN 3 AND 40;
CREATE FUNCTION projects_search_matches(query tsquery, language text)
    RETURNS TABLE (id integer, rank real, updated_at timestamptz)
    LANGUAGE plpgsql STABLE
    SET enable_seqscan = off
    AS $$
BEGIN
    IF language = 'en' THEN
        RETURN QUERY SELECT r.project_id, ts_rank(r.rank_en, query), r.updated_at
                       FROM projects_search_row r WHERE r.search_en @@ query;
    ELSE
        RETURN QUERY SELECT r.project_id, ts_rank(r.rank_nl, query), r.updated_at
                       FROM projects_search_row r WHERE r.search_nl @@ query;
    END IF;
END $$;

CREATE INDEX project_search_row_nl_gin ON projects_search_row USING gin (search_nl);
CREATE INDEX project_search_row_en_gin ON projects_search_row USING gin (search_en);
CREATE INDEX project_search_word_trgm ON projects_search_word USING gist (word gist_trgm_ops);
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS projects_search_row_truncate ON projects_project;
DROP TRIGGER IF EXISTS projects_search_row_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_search_row_update ON projects_project;
DROP TRIGGER IF EXISTS projects_search_row_insert ON projects_project;
DROP FUNCTION IF EXISTS projects_search_row_write();
DROP FUNCTION IF EXISTS projects_search_row_delete();
DROP FUNCTION IF EXISTS projects_search_matches(tsquery, text);
DROP TABLE IF EXISTS projects_search_row;
DROP TABLE IF EXISTS projects_search_word;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0007_listing_changes")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
