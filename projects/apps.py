from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from django.db.models import Exists, OuterRef, Q
        from django.db.models.signals import post_migrate

        from core import cache, checklist
        from images import renditions
        from organisations import selectors as organisation_selectors
        from projects import country_search, models, selectors

        post_migrate.connect(country_search.sync_after_migrate, sender=self)
        # The photo's renditions, made on upload (its page shows it up to two thirds wide).
        renditions.register(models.Project, "image", widths=(320, 640, 960, 1280))

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
        # What a reader of a project's page would miss (the admin's start page).
        checklist.register(
            models.Project,
            image=("image", _("image")),
            more=(
                checklist.Check(
                    "description",
                    _("description"),
                    checklist.empty("description_nl", "description_en"),
                ),
                checklist.Check(
                    "countries",
                    _("countries"),
                    lambda: Q(countries=[]) | Q(countries__isnull=True),
                ),
                checklist.Check(
                    "themes",
                    _("themes"),
                    lambda: Q(~Exists(models.ProjectTheme.objects.filter(project=OuterRef("pk")))),
                ),
                checklist.Check("period", _("period"), lambda: Q(start__isnull=True)),
                checklist.Check(
                    "image_alt",
                    _("image description"),
                    lambda: (
                        ~checklist.empty("image")()
                        & checklist.empty("image_alt_nl", "image_alt_en")()
                    ),
                ),
            ),
            for_editors=True,
            order=20,
        )
