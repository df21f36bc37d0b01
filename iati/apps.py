from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IatiConfig(AppConfig):
    name = "iati"
    verbose_name = _("Open data (IATI)")

    def ready(self):
        from iati import models
        from projects import changes

        changes.follow(models.ProjectPolicyMarker, lambda marker: marker.project_id)
