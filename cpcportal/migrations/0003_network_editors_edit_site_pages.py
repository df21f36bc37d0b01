"""Network editors keep the privacy and accessibility statements up to date."""

from django.db import migrations

from core.roles import NETWORK_EDITORS

CODENAMES = ("view_sitepage", "change_sitepage", "view_historicalsitepage")


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("cpcportal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="cpcportal", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=NETWORK_EDITORS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="cpcportal", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cpcportal", "0002_default_site_pages"),
        ("organisations", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
