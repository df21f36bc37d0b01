"""Network editors may see and lift staff login lockouts (axes' access attempts)."""

from django.db import migrations

from core.roles import NETWORK_EDITORS

CODENAMES = ("view_accessattempt", "delete_accessattempt")


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("axes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="axes", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=NETWORK_EDITORS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="axes", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("axes", "0010_accessattemptexpiration"),
        ("organisations", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
