"""Both staff roles keep news: the admin limits an organisation's editors to the items of
their own organisations (news/admin.py); only network editors write the network's own."""

from django.db import migrations

from core.roles import NETWORK_EDITORS, ORGANISATION_EDITORS

NEWS_ITEM = [f"{action}_newsitem" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("news")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="news", codename__in=NEWS_ITEM
    )
    for name in (NETWORK_EDITORS, ORGANISATION_EDITORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="news", codename__in=NEWS_ITEM
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("organisations", "0002_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
