from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations and networks")

    def ready(self):
        from core import cache
        from organisations import models

        cache.watch(
            models.Organisation,
            models.Organisation.frameworks.through,
            models.WorkingPrinciple,
            models.SocialLink,
            models.Framework,
            models.Pillar,
            models.Goal,
            models.Membership,
            models.Partnership,
        )
