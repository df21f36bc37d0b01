"""Network editors manage subscribers: every permission of the newsletter app."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NETWORK_EDITORS = "Network editors"  # core.roles.NETWORK_EDITORS, frozen here


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran (post_migrate); create
    # them now so that they can be granted in this migration.
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="newsletter"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=NETWORK_EDITORS).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="newsletter")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0002_default_newsletter"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
