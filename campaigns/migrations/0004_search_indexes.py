"""The GIN indexes of Campaign.search_document, one per language (for the site search).
The search configurations are made by the projects' search migrations."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.functions.comparison
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0003_privacy_statement_petitions'),
        ('organisations', '0006_trust_on_profiles'),
        ('projects', '0010_country_names_in_search'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='campaign',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.search.SearchVector('title_nl', 'title_en', 'summary_nl', 'goal_nl', config=models.Value('dutch_unaccent')), name='campaign_search_nl'),
        ),
        migrations.AddIndex(
            model_name='campaign',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.search.SearchVector('title_nl', 'title_en', django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf('summary_en', models.Value(''), output_field=models.TextField()), 'summary_nl', output_field=models.TextField()), django.db.models.functions.comparison.Coalesce(django.db.models.functions.comparison.NullIf('goal_en', models.Value(''), output_field=models.TextField()), 'goal_nl', output_field=models.TextField()), config=models.Value('english_unaccent')), name='campaign_search_en'),
        ),
    ]
