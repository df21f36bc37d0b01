from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor every app builds on; it imports none of them (docs/architecture.md)."""

    name = "core"
    verbose_name = _("Common ground")

    def ready(self):
        from core import cache, recent_changes

        cache.connect_signals()
        recent_changes.register()
