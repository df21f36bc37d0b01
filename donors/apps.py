from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DonorsConfig(AppConfig):
    name = "donors"
    verbose_name = _("Donors and funding")

    def ready(self):
        from core import cache, checklist
        from donors import models, selectors
        from images import renditions
        from organisations import selectors as organisation_selectors
        from projects import filters
        from projects import selectors as project_selectors

        cache.watch(models.Donor, models.Instrument, models.Funding)
        # The logo's renditions, made on upload: shown at most 11rem wide (portal.css).
        renditions.register(models.Donor, "logo", widths=(160, 320, 480))
        # Donors sit above projects: what they add to the project pages is plugged in here.
        filters.add_related_facet(
            "donor",
            label=_("Donor"),
            link_model=models.Funding,
            key="donor",
            options=models.Donor.objects.public,
        )
        project_selectors.add_detail_prefetch(selectors.fundings_prefetch)
        organisation_selectors.add_profile_section("donors", selectors.funding_donors)
        checklist.register(models.Donor, image=("logo", _("logo")), order=30)
