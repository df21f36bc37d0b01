"""The two staff roles as groups (names from core.roles), with their permissions.

Object-level limits (an organisation editor sees only their organisations' part) live in
the admin; these are the model permissions each role needs for it.
"""

from django.db import migrations

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS

# Apps the network editors run in full; historical (change-history) models only to view.
NETWORK_EDITOR_APPS = ("organisations", "projects", "donors", "newsletter")

ALL = ("add", "change", "delete", "view")
ORGANISATION_EDITOR_PERMISSIONS = {
    # Their own profile (the admin hides kind, publication, editors); outside bodies as partners.
    ("organisations", "organisation"): ("add", "change", "view"),
    ("organisations", "partnership"): ALL,
    ("organisations", "workingprinciple"): ALL,
    ("organisations", "sociallink"): ALL,
    ("organisations", "framework"): ("view",),
    # The projects their organisations lead, with everything on the project page.
    ("projects", "project"): ALL,
    ("projects", "participation"): ALL,
    ("projects", "reachfigure"): ALL,
    ("projects", "projecttheme"): ALL,
    ("projects", "theme"): ("view",),
    ("projects", "targetgroup"): ("view",),
    ("donors", "funding"): ALL,
    ("donors", "donor"): ("add", "view"),
    ("donors", "instrument"): ("view",),
}


def create_permissions(apps):
    """Permissions are normally made after migrating; this migration needs them now."""
    from django.contrib.auth.management import create_permissions as create

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    create_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    network_permissions = [
        permission
        for permission in Permission.objects.filter(
            content_type__app_label__in=NETWORK_EDITOR_APPS
        ).select_related("content_type")
        if not permission.content_type.model.startswith("historical")
        or permission.codename.startswith("view_")
    ]
    group, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    group.permissions.set(network_permissions)

    wanted = [
        (app_label, f"{action}_{model}")
        for (app_label, model), actions in ORGANISATION_EDITOR_PERMISSIONS.items()
        for action in actions
    ]
    organisation_permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in wanted
    ]
    group, _created = Group.objects.get_or_create(name=ORGANISATION_EDITORS)
    group.permissions.set(organisation_permissions)


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[NETWORK_EDITORS, ORGANISATION_EDITORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("organisations", "0001_initial"),
        ("projects", "0002_search_extensions"),
        ("donors", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
