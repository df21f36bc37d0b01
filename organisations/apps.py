from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations and networks")

    def ready(self):
        from core import cache, checklist
        from images import renditions
        from organisations import models

        # The logo's renditions, made on upload: shown at most 11rem wide (portal.css).
        renditions.register(models.Organisation, "logo", widths=(160, 320, 480))

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
            models.AnnualReport,
        )

        def both(name):
            return f"{name}_nl", f"{name}_en"

        # What a reader of an organisation's profile would miss (the admin's start page).
        checklist.register(
            models.Organisation,
            image=("logo", _("logo")),
            more=(
                checklist.Check("summary", _("summary"), checklist.empty(*both("summary"))),
                checklist.Check("mission", _("mission"), checklist.empty(*both("mission"))),
                checklist.Check("website", _("website"), checklist.empty("website")),
            ),
            for_editors=True,
            order=10,
        )
