from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from core import cache
        from organisations import selectors as organisation_selectors
        from projects import selectors as project_selectors
        from publications import models, selectors

        cache.watch(
            models.Publication,
            models.Publication.organisations.through,
            models.Publication.projects.through,
            models.Publication.themes.through,
        )
        # Publications sit above organisations and projects: their pages list an item's
        # publications as a column of the item's own row, which costs no query.
        project_selectors.add_detail_annotation("publication_list", selectors.project_publications)
        organisation_selectors.add_profile_annotation(
            "publication_list", selectors.organisation_publications
        )
