from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The site: settings, URLs, the site-wide pages and the statements staff edit."""

    name = "cpcportal"
    verbose_name = _("Portal")

    def ready(self):
        from core import cache
        from cpcportal.models import SitePage

        cache.watch(SitePage)
