from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Staff accounts: the two-step login, lockouts after failed logins, login logging."""

    default = True
    name = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self):
        from accounts import language, login_log

        login_log.connect()
        language.connect()


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on a site that lets staff in only with the second factor their role
    requires (installed in place of django.contrib.admin)."""

    default = False
    default_site = "accounts.admin_site.StaffAdminSite"
