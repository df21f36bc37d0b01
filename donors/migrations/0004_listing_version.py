"""Fundings and donors feed the project listing's donor facet and filter: writing to them
moves the listing index's version on (projects/migrations/0007_listing_version.py)."""

from django.db import migrations

TABLES = ["donors_funding", "donors_donor"]


class Migration(migrations.Migration):
    dependencies = [
        ("donors", "0003_iati_identifiers"),
        ("projects", "0007_listing_version"),
    ]

    operations = [
        migrations.RunSQL(
            [
                f"CREATE TRIGGER {table}_listing_changed "
                f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION projects_listing_changed();"
                for table in TABLES
            ],
            [f"DROP TRIGGER IF EXISTS {table}_listing_changed ON {table};" for table in TABLES],
        )
    ]
