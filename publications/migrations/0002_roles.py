"""Both staff roles keep publications: the admin limits an organisation's editors to those
of their own organisations (publications/admin.py)."""

from django.db import migrations

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS

PUBLICATION = [f"{action}_publication" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("publications")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="publications", codename__in=PUBLICATION
    )
    for name in (NETWORK_EDITORS, ORGANISATION_EDITORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="publications", codename__in=PUBLICATION
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0001_initial"),
        ("organisations", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
