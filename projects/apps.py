from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from core import cache
        from organisations import selectors as organisation_selectors
        from projects import models, selectors

        cache.watch(
            models.Theme,
            models.TargetGroup,
            models.Project,
            models.Project.target_groups.through,
            models.ProjectTheme,
            models.Participation,
            models.ReachFigure,
        )
        # Projects sit above organisations: the directory lists the bodies taking part in
        # public projects, and a profile shows the organisation's projects.
        organisation_selectors.add_directory_source(selectors.organisations_taking_part)
        organisation_selectors.add_profile_section("projects", selectors.projects_by_role)
