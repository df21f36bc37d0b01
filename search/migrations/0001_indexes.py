"""GIN indexes on the text of organisations and donors that the site-wide search matches.

The expressions are search/documents.py's, written out here as they were when this migration
was made (a migration does not import code that may change); tests/search checks that the
search's queries use these indexes.
"""

from django.db import migrations

FORWARD = """
CREATE INDEX search_organisations_nl_gin ON organisations_organisation USING gin ((to_tsvector('dutch_unaccent'::regconfig, coalesce(name_nl, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name_nl, '') || ' ' || coalesce(short_name_en, '') || ' ' || coalesce(city, '') || ' ' || coalesce(summary_nl, '') || ' ' || coalesce(mission_nl, ''))));
CREATE INDEX search_organisations_en_gin ON organisations_organisation USING gin ((to_tsvector('english_unaccent'::regconfig, coalesce(name_nl, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name_nl, '') || ' ' || coalesce(short_name_en, '') || ' ' || coalesce(city, '') || ' ' || coalesce(nullif(summary_en, ''), summary_nl, '') || ' ' || coalesce(nullif(mission_en, ''), mission_nl, ''))));
CREATE INDEX search_donors_nl_gin ON donors_donor USING gin ((to_tsvector('dutch_unaccent'::regconfig, coalesce(name_nl, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name_nl, '') || ' ' || coalesce(short_name_en, '') || ' ' || coalesce(description_nl, '') || ' ' || coalesce(support_nl, ''))));
CREATE INDEX search_donors_en_gin ON donors_donor USING gin ((to_tsvector('english_unaccent'::regconfig, coalesce(name_nl, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(short_name_nl, '') || ' ' || coalesce(short_name_en, '') || ' ' || coalesce(nullif(description_en, ''), description_nl, '') || ' ' || coalesce(nullif(support_en, ''), support_nl, ''))));
"""

BACKWARD = """
DROP INDEX IF EXISTS search_organisations_nl_gin;
DROP INDEX IF EXISTS search_organisations_en_gin;
DROP INDEX IF EXISTS search_donors_nl_gin;
DROP INDEX IF EXISTS search_donors_en_gin;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0005_open_data_settings"),
        ("donors", "0005_donor_support_outside_projects"),
        ("projects", "0010_country_names_in_search"),  # projects_unaccent, the configurations
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
