"""Fundings and donors feed the project listing's donor facet and filter: writes to them
are logged for the listing index (projects/migrations/0007_listing_changes.py)."""

import importlib

from django.db import migrations

# A module name that starts with a digit: imported by name.
changes = importlib.import_module("projects.migrations.0007_listing_changes")

TABLES = {"donors_funding": "project_id"}
NAMES = ["donors_donor"]


class Migration(migrations.Migration):
    dependencies = [
        ("donors", "0003_iati_identifiers"),
        ("projects", "0007_listing_changes"),
    ]

    operations = [
        migrations.RunSQL(
            changes.log_triggers(TABLES, NAMES), changes.drop_log_triggers(TABLES, NAMES)
        )
    ]
