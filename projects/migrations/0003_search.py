"""Full-text and typo-tolerant search on projects.

The search vectors are columns maintained by triggers rather than model fields, so that
every way of writing (admin, imports, bulk_create, queryset updates) keeps them right,
including changes to participations, fundings and the names of organisations and donors.
"""

from django.db import migrations

FORWARD = r"""
-- Accent-insensitive configurations: "Kirgizie" matches "Kirgizië".
CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- unaccent() is only STABLE (its dictionary could change); indexes need IMMUTABLE.
CREATE FUNCTION projects_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE FUNCTION projects_strip_html(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT regexp_replace(regexp_replace($1, '<[^>]*>', ' ', 'g'), '&[#a-zA-Z0-9]+;', ' ', 'g') $$;

ALTER TABLE projects_project ADD COLUMN search_nl tsvector, ADD COLUMN search_en tsvector;

CREATE FUNCTION projects_project_search_vectors() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    names text;
BEGIN
    -- Names of the published organisations and donors involved, in both languages.
    SELECT concat_ws(' ',
        (SELECT string_agg(concat_ws(' ', o.name_nl, o.name_en, o.short_name_nl, o.short_name_en), ' ')
           FROM projects_participation p JOIN organisations_organisation o ON o.id = p.organisation_id
          WHERE p.project_id = NEW.id AND o.publication = 'published'),
        (SELECT string_agg(concat_ws(' ', d.name_nl, d.name_en, d.short_name_nl, d.short_name_en), ' ')
           FROM donors_funding f JOIN donors_donor d ON d.id = f.donor_id
          WHERE f.project_id = NEW.id AND d.publication = 'published'))
      INTO names;
    NEW.search_nl :=
        setweight(to_tsvector('dutch_unaccent', coalesce(NEW.title_nl, '')), 'A')
        || setweight(to_tsvector('dutch_unaccent', coalesce(NEW.summary_nl, '')), 'B')
        || setweight(to_tsvector('dutch_unaccent', coalesce(names, '')), 'C')
        || setweight(to_tsvector('dutch_unaccent',
               projects_strip_html(coalesce(NEW.description_nl, ''))), 'D');
    -- English falls back to Dutch per field, as the pages do.
    NEW.search_en :=
        setweight(to_tsvector('english_unaccent',
            coalesce(nullif(NEW.title_en, ''), NEW.title_nl, '')), 'A')
        || setweight(to_tsvector('english_unaccent',
            coalesce(nullif(NEW.summary_en, ''), NEW.summary_nl, '')), 'B')
        || setweight(to_tsvector('english_unaccent', coalesce(names, '')), 'C')
        || setweight(to_tsvector('english_unaccent', projects_strip_html(
            coalesce(nullif(NEW.description_en, ''), NEW.description_nl, ''))), 'D');
    RETURN NEW;
END $$;

CREATE TRIGGER projects_project_search_vectors
    BEFORE INSERT OR UPDATE OF title_nl, title_en, summary_nl, summary_en,
        description_nl, description_en
    ON projects_project
    FOR EACH ROW EXECUTE FUNCTION projects_project_search_vectors();

-- Related rows change: "touch" the project so that its vectors are rebuilt.
CREATE FUNCTION projects_touch_project() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE projects_project SET title_nl = title_nl WHERE id = OLD.project_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.project_id <> OLD.project_id) THEN
        UPDATE projects_project SET title_nl = title_nl WHERE id = NEW.project_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER projects_participation_search
    AFTER INSERT OR DELETE OR UPDATE OF project_id, organisation_id ON projects_participation
    FOR EACH ROW EXECUTE FUNCTION projects_touch_project();

CREATE TRIGGER projects_funding_search
    AFTER INSERT OR DELETE OR UPDATE OF project_id, donor_id ON donors_funding
    FOR EACH ROW EXECUTE FUNCTION projects_touch_project();

CREATE FUNCTION projects_touch_projects_of_organisation() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE projects_project SET title_nl = title_nl
     WHERE id IN (SELECT project_id FROM projects_participation WHERE organisation_id = NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER projects_organisation_search
    AFTER UPDATE OF name_nl, name_en, short_name_nl, short_name_en, publication
    ON organisations_organisation
    FOR EACH ROW
    WHEN (OLD.name_nl IS DISTINCT FROM NEW.name_nl OR OLD.name_en IS DISTINCT FROM NEW.name_en
          OR OLD.short_name_nl IS DISTINCT FROM NEW.short_name_nl
          OR OLD.short_name_en IS DISTINCT FROM NEW.short_name_en
          OR OLD.publication IS DISTINCT FROM NEW.publication)
    EXECUTE FUNCTION projects_touch_projects_of_organisation();

CREATE FUNCTION projects_touch_projects_of_donor() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE projects_project SET title_nl = title_nl
     WHERE id IN (SELECT project_id FROM donors_funding WHERE donor_id = NEW.id);
    RETURN NULL;
END $$;

CREATE TRIGGER projects_donor_search
    AFTER UPDATE OF name_nl, name_en, short_name_nl, short_name_en, publication ON donors_donor
    FOR EACH ROW
    WHEN (OLD.name_nl IS DISTINCT FROM NEW.name_nl OR OLD.name_en IS DISTINCT FROM NEW.name_en
          OR OLD.short_name_nl IS DISTINCT FROM NEW.short_name_nl
          OR OLD.short_name_en IS DISTINCT FROM NEW.short_name_en
          OR OLD.publication IS DISTINCT FROM NEW.publication)
    EXECUTE FUNCTION projects_touch_projects_of_donor();

CREATE INDEX project_search_nl_gin ON projects_project USING gin (search_nl);
CREATE INDEX project_search_en_gin ON projects_project USING gin (search_en);
CREATE INDEX project_title_nl_trgm ON projects_project
    USING gin (projects_unaccent(lower(title_nl)) gin_trgm_ops);
CREATE INDEX project_title_en_trgm ON projects_project
    USING gin (projects_unaccent(lower(title_en)) gin_trgm_ops);

UPDATE projects_project SET title_nl = title_nl;
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS projects_donor_search ON donors_donor;
DROP TRIGGER IF EXISTS projects_organisation_search ON organisations_organisation;
DROP TRIGGER IF EXISTS projects_funding_search ON donors_funding;
DROP TRIGGER IF EXISTS projects_participation_search ON projects_participation;
DROP TRIGGER IF EXISTS projects_project_search_vectors ON projects_project;
DROP FUNCTION IF EXISTS projects_touch_projects_of_donor();
DROP FUNCTION IF EXISTS projects_touch_projects_of_organisation();
DROP FUNCTION IF EXISTS projects_touch_project();
DROP FUNCTION IF EXISTS projects_project_search_vectors();
DROP INDEX IF EXISTS project_title_en_trgm;
DROP INDEX IF EXISTS project_title_nl_trgm;
ALTER TABLE projects_project DROP COLUMN IF EXISTS search_en, DROP COLUMN IF EXISTS search_nl;
DROP FUNCTION IF EXISTS projects_strip_html(text);
DROP FUNCTION IF EXISTS projects_unaccent(text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS english_unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS dutch_unaccent;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0002_search_extensions"),
        ("organisations", "0001_initial"),
        ("donors", "0001_initial"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
