from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """Open data: the read-only JSON API (/api/v1/) and the CSV downloads."""

    name = "api"
    verbose_name = _("Open data")
