"""The change log that keeps the listing's in-process index current (projects/listing_source.py).

Every statement that writes to a table the index is built from logs which projects it
touched (one row per project and statement, from the statement's transition tables, so a
bulk import costs one INSERT … SELECT); a write to the tables of names (themes,
organisations, donors) logs a NULL (the names are read again), a TRUNCATE logs -1 (the
index is built again). Each row carries its transaction's id, so that a process can tell
which changes it may not have seen yet: those of transactions still running when it last
looked, and everything after. Rows older than two days are deleted as new ones come: by
then every process has built its index again for the new day.
"""

from django.db import migrations

PROJECT_TABLES = {  # table: the column naming the project
    "projects_project": "id",
    "projects_participation": "project_id",
    "projects_projecttheme": "project_id",
}
NAME_TABLES = ["projects_theme", "organisations_organisation"]


def log_triggers(tables: dict[str, str], names: list[str]) -> list[str]:
    """The triggers that log changes to these tables (used by donors' migration too)."""
    statements = []
    for table, column in tables.items():
        statements += [
            f"CREATE TRIGGER {table}_listing_insert AFTER INSERT ON {table} "
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION projects_listing_log('{column}');",
            f"CREATE TRIGGER {table}_listing_update AFTER UPDATE ON {table} "
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION projects_listing_log('{column}');",
            f"CREATE TRIGGER {table}_listing_delete AFTER DELETE ON {table} "
            "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION projects_listing_log('{column}');",
        ]
    for table in names:
        statements.append(
            f"CREATE TRIGGER {table}_listing_names AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION projects_listing_log('names');"
        )
    for table in [*tables, *names]:
        statements.append(
            f"CREATE TRIGGER {table}_listing_truncate AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION projects_listing_log('rebuild');"
        )
    return statements


def drop_log_triggers(tables, names) -> list[str]:
    statements = []
    for table in tables:
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_listing_{event} ON {table};"
            for event in ("insert", "update", "delete", "truncate")
        ]
    for table in names:
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_listing_{event} ON {table};"
            for event in ("names", "truncate")
        ]
    return statements


FORWARD = [
    """
    CREATE TABLE projects_listing_change (
        id bigserial PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        project_id integer,  -- NULL: names changed; -1: a table was emptied
        logged_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX projects_listing_change_xid ON projects_listing_change (xid);
    CREATE INDEX projects_listing_change_logged_at ON projects_listing_change (logged_at);

    CREATE FUNCTION projects_listing_log() RETURNS trigger
        LANGUAGE plpgsql AS $$
    BEGIN
        -- No process needs rows this old: a new day rebuilds every index.
        DELETE FROM projects_listing_change WHERE logged_at < now() - interval '2 days';
        IF TG_OP = 'TRUNCATE' OR TG_ARGV[0] = 'rebuild' THEN
            INSERT INTO projects_listing_change (project_id) VALUES (-1);
            RETURN NULL;
        ELSIF TG_ARGV[0] = 'names' THEN
            INSERT INTO projects_listing_change (project_id) VALUES (NULL);
            RETURN NULL;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            EXECUTE format('INSERT INTO projects_listing_change (project_id) '
                           'SELECT DISTINCT %I FROM new_rows', TG_ARGV[0]);
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            EXECUTE format('INSERT INTO projects_listing_change (project_id) '
                           'SELECT DISTINCT %I FROM old_rows', TG_ARGV[0]);
        END IF;
        RETURN NULL;
    END $$;
    """,
    *log_triggers(PROJECT_TABLES, NAME_TABLES),
]

BACKWARD = [
    *drop_log_triggers(PROJECT_TABLES, NAME_TABLES),
    """
    DROP FUNCTION IF EXISTS projects_listing_log() CASCADE;
    DROP TABLE IF EXISTS projects_listing_change;
    """,
]


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0006_theme_dac_code_from_sector_list"),
        ("organisations", "0001_initial"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
