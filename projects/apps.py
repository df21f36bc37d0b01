from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from core import cache
        from projects import models

        cache.watch(
            models.Theme,
            models.TargetGroup,
            models.Project,
            models.Project.target_groups.through,
            models.ProjectTheme,
            models.Participation,
            models.ReachFigure,
        )
