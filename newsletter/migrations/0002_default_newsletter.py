"""The network's own newsletter, so that the sign-up form works from the first deploy."""

from django.db import migrations


def create_default(apps, schema_editor):
    Newsletter = apps.get_model("newsletter", "Newsletter")
    Newsletter.objects.get_or_create(
        slug="network",
        defaults={
            "name": "Nieuwsbrief van het netwerk",
            "name_nl": "Nieuwsbrief van het netwerk",
            "name_en": "Network newsletter",
            "is_active": True,
            "position": 0,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0001_initial")]

    operations = [migrations.RunPython(create_default, migrations.RunPython.noop)]
