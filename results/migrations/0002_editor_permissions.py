"""Network editors run the results of every project; organisation editors edit those of the
projects their organisations lead (the admin limits them to those)."""

from django.db import migrations

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS

MODELS = ("result", "indicator", "indicatorperiod", "disaggregation")
ACTIONS = ("add", "change", "delete", "view")


def codenames(historical: bool) -> list[str]:
    names = [f"{action}_{model}" for model in MODELS for action in ACTIONS]
    if historical:
        names += [f"view_historical{model}" for model in MODELS]
    return names


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("results")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, historical in ((NETWORK_EDITORS, True), (ORGANISATION_EDITORS, False)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="results", codename__in=codenames(historical)
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    results = Permission.objects.filter(content_type__app_label="results")
    for group in Group.objects.filter(name__in=[NETWORK_EDITORS, ORGANISATION_EDITORS]):
        group.permissions.remove(*results)


class Migration(migrations.Migration):
    dependencies = [
        ("results", "0001_initial"),
        ("organisations", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
