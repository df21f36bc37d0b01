"""Country names in the search vectors, in both languages: "Kirgizië" and "Kyrgyzstan" both
find the projects in Kyrgyzstan, whichever language the site is read in.

The names come from django-countries' catalogues; projects.country_search keeps the table
`projects_country_name` equal to them after every migrate (post_migrate), and rebuilds the
vectors of the projects in a country whose names changed. The trigger reads the table.
"""

from django.db import migrations

FORWARD = r"""
CREATE TABLE projects_country_name (
    code varchar(2) PRIMARY KEY,
    names text NOT NULL  -- the Dutch and the English name, once if they are the same
);

CREATE OR REPLACE FUNCTION projects_project_search_vectors() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    names text;
BEGIN
    -- Names of the published organisations and donors involved, in both languages, and
    -- of the project's countries, in both languages.
    SELECT concat_ws(' ',
        (SELECT string_agg(concat_ws(' ', o.name_nl, o.name_en, o.short_name_nl, o.short_name_en), ' ')
           FROM projects_participation p JOIN organisations_organisation o ON o.id = p.organisation_id
          WHERE p.project_id = NEW.id AND o.publication = 'published'),
        (SELECT string_agg(concat_ws(' ', d.name_nl, d.name_en, d.short_name_nl, d.short_name_en), ' ')
           FROM donors_funding f JOIN donors_donor d ON d.id = f.donor_id
          WHERE f.project_id = NEW.id AND d.publication = 'published'),
        (SELECT string_agg(c.names, ' ') FROM projects_country_name c
          WHERE c.code = ANY (NEW.countries)))
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

DROP TRIGGER projects_project_search_vectors ON projects_project;
CREATE TRIGGER projects_project_search_vectors
    BEFORE INSERT OR UPDATE OF title_nl, title_en, summary_nl, summary_en,
        description_nl, description_en, countries
    ON projects_project
    FOR EACH ROW EXECUTE FUNCTION projects_project_search_vectors();
"""

# The function and trigger as 0003 made them.
BACKWARD = r"""
DROP TRIGGER projects_project_search_vectors ON projects_project;
CREATE OR REPLACE FUNCTION projects_project_search_vectors() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    names text;
BEGIN
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
DROP TABLE projects_country_name;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0009_search_in_one_function")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
