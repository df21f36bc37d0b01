"""Network editors keep campaigns, see signatures (and may delete one on a signer's request)
and export the confirmed ones; organisation editors get none of it: a signer's details are
for the secretariat only."""

from django.db import migrations

from core.roles import NETWORK_EDITORS

GRANTED = [
    *(f"{action}_campaign" for action in ("add", "change", "delete", "view")),
    "view_signature",
    "delete_signature",
    "export_signature",
]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("campaigns")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="campaigns", codename__in=GRANTED
    )
    group, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="campaigns", codename__in=GRANTED).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("organisations", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
