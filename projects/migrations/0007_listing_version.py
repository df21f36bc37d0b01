"""A version number for the listing's in-process index (projects/listing_index.py).

Every statement that writes to a table the index is built from moves the version on, so
that each process sees, with one cheap query per listing request, whether its index is
still current. A statement-level trigger fires once per statement, however many rows it
writes (bulk imports included). The number comes from a sequence, so a rolled-back change
never hands out a number that a later committed one reuses; it lives in a table row, so a
reader sees it move only when the writing transaction commits.
"""

from django.db import migrations

TABLES = [
    "projects_project",
    "projects_participation",
    "projects_projecttheme",
    "projects_theme",
    "organisations_organisation",
]

FORWARD = [
    """
    CREATE SEQUENCE projects_listing_version_seq;
    CREATE TABLE projects_listing_version (
        id integer PRIMARY KEY CHECK (id = 1),
        version bigint NOT NULL
    );
    INSERT INTO projects_listing_version VALUES (1, nextval('projects_listing_version_seq'));
    CREATE FUNCTION projects_listing_changed() RETURNS trigger
        LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE projects_listing_version
           SET version = nextval('projects_listing_version_seq') WHERE id = 1;
        RETURN NULL;
    END $$;
    """,
    *(
        f"CREATE TRIGGER {table}_listing_changed "
        f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION projects_listing_changed();"
        for table in TABLES
    ),
]

BACKWARD = [
    *(f"DROP TRIGGER IF EXISTS {table}_listing_changed ON {table};" for table in TABLES),
    """
    DROP FUNCTION IF EXISTS projects_listing_changed() CASCADE;
    DROP TABLE IF EXISTS projects_listing_version;
    DROP SEQUENCE IF EXISTS projects_listing_version_seq;
    """,
]


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0006_theme_dac_code_from_sector_list"),
        ("organisations", "0001_initial"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
