from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Extensions for search: accent-insensitive matching and a trigram fallback for typos."""

    dependencies = [("projects", "0001_initial")]

    operations = [UnaccentExtension(), TrigramExtension()]
