from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """Site-wide pieces: base templates, health check, set-up commands."""

    name = "cpcportal"
    verbose_name = _("Portal")

    def ready(self):
        from cpcportal import cache

        cache.connect_signals()
