"""Who edits the money: network editors every budget and transaction (their history to
view), organisation editors those of the projects they lead (the admin limits them to
those; these are the model permissions it needs)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# core.roles' names, frozen here.
NETWORK_EDITORS = "Network editors"
ORGANISATION_EDITORS = "Organisation editors"
MODELS = ("budget", "transaction")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran (post_migrate); create
    # them now so that they can be granted in this migration.
    app_config = apps.get_app_config("finances")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    money = Permission.objects.filter(
        content_type__app_label="finances",
        codename__in=[f"{action}_{model}" for model in MODELS for action in ACTIONS],
    )
    history = Permission.objects.filter(
        content_type__app_label="finances",
        codename__in=[f"view_historical{model}" for model in MODELS],
    )
    network, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    network.permissions.add(*money, *history)
    organisation, _created = Group.objects.get_or_create(name=ORGANISATION_EDITORS)
    organisation.permissions.add(*money)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=[NETWORK_EDITORS, ORGANISATION_EDITORS]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="finances"))


class Migration(migrations.Migration):
    dependencies = [
        ("finances", "0001_initial"),
        ("organisations", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
