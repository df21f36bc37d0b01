from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor every app builds on; it imports none of them (docs/architecture.md)."""

    name = "core"
    verbose_name = _("Common ground")

    def ready(self):
        from core import cache, checklist, recent_changes, start_page

        cache.connect_signals()
        recent_changes.register()
        # The checklists' sections; the apps register their models' checks (core.checklist).
        start_page.add_section(checklist.editor_section)
        start_page.add_section(checklist.network_section)
