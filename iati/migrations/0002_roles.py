"""Both staff roles edit a project's policy markers: network editors every project's,
organisation editors those of the projects their organisations lead (the project admin's
scoping does the rest)."""

from django.db import migrations

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS

CODENAMES = tuple(f"{action}_projectpolicymarker" for action in ("add", "change", "delete", "view"))


def _permissions(apps):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("iati")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="iati", codename__in=CODENAMES)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = list(_permissions(apps))
    for name in (NETWORK_EDITORS, ORGANISATION_EDITORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="iati", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=[NETWORK_EDITORS, ORGANISATION_EDITORS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("iati", "0001_initial"),
        ("organisations", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
